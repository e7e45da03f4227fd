import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { AcceptInvite } from '../../src/components/AcceptInvite';
import { InviteDialog } from '../../src/components/InviteDialog';
import { UserInvitesTable } from '../../src/components/UserInvitesTable';
import { expectNoAxeViolations } from '../helpers/axe';
import { renderWithProviders } from '../helpers/renderWithProviders';

/** Presses Tab (at most `limit` times) until the focused element is the one named. */
async function tabTo(user: UserEvent, name: string | RegExp, limit = 40) {
  for (let i = 0; i < limit; i += 1) {
    const active = document.activeElement as HTMLElement | null;
    const label = active?.getAttribute('aria-label') ?? active?.textContent ?? '';
    if (active && (typeof name === 'string' ? label === name : name.test(label))) return active;
    await user.tab();
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

/** Presses ArrowDown (at most `limit` times) until the focused menu item is the one named. */
async function arrowTo(user: UserEvent, name: string, limit = 10) {
  for (let i = 0; i < limit; i += 1) {
    const active = document.activeElement;
    if (active?.getAttribute('role') === 'menuitem' && active.textContent === name) return active;
    await user.keyboard('{ArrowDown}');
  }
  throw new Error(`ArrowDown never reached ${name}`);
}

describe('the whole flow, by keyboard alone, in Chromium', () => {
  it('invites, finds the invite, resends, cancels with confirmation; the invitee accepts', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    host.style.width = '1100px';
    const { user, client } = renderWithProviders(
      <>
        <InviteDialog />
        <UserInvitesTable />
      </>,
      { memory: { seed: 2, seedCount: 8 }, render: { container: host } },
    );

    // Invite two people.
    await tabTo(user, 'Invite people');
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Invite people to your team' });
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Email addresses' })).toHaveFocus(),
    );
    await user.keyboard('kb.first@example.com, kb.second@example.com{Enter}');
    await tabTo(user, 'Send 2 invites');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Invite people' })).toHaveFocus();

    // Find the first one in the table.
    // The search box comes next in the tab order.
    await user.tab();
    expect(screen.getByRole('searchbox', { name: 'Search invites' })).toHaveFocus();
    await user.keyboard('kb.first');
    const table = screen.getByRole('table', { name: 'Invites' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(within(table).getByText('kb.first@example.com')).toBeVisible();

    // Resend it.
    await tabTo(user, 'Resend invite to kb.first@example.com');
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Invite resent to kb.first@example.com.')).toBeVisible();

    // Cancel it from its row's menu, confirming in the dialog.
    await tabTo(user, 'Actions for kb.first@example.com');
    await user.keyboard('{Enter}');
    const menu = await screen.findByRole('menu');
    expect(
      screen.getByRole('button', { name: 'Actions for kb.first@example.com' }),
    ).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(within(menu).getAllByRole('menuitem')[0]).toHaveFocus());
    await arrowTo(user, 'Cancel invite…');
    await user.keyboard('{Enter}');
    const confirm = await screen.findByRole('alertdialog', { name: 'Cancel this invite?' });
    await expectNoAxeViolations(confirm);
    await tabTo(user, 'Cancel invite');
    await user.keyboard('{Enter}');
    const row = within(table).getByText('kb.first@example.com').closest('tr')!;
    await waitFor(() =>
      expect(row.querySelector('[data-column="status"]')).toHaveTextContent('Canceled'),
    );
    expect(row).toHaveAttribute('data-status', 'canceled');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    const first = client.sentEmails().find((email) => email.email === 'kb.first@example.com')!;
    expect((await client.userInvite(first.inviteId))?.status).toBe('canceled');
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: 'Select kb.first@example.com' })).toHaveFocus(),
    );

    // The second invitee opens their link and accepts.
    const second = client.sentEmails().find((email) => email.email === 'kb.second@example.com')!;
    const page = document.body.appendChild(document.createElement('div'));
    const invitee = renderWithProviders(<AcceptInvite token={second.token} />, {
      client,
      tenantId: '',
      render: { container: page },
    });
    await screen.findByRole('button', { name: 'Accept invite' });
    await tabTo(invitee.user, 'Accept invite', 80);
    await invitee.user.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: /Welcome aboard/ })).toHaveFocus(),
    );
    expect((await client.userInvite(second.inviteId))?.status).toBe('accepted');
  });
});
