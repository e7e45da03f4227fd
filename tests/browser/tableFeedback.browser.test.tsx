import { screen, waitFor, within } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
import { UserInvitesTable } from '../../src/components/UserInvitesTable';
import { renderWithProviders } from '../helpers/renderWithProviders';

const inViewport = (element: Element) => {
  const rect = element.getBoundingClientRect();
  return (
    rect.width > 0 &&
    rect.top >= 0 &&
    rect.left >= 0 &&
    rect.bottom <= window.innerHeight &&
    rect.right <= window.innerWidth
  );
};

describe('feedback where the action happened, in Chromium', () => {
  beforeEach(async () => {
    await page.viewport(1280, 800);
  });

  it('shows bulk progress with the buttons disabled, then one summary, near the table top', async () => {
    renderWithProviders(<UserInvitesTable defaultStatus="pending" />, {
      memory: { seed: 4, seedCount: 40, latencyMs: 120 },
    });
    const selectAll = await screen.findByRole('checkbox', {
      name: 'Select all invites on this page',
    });
    await userEvent.click(selectAll);
    const selected = screen.getByRole('group', { name: /selected$/ });
    const count = Number(/^(\d+)/.exec(selected.getAttribute('aria-label')!)![1]);
    expect(count).toBeGreaterThan(4);
    await userEvent.click(within(selected).getByRole('button', { name: 'Resend selected' }));
    const progress = await within(selected).findByText(new RegExp(`^Resending \\d+ of ${count}…$`));
    expect(inViewport(progress)).toBe(true);
    expect(within(selected).getByRole('button', { name: 'Resend selected' })).toBeDisabled();
    expect(within(selected).getByRole('button', { name: 'Cancel selected' })).toBeDisabled();
    // It moves: more than one request at a time, fewer than all.
    await waitFor(() => expect(progress.textContent).not.toMatch(/^Resending 0 /));
    // Shown in the bar, and said in the table's live region.
    const summary = await screen.findByText(
      `Resent ${count} invites.`,
      { ignore: '[role="status"]' },
      { timeout: 10_000 },
    );
    expect(screen.getByRole('status')).toHaveTextContent(`Resent ${count} invites.`);
    expect(inViewport(summary)).toBe(true);
    expect(screen.queryByRole('group', { name: /selected$/ })).not.toBeInTheDocument();
  });

  it('shows a resend on its own row, and the cooldown without moving the columns', async () => {
    renderWithProviders(<UserInvitesTable defaultStatus="pending" />, {
      memory: { seed: 4, seedCount: 12, latencyMs: 150 },
    });
    const resend = (await screen.findAllByRole('button', { name: /^Resend invite to / }))[0]!;
    const row = resend.closest('tr')!;
    const columns = () =>
      [...document.querySelectorAll('thead th')].map((th) =>
        Math.round(th.getBoundingClientRect().left),
      );
    const before = columns();
    await userEvent.click(resend);
    expect(await within(row).findByText('Resending…')).toBeVisible();
    expect(await within(row).findByText('Resent')).toBeVisible();
    const waiting = await within(row).findByRole('button', { name: /^Resend in / });
    expect(waiting).toHaveTextContent(/^Resend in \d+s$/);
    expect(inViewport(within(row).getByText('Resent'))).toBe(true);
    // The chip lies over the expiry cell: the expiry steps aside rather than show half-covered.
    const expiry = row.querySelector('[data-column="expires"] > *')!;
    expect(getComputedStyle(expiry).visibility).toBe('hidden');
    await waitFor(() => expect(within(row).queryByText('Resent')).not.toBeInTheDocument(), {
      timeout: 6000,
    });
    expect(getComputedStyle(expiry).visibility).toBe('visible');
    // The actions column keeps its place and width: the countdown fits the button's room.
    // (Other columns may move by a pixel: the resend renewed the expiry, a data change.)
    expect(Math.abs(columns().at(-1)! - before.at(-1)!)).toBeLessThanOrEqual(1);
  });
});
