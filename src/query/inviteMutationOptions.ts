import { mutationOptions } from '@tanstack/react-query';
import type { InviteClientError } from '../client/errors';
import type { InviteClient, UserInvite, UserInvitePatch } from '../client/types';
import { callClient } from './callClient';

/**
 * Mutation options for cancelling an invite: `mutate(id)`.
 *
 * @example
 * ```ts
 * const cancel = useMutation(cancelInviteMutationOptions(client, 'acme'));
 * cancel.mutate(invite.id);
 * ```
 */
export function cancelInviteMutationOptions(client: InviteClient, tenantId: string) {
  return mutationOptions<UserInvite, InviteClientError, string>({
    mutationKey: ['invite-widgets', tenantId, 'cancel'],
    mutationFn: (id: string) => callClient(() => client.cancelUserInvite(id)),
  });
}

/**
 * Mutation options for resending an invite: `mutate(id)`.
 *
 * @example
 * ```ts
 * const resend = useMutation(resendInviteMutationOptions(client, 'acme'));
 * resend.mutate(invite.id);
 * ```
 */
export function resendInviteMutationOptions(client: InviteClient, tenantId: string) {
  return mutationOptions<UserInvite, InviteClientError, string>({
    mutationKey: ['invite-widgets', tenantId, 'resend'],
    mutationFn: (id: string) => callClient(() => client.resendUserInvite(id)),
  });
}

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
 * Mutation options for changing an invite: `mutate({ id, patch })`.
 *
 * @example
 * ```ts
 * const update = useMutation(updateInviteMutationOptions(client, 'acme'));
 * update.mutate({ id, patch: { firstName: 'Ada' } });
 * ```
 */
export function updateInviteMutationOptions(client: InviteClient, tenantId: string) {
  return mutationOptions<UserInvite, InviteClientError, UpdateInviteVariables>({
    mutationKey: ['invite-widgets', tenantId, 'update'],
    mutationFn: ({ id, patch }: UpdateInviteVariables) =>
      callClient(() => client.updateUserInvite(id, patch)),
  });
}
