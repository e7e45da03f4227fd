import { queryOptions } from '@tanstack/react-query';
import { readUserInvitesPage } from '../client/boundary';
import type { InviteClientError } from '../client/errors';
import type { InviteClient, UserInvitesPage } from '../client/types';
import { callClient } from './callClient';
import { inviteKeys, type UserInvitesListParams } from './inviteKeys';

/**
 * Query options for one page of a tenant's invites: use them with `useQuery`,
 * `prefetchQuery` or `getQueryData`.
 *
 * @example
 * ```ts
 * await queryClient.prefetchQuery(userInvitesQueryOptions(client, 'acme', { limit: 25 }));
 * ```
 */
export function userInvitesQueryOptions(
  client: InviteClient,
  tenantId: string,
  params: UserInvitesListParams = {},
) {
  return queryOptions<
    UserInvitesPage,
    InviteClientError,
    UserInvitesPage,
    ReturnType<typeof inviteKeys.list>
  >({
    queryKey: inviteKeys.list(tenantId, params),
    queryFn: ({ signal }) =>
      callClient(
        () => client.userInvites({ ...params, tenantId }, { signal }),
        readUserInvitesPage,
      ),
    // Live changes are written into cached pages as they happen, so a page stays right for a while.
    staleTime: 5_000,
  });
}
