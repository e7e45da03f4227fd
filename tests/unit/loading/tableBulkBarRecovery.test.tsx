// jsdom only: the module mocks below stand for chunks the network fails to fetch. A file of
// its own, so that no test before it has fetched the bar.
// The bulk bar could not be fetched: the table said so. When another part arrives later (the
// network is back), the notice goes and the bar is fetched again for the rows still selected.
import { screen, waitFor } from '@testing-library/react';
import { UserInvitesTable } from '../../../src/components/UserInvitesTable';
import { renderWithProviders } from '../../helpers/renderWithProviders';

const network = vi.hoisted(() => ({ down: true, barAsked: 0 }));
vi.mock(
  '../../../src/components/UserInvitesTable/parts/UserInvitesTableBulkBarContent',
  async (importOriginal) => {
    network.barAsked += 1;
    if (network.down) throw new Error('Failed to fetch dynamically imported module');
    return importOriginal();
  },
);
vi.mock(
  '../../../src/components/UserInvitesTable/parts/UserInvitesTableRowMenuContent',
  async (importOriginal) => {
    if (network.down) throw new Error('Failed to fetch dynamically imported module');
    return importOriginal();
  },
);

const NETWORK = "We couldn't reach the server. Check your connection and try again.";

it('fetches the bulk bar again once another part arrived and the notice went', async () => {
  const { user } = renderWithProviders(<UserInvitesTable />, {
    memory: { seed: 1, seedCount: 3 },
  });
  const [box] = await screen.findAllByRole('checkbox', { name: /^Select .*@/ });
  await user.click(box!);
  expect(await screen.findByText(NETWORK, { ignore: '[role="status"]' })).toBeVisible();
  // The page's idle preload has tried too, and failed: nothing but the bar asks again.
  await waitFor(() => expect(network.barAsked).toBe(2));

  network.down = false;
  const [actions] = screen.getAllByRole('button', { name: /^Actions for / });
  await user.click(actions!);
  expect(await screen.findByRole('menu')).toBeInTheDocument();
  expect(await screen.findByRole('group', { name: '1 selected' })).toBeVisible();
  expect(screen.queryByText(NETWORK, { ignore: '[role="status"]' })).not.toBeInTheDocument();
});
