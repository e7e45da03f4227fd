import { mutationOptions } from '@tanstack/react-query';
import { readUserInviteAnswer } from '../client/boundary';
import type { InviteClientError } from '../client/errors';
import type { InviteClient, UserInvite } from '../client/types';
import { callClient } from './callClient';
import { writeInviteToCache } from './inviteCache';
import { inviteKeys } from './inviteKeys';

/**
 * Mutation options for resending an invite, `mutate(id)`: the renewed invite (a new token and
 * expiry, an expired one pending again) is written where it is cached, and lists revalidate.
 * `useResendInvite` adds per-invite cooldowns on top.
 *
 * @example
 * ```ts
 * const resend = useMutation(resendInviteMutationOptions(client, 'acme'));
 * resend.mutate(invite.id);
 * ```
 */
export function resendInviteMutationOptions(client: InviteClient, tenantId: string) {
  return mutationOptions<UserInvite, InviteClientError, string>({
    mutationKey: inviteKeys.mutation(tenantId, 'resend'),
    mutationFn: (id) => callClient(() => client.resendUserInvite(id), readUserInviteAnswer),
    onSuccess: (invite, _id, _result, { client: queryClient }) => {
      writeInviteToCache(queryClient, tenantId, invite);
      void queryClient.invalidateQueries({ queryKey: inviteKeys.lists(tenantId) });
    },
  });
}
