import { screen, waitFor } from '@testing-library/react';
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

const loadedRows = async () => {
  const table = screen.getByRole('table', { name: 'Invites' });
  await waitFor(() =>
    expect(table.querySelectorAll('tbody tr[data-status]').length).toBeGreaterThan(1),
  );
  return [...table.querySelectorAll<HTMLElement>('tbody tr[data-status]')];
};

describe('UserInvitesTable layout, in Chromium', () => {
  it('is a table in a 41rem container (a 1024 canvas with the outbox beside it)', async () => {
    renderAt(656);
    const [row] = await loadedRows();
    expect(getComputedStyle(row!).display).toBe('table-row');
    const scroller = document.querySelector('[data-slot="invites-table-scroller"]')!;
    // Seven columns fit: no sideways scrolling inside the table either.
    expect(scroller.scrollWidth).toBeLessThanOrEqual(scroller.clientWidth);
  });

  it('stacks rows in a 360 px panel with a visible sort bar, keeps its headers for screen readers, and passes axe', async () => {
    const { container } = renderAt(360);
    const [row] = await loadedRows();
    expect(getComputedStyle(row!).display).toBe('flex');
    expect(row!.getBoundingClientRect().width).toBeLessThanOrEqual(360);
    // Every header is still a column header; the sortable ones are visible buttons.
    expect(screen.getByRole('columnheader', { name: 'Roles' })).toBeInTheDocument();
    const sortBy = screen.getByRole('button', { name: 'Invitee' });
    const box = sortBy.getBoundingClientRect();
    expect(box.width).toBeGreaterThan(20);
    expect(box.height).toBeGreaterThan(10);
    // No focusable control is ever invisible: each has a box of its own.
    for (const control of container.querySelectorAll<HTMLElement>('button, input, select')) {
      const target = control.matches('input[type="radio"]') ? control.closest('label')! : control;
      const rect = target.getBoundingClientRect();
      expect(rect.width * rect.height, control.outerHTML).toBeGreaterThan(16);
    }
    await expectNoAxeViolations(container);
  });
});
