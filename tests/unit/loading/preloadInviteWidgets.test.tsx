// jsdom only: the module mock below stands for a chunk the network fails to fetch.
// preloadInviteWidgets fetches up front what the components otherwise fetch on first use, so a
// host's test (or a page a person is about to open) finds each part in the DOM right after the
// click that asks for it. It never rejects: what it could not fetch is fetched again on use.
import { screen, within } from '@testing-library/react';
import { InviteDialog } from '../../../src/components/InviteDialog';
import { UserInvitesTable } from '../../../src/components/UserInvitesTable';
import { preloadInviteWidgets } from '../../../src/components/preloadInviteWidgets';
import { renderWithProviders } from '../../helpers/renderWithProviders';

const network = vi.hoisted(() => ({ down: false, fetches: 0 }));
vi.mock('../../../src/components/InviteDialog/InviteDialogAssembled', async (importOriginal) => {
  network.fetches += 1;
  if (network.down) throw new Error('Failed to fetch dynamically imported module');
  return importOriginal();
});

// In this order: the first test leaves the dialog's chunk unfetched, the second fetches it.
describe('preloadInviteWidgets', () => {
  it('resolves when a part cannot be fetched, and the part says so when it is used', async () => {
    network.down = true;
    await expect(preloadInviteWidgets()).resolves.toBeUndefined();
    expect(network.fetches).toBe(1);

    const { user } = renderWithProviders(<InviteDialog />);
    await user.click(screen.getByRole('button', { name: 'Invite people' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      "We couldn't reach the server. Check your connection and try again.",
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('has every part ready on its first click: dialog, row menu, confirm dialog, bulk bar', async () => {
    network.down = false;
    const failedFetches = network.fetches;
    await preloadInviteWidgets();
    expect(network.fetches).toBe(failedFetches + 1);

    const { user } = renderWithProviders(
      <>
        <InviteDialog />
        <UserInvitesTable />
      </>,
      { memory: { seed: 1, seedCount: 3 } },
    );
    // Each `getBy` runs right after the click returns: nothing is waited for.
    await user.click(screen.getByRole('button', { name: 'Invite people' }));
    const dialog = screen.getByRole('dialog', { name: 'Invite people to your team' });
    expect(within(dialog).getByRole('textbox', { name: 'Email addresses' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    const [actions] = await screen.findAllByRole('button', { name: /^Actions for / });
    await user.click(actions!);
    const menu = screen.getByRole('menu');
    await user.click(within(menu).getByRole('menuitem', { name: 'Cancel invite…' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Cancel this invite?' });
    await user.click(within(confirm).getByRole('button', { name: 'Keep it' }));

    const [box] = screen.getAllByRole('checkbox', { name: /^Select .*@/ });
    await user.click(box!);
    expect(screen.getByRole('group', { name: '1 selected' })).toBeInTheDocument();
  });
});
