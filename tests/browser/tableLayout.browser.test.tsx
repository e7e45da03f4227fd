import { screen, waitFor } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
import { UserInvitesTable } from '../../src/components/UserInvitesTable';
import { renderWithProviders } from '../helpers/renderWithProviders';

const SIZES = [
  { width: 1280, height: 800, table: true },
  { width: 768, height: 1024, table: true },
  { width: 390, height: 844, table: false },
] as const;

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

/** A settings page as a host lays it out: some padding around the table. */
function renderPage() {
  const host = document.body.appendChild(document.createElement('div'));
  host.style.padding = '24px';
  return renderWithProviders(<UserInvitesTable />, {
    memory: { seed: 4, seedCount: 30 },
    render: { container: host },
  });
}

describe.each(SIZES)('UserInvitesTable at $width x $height, in Chromium', (size) => {
  beforeEach(async () => {
    await page.viewport(size.width, size.height);
  });

  it(`is ${size.table ? 'a table' : 'a stacked list'}, with nothing overlapping and no sideways scroll of the page`, async () => {
    renderPage();
    const table = screen.getByRole('table', { name: 'Invites' });
    await waitFor(() => expect(table.querySelectorAll('tbody tr[data-status]')).toHaveLength(25));
    const rows = [...table.querySelectorAll<HTMLElement>('tbody tr[data-status]')];
    expect(getComputedStyle(rows[0]!).display).toBe(size.table ? 'table-row' : 'flex');
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(
      document.documentElement.clientWidth,
    );
    const scroller = document.querySelector('[data-slot="invites-table-scroller"]')!;
    expect(scroller.scrollWidth).toBeLessThanOrEqual(scroller.clientWidth);
    for (const row of rows) {
      const cells = [...row.children].map((cell) => cell.getBoundingClientRect());
      // Cells never sit on each other, and their content never spills out of them.
      for (let i = 0; i < cells.length; i += 1) {
        for (let j = i + 1; j < cells.length; j += 1) {
          if (cells[i]!.width && cells[j]!.width) {
            expect(overlaps(cells[i]!, cells[j]!), row.textContent ?? '').toBe(false);
          }
        }
      }
      for (const cell of row.children) {
        expect(cell.scrollWidth, cell.textContent ?? '').toBeLessThanOrEqual(cell.clientWidth + 1);
      }
    }
    if (size.table) {
      const headers = [...table.querySelectorAll('thead th')].map((th) =>
        th.getBoundingClientRect(),
      );
      // Header and cells side by side: each header sits above its own column.
      const cells = [...rows[0]!.children].map((cell) => cell.getBoundingClientRect());
      headers.forEach((header, index) =>
        expect(Math.abs(header.left - cells[index]!.left)).toBeLessThan(2),
      );
    }
  });

  it('shows every focused element, with a focus ring, inside the viewport', async () => {
    renderPage();
    const table = screen.getByRole('table', { name: 'Invites' });
    await waitFor(() => expect(table.querySelectorAll('tbody tr[data-status]')).toHaveLength(25));
    const seen = new Set<Element>();
    // The toolbar, the header and the first rows: every kind of control the table has.
    for (let step = 0; step < 24; step += 1) {
      await userEvent.tab();
      const focused = document.activeElement as HTMLElement;
      if (!focused || focused === document.body || seen.has(focused)) break;
      seen.add(focused);
      const shown = focused.matches('input[type="radio"]') ? focused.closest('label')! : focused;
      const rect = shown.getBoundingClientRect();
      expect(rect.width * rect.height, focused.outerHTML).toBeGreaterThan(16);
      expect(rect.left).toBeGreaterThanOrEqual(0);
      expect(rect.right).toBeLessThanOrEqual(document.documentElement.clientWidth);
      expect(getComputedStyle(shown).visibility).toBe('visible');
      const ring = getComputedStyle(shown).boxShadow;
      expect(ring, focused.outerHTML).not.toBe('none');
    }
    expect(seen.size).toBeGreaterThan(10);
  });
});
