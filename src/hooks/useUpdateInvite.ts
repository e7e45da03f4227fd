'use client';

import type { UserInvite } from '../client/types';
import {
  updateInviteMutationOptions,
  type UpdateInviteVariables,
} from '../query/updateInviteMutationOptions';
import type { InviteScope } from '../react/useInviteContext';
import { useInviteMutation } from './useInviteMutation';
import type { MutationOverrides } from './types';

/**
 * Options of {@link useUpdateInvite}.
 *
 * @example
 * ```ts
 * const options: UseUpdateInviteOptions = { mutation: { onSuccess: () => close() } };
 * ```
 */
export interface UseUpdateInviteOptions extends InviteScope {
  mutation?: MutationOverrides<UserInvite, UpdateInviteVariables>;
}

/**
 * Changes an invite's names, locale, roles or data: `mutate({ id, patch })`. The change shows
 * in every cached list and detail at once and rolls back when the backend refuses. The same
 * behaviour as `useMutation(updateInviteMutationOptions(client, tenantId))`.
 *
 * @example
 * ```tsx
 * const update = useUpdateInvite();
 * update.mutate({ id: invite.id, patch: { roleKeys: ['admin'] } });
 * ```
 */
export function useUpdateInvite(options: UseUpdateInviteOptions = {}) {
  return useInviteMutation(updateInviteMutationOptions, options);
}
