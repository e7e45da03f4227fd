import { screen, waitFor, within } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
import { UserInvitesTable } from '../../src/components/UserInvitesTable';
import { renderWithProviders } from '../helpers/renderWithProviders';

// Real input from Chromium reaches React outside act(), as in an app: no act() environment.
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

let around: HTMLElement[] = [];
afterEach(() => {
  around.forEach((element) => element.remove());
  around = [];
});

/** Room the page takes above or below the table. */
function block(height: number) {
  const element = document.body.appendChild(document.createElement('div'));
  element.style.height = `${height}px`;
  around.push(element);
}

/**
 * A settings page: other settings above the table, more below it (the outbox, on a phone), so
 * that the page can scroll to keep the pager where it was.
 */
function renderPage() {
  block(1200);
  const host = document.body.appendChild(document.createElement('div'));
  host.style.padding = '24px';
  block(1600);
  renderWithProviders(<UserInvitesTable />, {
    memory: { seed: 4, seedCount: 30 },
    render: { container: host },
  });
  return screen.getByRole('table', { name: 'Invites' });
}

const shownRows = (table: HTMLElement) => table.querySelectorAll('tbody tr[data-status]').length;
const top = (element: Element) => element.getBoundingClientRect().top;

describe.each([
  [1280, 800],
  [390, 844],
])('paging at %i x %i, in Chromium', (width, height) => {
  beforeEach(async () => {
    await page.viewport(width, height);
  });

  it('keeps the pager button used where it was, with focus, to a shorter page and back', async () => {
    const table = renderPage();
    await waitFor(() => expect(shownRows(table)).toBe(25));
    const pager = screen.getByRole('navigation', { name: 'Pages of invites' });
    const next = within(pager).getByRole('button', { name: 'Next page' });
    const previous = within(pager).getByRole('button', { name: 'Previous page' });
    // Scrolled down to the pager, as a person who reached the end of the page is.
    next.scrollIntoView({ block: 'end' });
    const at = top(next);
    expect(at).toBeGreaterThan(height / 2);

    await userEvent.click(next);
    await waitFor(() => expect(shownRows(table)).toBe(5));
    expect(Math.abs(top(next) - at)).toBeLessThan(1);
    // The last page: unavailable now, and still the focused one.
    expect(next).toHaveAttribute('aria-disabled', 'true');
    expect(next).toHaveFocus();

    const back = top(previous);
    await userEvent.click(previous);
    await waitFor(() => expect(shownRows(table)).toBe(25));
    expect(Math.abs(top(previous) - back)).toBeLessThan(1);
    expect(previous).toHaveFocus();
  });

  it('keeps the rows-per-page choice where it was when the page gets shorter', async () => {
    const table = renderPage();
    await waitFor(() => expect(shownRows(table)).toBe(25));
    const size = screen.getByRole('combobox', { name: 'Rows per page' });
    size.scrollIntoView({ block: 'end' });
    const at = top(size);
    await userEvent.selectOptions(size, '10');
    await waitFor(() => expect(shownRows(table)).toBe(10));
    expect(Math.abs(top(size) - at)).toBeLessThan(1);
  });

  it('brings the pager as near as the page can scroll when nothing is above the table', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    renderWithProviders(<UserInvitesTable />, {
      memory: { seed: 4, seedCount: 30 },
      render: { container: host },
    });
    block(1600);
    const table = screen.getByRole('table', { name: 'Invites' });
    await waitFor(() => expect(shownRows(table)).toBe(25));
    const next = screen.getByRole('button', { name: 'Next page' });
    next.scrollIntoView({ block: 'end' });
    await userEvent.click(next);
    await waitFor(() => expect(shownRows(table)).toBe(5));
    expect(scrollY).toBe(0);
    expect(top(next)).toBeGreaterThanOrEqual(0);
    expect(next.getBoundingClientRect().bottom).toBeLessThanOrEqual(height);
  });
});
