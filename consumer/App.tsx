// A host app, as small as it gets: the provider, the form and the table, from the package.
import { InviteClientProvider, InviteForm, UserInvitesTable } from 'invite-widgets';
import { createMemoryInviteClient } from 'invite-widgets/memory';
import 'invite-widgets/styles.css';

export const client = createMemoryInviteClient({ seed: 5, seedCount: 6 });

export function App() {
  return (
    <InviteClientProvider
      client={client}
      tenantId={client.tenantId}
      currentUserId="user_admin"
      timeZone="UTC"
    >
      <main style={{ maxWidth: 960 }}>
        <InviteForm />
        <UserInvitesTable />
      </main>
    </InviteClientProvider>
  );
}
