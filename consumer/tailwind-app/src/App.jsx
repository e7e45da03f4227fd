import { InviteClientProvider, InviteDialog, InviteForm, UserInvitesTable } from 'invite-widgets';
import { createMemoryInviteClient } from 'invite-widgets/memory';

const client = createMemoryInviteClient({ seed: 3, seedCount: 5 });

/** A Tailwind page: utilities on the page, and on the widgets through className and classNames. */
export function App() {
  return (
    <InviteClientProvider client={client} tenantId={client.tenantId} currentUserId="user_admin">
      <main className="mx-auto flex max-w-5xl flex-col gap-6 p-8">
        <h1 className="text-2xl font-semibold">Team</h1>
        <InviteDialog
          classNames={{
            trigger: 'self-start rounded-none border-0 bg-emerald-800 px-8 text-white',
          }}
        />
        <InviteForm className="rounded-2xl" />
        <UserInvitesTable />
      </main>
    </InviteClientProvider>
  );
}
