import { screen, waitFor, within } from '@testing-library/react';
import { UserInvitesTable } from '../../src/components/UserInvitesTable';
import { expectNoAxeViolations } from '../helpers/axe';
import { renderWithProviders } from '../helpers/renderWithProviders';

function renderAt(width: number) {
  const host = document.body.appendChild(document.createElement('div'));
  host.style.width = `${width}px`;
  return renderWithProviders(<UserInvitesTable />, {
    memory: { seed: 4, seedCount: 12 },
    render: { container: host },
  });
}

describe('UserInvitesTable layout, in Chromium', () => {
  it('is a table in a wide container', async () => {
    renderAt(960);
    const table = screen.getByRole('table', { name: 'Invites' });
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(1));
    expect(getComputedStyle(within(table).getAllByRole('row')[1]!).display).toBe('table-row');
  });

  it('stacks rows in a 360 px panel, keeps its headers for screen readers, and passes axe', async () => {
    const { container } = renderAt(360);
    const table = screen.getByRole('table', { name: 'Invites' });
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(1));
    const row = within(table).getAllByRole('row')[1]!;
    expect(getComputedStyle(row).display).toBe('grid');
    expect(row.getBoundingClientRect().width).toBeLessThanOrEqual(360);
    expect(screen.getByRole('columnheader', { name: /Invitee/ })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });
});
