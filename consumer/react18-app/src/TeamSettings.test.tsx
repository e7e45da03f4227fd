import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { InviteClientProvider, preloadInviteWidgets } from 'invite-widgets';
import { createMemoryInviteClient } from 'invite-widgets/memory';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { TeamSettings } from './TeamSettings';

// The dialog and the menus are fetched on first use; fetched up front, each is in the DOM as
// soon as the click that opens it returns. (A setup file lets Testing Library wait up to 5 s.)
beforeAll(async () => expect(await preloadInviteWidgets()).toEqual([]));
afterEach(cleanup);

// A fresh in-memory backend per test: seeded invites, no server, every email it "sent" kept.
function renderWithInvites() {
  const client = createMemoryInviteClient({ seed: 1, seedCount: 3 });
  render(
    <InviteClientProvider client={client} tenantId={client.tenantId} currentUserId="user_admin">
      <TeamSettings />
    </InviteClientProvider>,
  );
  return client;
}

it('invites a teammate from the dialog', async () => {
  const user = userEvent.setup();
  const client = renderWithInvites();
  const table = await screen.findByRole('table', { name: 'Invites' });

  await user.click(screen.getByRole('button', { name: 'Invite people' }));
  const dialog = screen.getByRole('dialog');
  await user.type(
    within(dialog).getByRole('textbox', { name: 'Email addresses' }),
    'ada@example.com ',
  );
  await user.click(within(dialog).getByRole('button', { name: 'Send invite' }));

  expect(await within(table).findByText('ada@example.com')).toBeTruthy();
  expect(client.sentEmails().at(-1)?.email).toBe('ada@example.com');
});

it('shows what the backend refused', async () => {
  const user = userEvent.setup();
  const client = renderWithInvites();
  client.failNext('sendUserInvites', 'rate_limited', { retryAfterMs: 60_000 });

  await user.click(await screen.findByRole('button', { name: 'Invite people' }));
  const dialog = screen.getByRole('dialog');
  await user.type(
    within(dialog).getByRole('textbox', { name: 'Email addresses' }),
    'ada@example.com ',
  );
  await user.click(within(dialog).getByRole('button', { name: 'Send invite' }));

  expect(await within(dialog).findByText(/too many/i)).toBeTruthy();
  expect(client.sentEmails().some((email) => email.email === 'ada@example.com')).toBe(false);
});
