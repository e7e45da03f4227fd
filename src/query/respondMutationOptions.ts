import { mutationOptions } from '@tanstack/react-query';
import { InviteClientError } from '../client/errors';
import type { InviteClient, InviteTokenParams, UserInvite } from '../client/types';
import { callClient } from './callClient';

/**
 * Mutation options for the invitee accepting an invite by its token.
 *
 * @example
 * ```ts
 * const accept = useMutation(acceptInviteMutationOptions(client));
 * accept.mutate({ token });
 * ```
 */
export function acceptInviteMutationOptions(client: InviteClient) {
  return mutationOptions<UserInvite, InviteClientError, InviteTokenParams>({
    mutationKey: ['invite-widgets', 'accept'],
    mutationFn: (params: InviteTokenParams) => callClient(() => client.acceptUserInvite(params)),
  });
}

/**
 * Mutation options for the invitee declining an invite by its token. Fails with `forbidden`
 * when the client cannot decline.
 *
 * @example
 * ```ts
 * const decline = useMutation(declineInviteMutationOptions(client));
 * decline.mutate({ token });
 * ```
 */
export function declineInviteMutationOptions(client: InviteClient) {
  return mutationOptions<UserInvite, InviteClientError, InviteTokenParams>({
    mutationKey: ['invite-widgets', 'decline'],
    mutationFn: (params: InviteTokenParams) =>
      callClient(() => {
        if (!client.declineUserInvite) {
          throw new InviteClientError('forbidden', 'This backend does not let invitees decline.');
        }
        return client.declineUserInvite(params);
      }),
  });
}
