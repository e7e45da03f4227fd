import { mutationOptions } from '@tanstack/react-query';
import { readUserInviteAnswer } from '../client/boundary';
import type { InviteClientError } from '../client/errors';
import type { InviteClient, InviteTokenParams, UserInvite } from '../client/types';
import { callClient } from './callClient';
import { writeInviteToCache } from './inviteCache';
import { inviteKeys } from './inviteKeys';

/**
 * Mutation options for the invitee accepting an invite by its token, `mutate({ token })`. The
 * answered invite is written where its tenant's cache holds it. Fails with `invalid_token`,
 * `expired`, or `conflict` carrying the invite's `status`.
 *
 * @example
 * ```ts
 * const accept = useMutation(acceptInviteMutationOptions(client, ''));
 * accept.mutate({ token });
 * ```
 */
export function acceptInviteMutationOptions(client: InviteClient, tenantId: string) {
  return mutationOptions<UserInvite, InviteClientError, InviteTokenParams>({
    mutationKey: inviteKeys.mutation(tenantId, 'accept'),
    mutationFn: (params) => callClient(() => client.acceptUserInvite(params), readUserInviteAnswer),
    onSuccess: (invite, _params, _result, { client: queryClient }) =>
      writeInviteToCache(queryClient, invite.tenantId, invite),
  });
}
