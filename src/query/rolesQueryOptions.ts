import { queryOptions } from '@tanstack/react-query';
import { readInviteRoles } from '../client/boundary';
import type { InviteClientError } from '../client/errors';
import type { InviteClient, InviteRole } from '../client/types';
import { callClient } from './callClient';
import { inviteKeys } from './inviteKeys';

/**
 * Query options for the roles an invitee can be given. Disabled when the client has no
 * `listRoles`; roles change rarely, so they stay fresh for five minutes.
 *
 * @example
 * ```ts
 * const roles = useQuery(rolesQueryOptions(client, 'acme'));
 * ```
 */
export function rolesQueryOptions(client: InviteClient, tenantId: string) {
  return queryOptions<
    InviteRole[],
    InviteClientError,
    InviteRole[],
    ReturnType<typeof inviteKeys.roles>
  >({
    queryKey: inviteKeys.roles(tenantId),
    queryFn: ({ signal }): Promise<InviteRole[]> =>
      callClient(
        () => client.listRoles?.(tenantId, { signal }) ?? Promise.resolve([]),
        readInviteRoles,
      ),
    enabled: typeof client.listRoles === 'function',
    staleTime: 5 * 60_000,
  });
}
