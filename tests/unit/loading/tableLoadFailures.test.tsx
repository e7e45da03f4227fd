// jsdom only: the module mocks below stand for chunks the network fails to fetch.
// The table's row menu, dialogs and bulk bar are fetched on demand. When one a person asked
// for cannot be fetched, the table says so where the bulk bar goes, with "Try again", and
// tells the live region; nothing the person did is lost, and asking again works.
import { screen, waitFor, within } from '@testing-library/react';

const PARTS = '../../../src/components/UserInvitesTable/parts/UserInvitesTable';
const CHUNKS = { menu: 'RowMenuContent', dialogs: 'DialogsContent', bulkBar: 'BulkBarContent' };
/** The chunks the network fails to fetch right now. */
const down = new Set<keyof typeof CHUNKS>();
/** How many times each chunk was asked for. */
const asked = new Map<keyof typeof CHUNKS, number>();

const NETWORK = "We couldn't reach the server. Check your connection and try again.";
// The visible notice (the live region says the same, out of sight).
const notice = () => screen.queryByText(NETWORK, { ignore: '[role="status"]' });

// Each test gets the modules anew, so no chunk is loaded before it starts.
async function renderTable() {
  vi.resetModules();
  for (const [name, file] of Object.entries(CHUNKS)) {
    const chunk = name as keyof typeof CHUNKS;
    vi.doMock(`${PARTS}${file}`, async (importOriginal) => {
      asked.set(chunk, (asked.get(chunk) ?? 0) + 1);
      if (down.has(chunk)) {
        throw new Error('Failed to fetch dynamically imported module');
      }
      return importOriginal();
    });
  }
  const { UserInvitesTable } = await import('../../../src/components/UserInvitesTable');
  const { renderWithProviders } = await import('../../helpers/renderWithProviders');
  const rendered = renderWithProviders(<UserInvitesTable />, { memory: { seed: 1, seedCount: 3 } });
  unmount = rendered.unmount;
  return rendered;
}

// The automatic cleanup belongs to the Testing Library the file started with, not to the one
// each test imports anew: each test unmounts its own table.
let unmount: (() => void) | undefined;
afterEach(() => {
  unmount?.();
  unmount = undefined;
  down.clear();
  asked.clear();
});

describe('UserInvitesTable when an on-demand part cannot be fetched', () => {
  it('says so for the cancel dialog, gives focus back, and "Try again" clears it', async () => {
    down.add('dialogs');
    const { user } = await renderTable();
    const [first] = await screen.findAllByRole('button', { name: /^Actions for / });
    // The menu's own trigger takes the place of the first one once the menu has arrived.
    const name = first!.getAttribute('aria-label')!;
    const actions = () => screen.getByRole('button', { name });
    await user.click(first!);
    await user.click(await screen.findByRole('menuitem', { name: 'Cancel invite…' }));

    const retry = await screen.findByRole('button', { name: 'Try again' });
    expect(notice()).toBeVisible();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await waitFor(() => expect(actions()).toHaveFocus());

    await user.click(retry);
    // Still offline: the notice stays.
    await waitFor(() => expect(notice()).toBeVisible());
    down.clear();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(notice()).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('searchbox', { name: /search/i })).toHaveFocus());

    await user.click(actions());
    await user.click(await screen.findByRole('menuitem', { name: 'Cancel invite…' }));
    expect(await screen.findByRole('alertdialog', { name: 'Cancel this invite?' })).toBeVisible();
  });

  it('says so for the bulk bar, keeps the selection, and shows the bar after "Try again"', async () => {
    down.add('bulkBar');
    const { user } = await renderTable();
    const [box] = await screen.findAllByRole('checkbox', { name: /^Select .*@/ });
    await user.click(box!);

    const retry = await screen.findByRole('button', { name: 'Try again' });
    expect(notice()).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(NETWORK);
    expect(box).toBeChecked();

    down.clear();
    await user.click(retry);
    const bar = await screen.findByRole('group', { name: '1 selected' });
    expect(notice()).not.toBeInTheDocument();
    // The notice's button is gone: focus went on to the bar that took its place.
    await waitFor(() =>
      expect(within(bar).getByRole('button', { name: 'Resend selected' })).toHaveFocus(),
    );
  });

  it('says so for a row menu, and the menu opens once the network is back', async () => {
    down.add('menu');
    const { user } = await renderTable();
    const [actions] = await screen.findAllByRole('button', { name: /^Actions for / });
    await user.click(actions!);

    expect(await screen.findByText(NETWORK, { ignore: '[role="status"]' })).toBeVisible();
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(actions).toHaveAttribute('aria-expanded', 'false');

    down.clear();
    await user.click(actions!);
    expect(await screen.findByRole('menu')).toBeInTheDocument();
    // A part that arrived takes the notice away.
    expect(notice()).not.toBeInTheDocument();
  });
});
