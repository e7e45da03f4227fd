import { mutationOptions } from '@tanstack/react-query';
import { readUserInviteAnswer } from '../client/boundary';
import type { InviteClientError } from '../client/errors';
import type { InviteClient, UserInvite, UserInvitePatch } from '../client/types';
import { callClient } from './callClient';
import type { OptimisticSnapshot } from './inviteCache';
import { inviteKeys } from './inviteKeys';
import { optimisticInviteMutation } from './optimisticInviteMutation';

/**
 * What the update mutation takes.
 *
 * @example
 * ```ts
 * const variables: UpdateInviteVariables = { id, patch: { roleKeys: ['admin'] } };
 * ```
 */
export interface UpdateInviteVariables {
  id: string;
  patch: UserInvitePatch;
}

/**
 * Mutation options for changing an invite, `mutate({ id, patch })`, with the whole behaviour of
 * `useUpdateInvite`: the patch shows in every cached list and detail at once, a refusal rolls
 * it back, the answer is written where the invite is cached, and lists revalidate.
 *
 * @example
 * ```ts
 * const update = useMutation(updateInviteMutationOptions(client, 'acme'));
 * update.mutate({ id, patch: { firstName: 'Ada' } });
 * ```
 */
export function updateInviteMutationOptions(client: InviteClient, tenantId: string) {
  return mutationOptions<UserInvite, InviteClientError, UpdateInviteVariables, OptimisticSnapshot>({
    mutationKey: inviteKeys.mutation(tenantId, 'update'),
    mutationFn: ({ id, patch }) =>
      callClient(() => client.updateUserInvite(id, patch), readUserInviteAnswer),
    ...optimisticInviteMutation<UpdateInviteVariables>(
      client,
      tenantId,
      ({ id }) => id,
      (invite, { patch }) => ({ ...invite, ...patch }),
    ),
  });
}
