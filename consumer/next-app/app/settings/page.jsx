import { HydrationBoundary, QueryClient, dehydrate } from '@tanstack/react-query';
import {
  InviteDialog,
  UserInvitesTable,
  defaultUserInvitesTableQuery,
  userInvitesQueryOptions,
} from 'invite-widgets';
import { TENANT_ID, createInviteBackend } from '../../lib/inviteBackend';

// Invites change: render on every request, never at build time.
export const dynamic = 'force-dynamic';

/** A Server Component: it fetches the table's first page, and the browser starts from it. */
export default async function SettingsPage() {
  const queryClient = new QueryClient();
  await queryClient.prefetchQuery(
    userInvitesQueryOptions(createInviteBackend(), TENANT_ID, defaultUserInvitesTableQuery),
  );
  return (
    <main>
      <h1>Team settings</h1>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <InviteDialog />
        <UserInvitesTable />
      </HydrationBoundary>
    </main>
  );
}
