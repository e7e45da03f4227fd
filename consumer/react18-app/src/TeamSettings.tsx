import { InviteDialog, UserInvitesTable } from 'invite-widgets';

/** The host's settings section: it takes its invite client from the provider around it. */
export function TeamSettings() {
  return (
    <section>
      <h1>Team settings</h1>
      <InviteDialog />
      <UserInvitesTable />
    </section>
  );
}
