// jsdom only: the module mocks below count each chunk's fetch; the dialog's can fail.
// preloadInviteWidgets fetches up front what the components otherwise fetch on first use, so a
// host's test (or a page a person is about to open) finds each part in the DOM right after the
// click that asks for it. It never rejects: what it could not fetch is fetched again on use.
import { screen, within } from '@testing-library/react';
import { InviteDialog } from '../../../src/components/InviteDialog';
import { UserInvitesTable } from '../../../src/components/UserInvitesTable';
import { preloadInviteWidgets } from '../../../src/components/preloadInviteWidgets';
import { renderWithProviders } from '../../helpers/renderWithProviders';

const network = vi.hoisted(() => {
  const state = { down: false, fetches: new Map<string, number>() };
  /** A chunk's import, counted; the dialog's fails while the network is down. */
  const fetched =
    (name: string) =>
    async <T,>(importOriginal: () => Promise<T>): Promise<T> => {
      state.fetches.set(name, (state.fetches.get(name) ?? 0) + 1);
      if (state.down && name === 'dialog') {
        throw new Error('Failed to fetch dynamically imported module');
      }
      return importOriginal();
    };
  return { state, fetched };
});
vi.mock('../../../src/components/InviteDialog/InviteDialogAssembled', network.fetched('dialog'));
vi.mock(
  '../../../src/components/UserInvitesTable/parts/UserInvitesTableRowMenuContent',
  network.fetched('menu'),
);
vi.mock(
  '../../../src/components/UserInvitesTable/parts/UserInvitesTableDialogsContent',
  network.fetched('dialogs'),
);
vi.mock(
  '../../../src/components/UserInvitesTable/parts/UserInvitesTableBulkBarContent',
  network.fetched('bulkBar'),
);
vi.mock('../../../src/components/InviteForm/readInviteFile', network.fetched('fileReaders'));

const fetches = () => Object.fromEntries(network.state.fetches);

// In this order: the first test leaves the dialog's chunk unfetched, the second fetches it.
describe('preloadInviteWidgets', () => {
  it('fetches every part once, resolves to what failed, and the part says so when used', async () => {
    network.state.down = true;
    const reasons = await preloadInviteWidgets();
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toBeInstanceOf(Error);
    // Each part fetched once, before anything rendered.
    expect(fetches()).toEqual({ dialog: 1, menu: 1, dialogs: 1, bulkBar: 1, fileReaders: 1 });

    const { user } = renderWithProviders(<InviteDialog />);
    await user.click(screen.getByRole('button', { name: 'Invite people' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      "We couldn't reach the server. Check your connection and try again.",
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('has every part ready on its first click: dialog, row menu, confirm dialog, bulk bar', async () => {
    network.state.down = false;
    const dialogFetches = network.state.fetches.get('dialog')!;
    expect(await preloadInviteWidgets()).toEqual([]);
    // Only what had failed is fetched again.
    expect(fetches()).toEqual({
      dialog: dialogFetches + 1,
      menu: 1,
      dialogs: 1,
      bulkBar: 1,
      fileReaders: 1,
    });

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
