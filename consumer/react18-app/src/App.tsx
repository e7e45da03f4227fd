import { AcceptInvite, InviteClientProvider, type UserInvite } from 'invite-widgets';
import { createMemoryInviteClient } from 'invite-widgets/memory';
import 'invite-widgets/styles.css';
import { useState } from 'react';
import { TeamSettings } from './TeamSettings';

export const client = createMemoryInviteClient({ seed: 5, seedCount: 6 });

/** A React 18 host: the settings page, and the invitee's page for the first pending invite. */
export function App() {
  const [accepted, setAccepted] = useState<UserInvite | null>(null);
  const token = client.sentEmails()[0]?.token ?? '';
  return (
    <InviteClientProvider
      client={client}
      tenantId={client.tenantId}
      currentUserId="user_admin"
      timeZone="UTC"
    >
      <main style={{ maxWidth: 960, margin: '0 auto', padding: 24 }}>
        <TeamSettings />
        <h2>Your invitation</h2>
        <AcceptInvite token={token} headingLevel={3} onAccepted={setAccepted} />
        {accepted && <p role="status">Joined as {accepted.email}</p>}
      </main>
    </InviteClientProvider>
  );
}
