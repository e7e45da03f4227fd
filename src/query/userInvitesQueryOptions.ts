import { queryOptions } from '@tanstack/react-query';
import type { InviteClient } from '../client/types';
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
  return queryOptions({
    queryKey: inviteKeys.list(tenantId, params),
    queryFn: ({ signal }) => client.userInvites({ ...params, tenantId }, { signal }),
  });
}
