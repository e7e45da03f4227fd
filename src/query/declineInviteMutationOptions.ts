import { mutationOptions } from '@tanstack/react-query';
import { readUserInviteAnswer } from '../client/boundary';
import { InviteClientError } from '../client/errors';
import type { InviteClient, InviteTokenParams, UserInvite } from '../client/types';
import { callClient } from './callClient';
import { writeInviteToCache } from './inviteCache';
import { inviteKeys } from './inviteKeys';

/**
 * Mutation options for the invitee declining an invite by its token, `mutate({ token })`. The
 * answered invite is written where its tenant's cache holds it. Fails with `forbidden` when the
 * client cannot decline, and otherwise like {@link acceptInviteMutationOptions}.
 *
 * @example
 * ```ts
 * const decline = useMutation(declineInviteMutationOptions(client, ''));
 * decline.mutate({ token });
 * ```
 */
export function declineInviteMutationOptions(client: InviteClient, tenantId: string) {
  return mutationOptions<UserInvite, InviteClientError, InviteTokenParams>({
    mutationKey: inviteKeys.mutation(tenantId, 'decline'),
    mutationFn: (params) =>
      callClient(() => {
        if (!client.declineUserInvite) {
          throw new InviteClientError('forbidden', 'This backend does not let invitees decline.');
        }
        return client.declineUserInvite(params);
      }, readUserInviteAnswer),
    onSuccess: (invite, _params, _result, { client: queryClient }) =>
      writeInviteToCache(queryClient, invite.tenantId, invite),
  });
}
