'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useInviteClient } from '../client/InviteClientProvider';
import type { UserInvite } from '../client/types';
import { writeInviteToCache } from '../query/inviteCache';
import { inviteKeys } from '../query/inviteKeys';
import {
  updateInviteMutationOptions,
  type UpdateInviteVariables,
} from '../query/inviteMutationOptions';
import type { MutationOverrides } from './types';

/**
 * Options of {@link useUpdateInvite}.
 *
 * @example
 * ```ts
 * const options: UseUpdateInviteOptions = { mutation: { onSuccess: () => close() } };
 * ```
 */
export interface UseUpdateInviteOptions {
  mutation?: MutationOverrides<UserInvite, UpdateInviteVariables>;
}

/**
 * Changes an invite's names, locale, roles or data: `mutate({ id, patch })`. The answer lands
 * in every cached list and detail.
 *
 * @example
 * ```tsx
 * const update = useUpdateInvite();
 * update.mutate({ id: invite.id, patch: { roleKeys: ['admin'] } });
 * ```
 */
export function useUpdateInvite(options: UseUpdateInviteOptions = {}) {
  const { client, tenantId } = useInviteClient();
  const queryClient = useQueryClient();
  const { mutation: overrides } = options;
  return useMutation({
    ...updateInviteMutationOptions(client, tenantId),
    ...overrides,
    onSuccess: (invite, ...rest) => {
      writeInviteToCache(queryClient, tenantId, invite);
      void queryClient.invalidateQueries({ queryKey: inviteKeys.lists(tenantId) });
      return overrides?.onSuccess?.(invite, ...rest);
    },
  });
}
