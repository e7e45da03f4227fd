'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { InviteClientError, isInviteClientError } from '../client/errors';
import type { UserInvite } from '../client/types';
import { getResendCooldowns } from '../live/resendCooldowns';
import { resendInviteMutationOptions } from '../query/resendInviteMutationOptions';
import { useInviteContext, type InviteScope } from '../react/useInviteContext';
import { useActionMutation, useLifetimeClient } from './useActionMutation';
import { mergeMutationOptions } from './mergeOptions';
import type { MutationOverrides } from './types';

/**
 * Options of {@link useResendInvite}.
 *
 * @example
 * ```ts
 * const options: UseResendInviteOptions = { cooldownMs: 30_000 };
 * ```
 */
export interface UseResendInviteOptions extends InviteScope {
  /**
   * The least wait after each resend of an invite, against double sends. Default 10 s, or the
   * client's `resendCooldownMs` when that is longer.
   */
  cooldownMs?: number;
  mutation?: MutationOverrides<UserInvite, string>;
}

/**
 * What {@link useResendInvite} adds to TanStack's mutation result.
 *
 * @example
 * ```ts
 * const { cooldownRemainingMs }: ResendInviteExtras = useResendInvite();
 * ```
 */
export interface ResendInviteExtras {
  /** Milliseconds before `id` may be resent (0 when it may). */
  cooldownRemainingMs: (id: string) => number;
  /** A resend of `id` is under way. */
  isResending: (id: string) => boolean;
}

/**
 * Resends an invite (a new email, token and expiry): `useMutation(resendInviteMutationOptions(…))`
 * plus per-invite cooldowns. After each resend an invite waits the longer of `cooldownMs` and
 * the client's declared `resendCooldownMs`, or as long as a `rate_limited` answer says;
 * `cooldownRemainingMs(id)` tells how long is left (it re-renders every second while any wait
 * runs), and a resend during the wait fails at once with `rate_limited`, without asking the
 * backend. The cooldowns are shared by every component of the QueryClient and tenant.
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
  const { tenantId, ...context } = useInviteContext(options);
  const client = useLifetimeClient(context.client);
  const queryClient = useQueryClient(options.queryClient);
  const cooldowns = getResendCooldowns(queryClient, tenantId);
  useSyncExternalStore(cooldowns.subscribe, cooldowns.getVersion, cooldowns.getVersion);
  const cooldownMs = Math.max(options.cooldownMs ?? 10_000, client.resendCooldownMs ?? 0);
  const factory = resendInviteMutationOptions(client, tenantId);

  const mutation = useActionMutation(
    mergeMutationOptions(
      {
        ...factory,
        mutationFn: async (id, context) => {
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
            // Another copy of this package may have thrown it: recognised by name and code.
            const retryAfterMs = isInviteClientError(error) ? error.retryAfterMs : undefined;
            cooldowns.end(id, retryAfterMs ?? 0);
            throw error;
          }
        },
      },
      options.mutation,
    ),
    options.queryClient,
  );
  const extras: ResendInviteExtras = {
    cooldownRemainingMs: (id) => cooldowns.remaining(id),
    isResending: (id) => cooldowns.isResending(id),
  };
  return { ...mutation, ...extras };
}
