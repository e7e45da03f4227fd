import { queryOptions } from '@tanstack/react-query';
import { readUserInvite } from '../client/boundary';
import type { InviteClientError } from '../client/errors';
import type { InviteClient, UserInvite } from '../client/types';
import { callClient } from './callClient';
import { inviteKeys } from './inviteKeys';

/**
 * Query options for one invite (resolves to `null` when there is none).
 *
 * @example
 * ```ts
 * const invite = await queryClient.fetchQuery(userInviteQueryOptions(client, 'acme', id));
 * ```
 */
export function userInviteQueryOptions(client: InviteClient, tenantId: string, id: string) {
  return queryOptions<
    UserInvite | null,
    InviteClientError,
    UserInvite | null,
    ReturnType<typeof inviteKeys.detail>
  >({
    queryKey: inviteKeys.detail(tenantId, id),
    queryFn: ({ signal }) => callClient(() => client.userInvite(id, { signal }), readUserInvite),
  });
}
