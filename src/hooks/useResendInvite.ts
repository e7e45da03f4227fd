'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useInviteClient } from '../client/InviteClientProvider';
import { InviteClientError } from '../client/errors';
import type { UserInvite } from '../client/types';
import { writeInviteToCache } from '../query/inviteCache';
import { inviteKeys } from '../query/inviteKeys';
import { resendInviteMutationOptions } from '../query/inviteMutationOptions';
import { getResendCooldowns } from '../query/ResendCooldowns';
import type { MutationOverrides } from './types';

/**
 * Options of {@link useResendInvite}.
 *
 * @example
 * ```ts
 * const options: UseResendInviteOptions = { cooldownMs: 30_000 };
 * ```
 */
export interface UseResendInviteOptions {
  /** The wait after each resend of an invite, against double sends. Default 10 s. */
  cooldownMs?: number;
  mutation?: MutationOverrides<UserInvite, string>;
}

/**
 * Resends an invite (a new email, token and expiry). Each invite then waits a short cooldown,
 * or as long as the backend's `rate_limited` answer says; `cooldownRemainingMs(id)` tells how
 * long is left (it re-renders every second while any wait runs), and a resend during the wait
 * fails at once with `rate_limited`, without asking the backend.
 *
 * @example
 * ```tsx
 * const resend = useResendInvite();
 * const wait = resend.cooldownRemainingMs(invite.id);
 * <button onClick={() => resend.mutate(invite.id)} disabled={wait > 0}>
 *   {wait > 0 ? `Resend available in ${Math.ceil(wait / 1000)} s` : 'Resend'}
 * </button>
 * ```
 */
export function useResendInvite(options: UseResendInviteOptions = {}) {
  const { cooldownMs = 10_000, mutation: overrides } = options;
  const { client, tenantId } = useInviteClient();
  const queryClient = useQueryClient();
  const cooldowns = getResendCooldowns(queryClient, tenantId);
  useSyncExternalStore(cooldowns.subscribe, cooldowns.getVersion, cooldowns.getVersion);
  const factory = resendInviteMutationOptions(client, tenantId);

  const mutation = useMutation({
    mutationKey: factory.mutationKey,
    ...overrides,
    mutationFn: async (id: string, context) => {
      const wait = cooldowns.remaining(id);
      if (wait > 0 || cooldowns.isResending(id)) {
        throw new InviteClientError('rate_limited', 'This invite was resent a moment ago.', {
          inviteId: id,
          ...(wait > 0 ? { retryAfterMs: wait } : {}),
        });
      }
      cooldowns.begin(id);
      try {
        const invite = await factory.mutationFn!(id, context);
        cooldowns.end(id, cooldownMs);
        return invite;
      } catch (error) {
        const retryAfterMs = error instanceof InviteClientError ? error.retryAfterMs : undefined;
        cooldowns.end(id, retryAfterMs ?? 0);
        throw error;
      }
    },
    onSuccess: (invite, ...rest) => {
      writeInviteToCache(queryClient, tenantId, invite);
      void queryClient.invalidateQueries({ queryKey: inviteKeys.lists(tenantId) });
      return overrides?.onSuccess?.(invite, ...rest);
    },
  });
  return {
    ...mutation,
    /** Milliseconds before `id` may be resent (0 when it may). */
    cooldownRemainingMs: (id: string) => cooldowns.remaining(id),
    /** A resend of `id` is under way. */
    isResending: (id: string) => cooldowns.isResending(id),
  };
}
