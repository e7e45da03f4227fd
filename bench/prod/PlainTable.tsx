// The baseline: what a hand-written page of invites costs. A plain <table> with the columns a
// reader compares (email, name, status as text, two dates through one shared formatter, three
// buttons per row), and nothing else: no hooks, no i18n, no live data.
import type { UserInvite } from 'invite-widgets';

const dates = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

export function PlainTable({ invites }: { invites: readonly UserInvite[] }) {
  return (
    <table className="plain-table">
      <thead>
        <tr>
          <th>Email</th>
          <th>Name</th>
          <th>Status</th>
          <th>Sent</th>
          <th>Expires</th>
          <th>Actions</th>
        </tr>
      </thead>
      <tbody>
        {invites.map((invite) => (
          <tr key={invite.id}>
            <td>{invite.email}</td>
            <td>{[invite.firstName, invite.lastName].filter(Boolean).join(' ')}</td>
            <td>{invite.status}</td>
            <td>{dates.format(new Date(invite.createdAt))}</td>
            <td>{invite.expiresAt ? dates.format(new Date(invite.expiresAt)) : '—'}</td>
            <td>
              <button type="button">Resend</button>
              <button type="button">Cancel</button>
              <button type="button">Copy link</button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
