'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useInviteClient } from '../client/InviteClientProvider';
import type { UserInvite } from '../client/types';
import { findCachedInvite, writeInviteToCache } from '../query/inviteCache';
import { inviteKeys } from '../query/inviteKeys';
import { cancelInviteMutationOptions } from '../query/inviteMutationOptions';
import { userInviteQueryOptions } from '../query/userInviteQueryOptions';
import type { MutationOverrides } from './types';

/**
 * Options of {@link useCancelInvite}.
 *
 * @example
 * ```ts
 * const options: UseCancelInviteOptions = { mutation: { onError: (e) => console.warn(e.code) } };
 * ```
 */
export interface UseCancelInviteOptions {
  mutation?: MutationOverrides<UserInvite, string>;
}

/**
 * Cancels an invite, optimistically: every cached list and detail shows `canceled` at once.
 * When the backend refuses, the invite rolls back and `error` says why; on `conflict` (it was
 * accepted meanwhile) or `not_found`, the real state is fetched and shown.
 *
 * @example
 * ```tsx
 * const cancel = useCancelInvite();
 * <button onClick={() => cancel.mutate(invite.id)} disabled={cancel.isPending}>Cancel</button>
 * ```
 */
export function useCancelInvite(options: UseCancelInviteOptions = {}) {
  const { client, tenantId } = useInviteClient();
  const queryClient = useQueryClient();
  const { mutation: overrides } = options;
  return useMutation({
    ...cancelInviteMutationOptions(client, tenantId),
    ...overrides,
    onMutate: async (id: string) => {
      // A refetch finishing now would paint the old status over the optimistic one.
      await queryClient.cancelQueries({ queryKey: inviteKeys.lists(tenantId) });
      await queryClient.cancelQueries({ queryKey: inviteKeys.detail(tenantId, id) });
      const previous = findCachedInvite(queryClient, tenantId, id);
      if (previous) {
        writeInviteToCache(
          queryClient,
          tenantId,
          { ...previous, status: 'canceled' },
          { force: true },
        );
      }
      return { previous };
    },
    onError: async (error, id, context, ...rest) => {
      if (context?.previous)
        writeInviteToCache(queryClient, tenantId, context.previous, { force: true });
      if (error.code === 'conflict' || error.code === 'not_found') {
        const real = await queryClient
          .fetchQuery({ ...userInviteQueryOptions(client, tenantId, id), staleTime: 0 })
          .catch(() => null);
        if (real) writeInviteToCache(queryClient, tenantId, real, { force: true });
      }
      return overrides?.onError?.(error, id, context, ...rest);
    },
    onSuccess: (invite, ...rest) => {
      writeInviteToCache(queryClient, tenantId, invite);
      return overrides?.onSuccess?.(invite, ...rest);
    },
    onSettled: (...args) => {
      void queryClient.invalidateQueries({ queryKey: inviteKeys.lists(tenantId) });
      return overrides?.onSettled?.(...args);
    },
  });
}
