// jsdom only: the module mock below stands for a chunk the network fails to fetch.
// The dialog is a chunk of its own: the page has its button at once, the dialog when it is
// about to open. A chunk that cannot be fetched leaves the button usable and says so.
import { screen, waitFor, within } from '@testing-library/react';
import { createMemoryInviteClient } from '../../../src/client/memory/createMemoryInviteClient';
import { InviteDialog } from '../../../src/components/InviteDialog';
import { UserInvitesTable } from '../../../src/components/UserInvitesTable';
import { lazyModule } from '../../../src/components/shared/lazyModule';
import { renderWithProviders } from '../../helpers/renderWithProviders';

const network = vi.hoisted(() => ({ down: false, fetches: 0 }));
vi.mock('../../../src/components/InviteDialog/InviteDialogAssembled', async (importOriginal) => {
  network.fetches += 1;
  if (network.down) throw new Error('Failed to fetch dynamically imported module');
  return importOriginal();
});
vi.mock(
  '../../../src/components/UserInvitesTable/parts/UserInvitesTableRowMenuContent',
  async (importOriginal) => {
    if (network.down) throw new Error('Failed to fetch dynamically imported module');
    return importOriginal();
  },
);

describe('InviteDialog loads its dialog when it is about to open', () => {
  it('says so when the dialog cannot be fetched, and tries again on the next click', async () => {
    network.down = true;
    const { user } = renderWithProviders(<InviteDialog />);
    const button = screen.getByRole('button', { name: 'Invite people' });
    expect(button).toHaveAttribute('aria-haspopup', 'dialog');
    await user.click(button);
    expect(await screen.findByRole('status')).toHaveTextContent(
      "We couldn't reach the server. Check your connection and try again.",
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).not.toHaveAttribute('aria-busy');

    const failedFetches = network.fetches;
    network.down = false;
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Invite people to your team' });
    expect(within(dialog).getByRole('textbox', { name: 'Email addresses' })).toHaveFocus();
    expect(network.fetches).toBe(failedFetches + 1);
  });
});

describe("UserInvitesTable's row menu loads when it is first opened", () => {
  it('leaves the button as it was when the menu cannot be fetched, and opens on the next click', async () => {
    network.down = true;
    const client = createMemoryInviteClient({
      tenantId: 'acme',
      latencyMs: 0,
      invites: [
        {
          id: 'i1',
          email: 'ada@example.com',
          firstName: null,
          lastName: null,
          locale: null,
          data: null,
          roleKeys: null,
          status: 'pending',
          statusUpdatedAt: new Date().toISOString(),
          tenantId: 'acme',
          createdByUserId: null,
          acceptedByUserId: null,
          userTokenId: null,
          createdAt: new Date().toISOString(),
          updatedAt: new Date().toISOString(),
        },
      ],
    });
    const { user } = renderWithProviders(<UserInvitesTable />, { client, tenantId: 'acme' });
    const button = await screen.findByRole('button', { name: 'Actions for ada@example.com' });
    await user.click(button);
    await waitFor(() => expect(button).not.toHaveAttribute('aria-busy'));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveAttribute('aria-expanded', 'false');

    network.down = false;
    await user.click(button);
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByRole('menuitem', { name: 'Copy invite link' })).toBeVisible();
  });
});

describe('lazyModule', () => {
  it('loads once, keeps the module, and loads again after a failure', async () => {
    let calls = 0;
    const module = lazyModule(async () => {
      calls += 1;
      if (calls === 1) throw new Error('offline');
      return { value: calls };
    });
    expect(module.current()).toBeUndefined();
    await expect(module.load()).rejects.toThrow('offline');
    expect(module.current()).toBeUndefined();
    await expect(module.load()).resolves.toEqual({ value: 2 });
    await module.load();
    expect(calls).toBe(2);
    expect(module.current()).toEqual({ value: 2 });
  });

  it('asks once however many parts want it at the same time', async () => {
    let calls = 0;
    const module = lazyModule(async () => ({ value: (calls += 1) }));
    await Promise.all([module.load(), module.load(), module.load()]);
    expect(calls).toBe(1);
  });
});
