import { act, screen, waitFor, within } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
import { UserInvitesTable } from '../../src/components/UserInvitesTable';
import { renderWithProviders } from '../helpers/renderWithProviders';

// Timers are fake and also run on by themselves: the backend answers as usual, and a test can
// jump over the seconds a summary stays. The pointer and focus are Chromium's own.
beforeEach(async () => {
  await page.viewport(1280, 800);
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
});

const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

/** Resends every pending invite of the page and returns the summary: the box of its "Dismiss". */
async function resendAll() {
  renderWithProviders(<UserInvitesTable defaultStatus="pending" />, {
    memory: { seed: 4, seedCount: 12 },
  });
  await userEvent.click(
    await screen.findByRole('checkbox', { name: 'Select all invites on this page' }),
  );
  await userEvent.click(screen.getByRole('button', { name: 'Resend selected' }));
  const dismiss = await screen.findByRole('button', { name: 'Dismiss' });
  const summary = dismiss.parentElement!;
  expect(summary).toHaveTextContent(/^Resent \d+ invites\.Dismiss$/);
  return { summary, dismiss };
}

describe('a summary without failures, in Chromium', () => {
  it('stays while the pointer is over it, and its whole time again once the pointer left', async () => {
    const { summary } = await resendAll();
    await userEvent.hover(summary);
    await wait(20_000);
    expect(summary).toBeInTheDocument();
    await userEvent.hover(screen.getByRole('table', { name: 'Invites' }));
    await wait(4000);
    expect(summary).toBeInTheDocument();
    await wait(1500);
    await waitFor(() => expect(summary).not.toBeInTheDocument());
  });

  it('stays while focus is in it, and its whole time again once focus left', async () => {
    const { summary, dismiss } = await resendAll();
    // Away from the summary: whatever the click left under the pointer.
    await userEvent.hover(screen.getByRole('table', { name: 'Invites' }));
    dismiss.focus();
    await wait(20_000);
    expect(summary).toBeInTheDocument();
    expect(dismiss).toHaveFocus();
    await userEvent.tab();
    expect(within(summary).getByRole('button', { name: 'Dismiss' })).not.toHaveFocus();
    await wait(4000);
    expect(summary).toBeInTheDocument();
    await wait(1500);
    await waitFor(() => expect(summary).not.toBeInTheDocument());
  });
});
