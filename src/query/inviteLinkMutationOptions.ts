import { mutationOptions } from '@tanstack/react-query';
import { readInviteLink } from '../client/boundary';
import { InviteClientError } from '../client/errors';
import type { InviteClient } from '../client/types';
import { callClient } from './callClient';
import { inviteKeys } from './inviteKeys';

/**
 * Mutation options for getting the link an invitee opens to answer, `mutate(id)` resolving to
 * the link (for "Copy invite link"). Fails with `forbidden` when the client cannot give links.
 *
 * @example
 * ```ts
 * const link = useMutation(inviteLinkMutationOptions(client, 'acme'));
 * await navigator.clipboard.writeText(await link.mutateAsync(invite.id));
 * ```
 */
export function inviteLinkMutationOptions(client: InviteClient, tenantId: string) {
  return mutationOptions<string, InviteClientError, string>({
    mutationKey: inviteKeys.mutation(tenantId, 'link'),
    mutationFn: (id) =>
      callClient(() => {
        if (!client.getInviteLink) {
          throw new InviteClientError('forbidden', 'This backend gives no invite links.');
        }
        return client.getInviteLink(id);
      }, readInviteLink),
  });
}
