import { mutationOptions } from '@tanstack/react-query';
import { readUserInviteAnswer } from '../client/boundary';
import type { InviteClientError } from '../client/errors';
import type { InviteClient, UserInvite } from '../client/types';
import { callClient } from './callClient';
import type { OptimisticSnapshot } from './inviteCache';
import { inviteKeys } from './inviteKeys';
import { optimisticInviteMutation } from './optimisticInviteMutation';

/**
 * Mutation options for cancelling an invite, `mutate(id)`, with the whole behaviour of
 * `useCancelInvite`: `canceled` shows in every cached list and detail at once; a refusal rolls
 * it back, and on `conflict` (accepted meanwhile) or `not_found` the real state is shown; lists
 * revalidate at the end.
 *
 * @example
 * ```ts
 * const cancel = useMutation(cancelInviteMutationOptions(client, 'acme'));
 * cancel.mutate(invite.id);
 * ```
 */
export function cancelInviteMutationOptions(client: InviteClient, tenantId: string) {
  return mutationOptions<UserInvite, InviteClientError, string, OptimisticSnapshot>({
    mutationKey: inviteKeys.mutation(tenantId, 'cancel'),
    mutationFn: (id) => callClient(() => client.cancelUserInvite(id), readUserInviteAnswer),
    ...optimisticInviteMutation<string>(
      client,
      tenantId,
      (id) => id,
      (invite) => ({ ...invite, status: 'canceled' }),
    ),
  });
}
