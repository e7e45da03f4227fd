'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useInviteClient } from '../client/InviteClientProvider';
import type { InviteTokenParams, UserInvite } from '../client/types';
import { writeInviteToCache } from '../query/inviteCache';
import {
  acceptInviteMutationOptions,
  declineInviteMutationOptions,
} from '../query/respondMutationOptions';
import type { MutationOverrides } from './types';

/**
 * Options of {@link useAcceptInvite} and {@link useDeclineInvite}.
 *
 * @example
 * ```ts
 * const options: UseRespondToInviteOptions = { mutation: { onSuccess: () => router.push('/') } };
 * ```
 */
export interface UseRespondToInviteOptions {
  mutation?: MutationOverrides<UserInvite, InviteTokenParams>;
}

function useRespond(
  factory: typeof acceptInviteMutationOptions,
  options: UseRespondToInviteOptions,
) {
  const { client } = useInviteClient();
  const queryClient = useQueryClient();
  const { mutation: overrides } = options;
  return useMutation({
    ...factory(client),
    ...overrides,
    onSuccess: (invite, ...rest) => {
      writeInviteToCache(queryClient, invite.tenantId, invite);
      return overrides?.onSuccess?.(invite, ...rest);
    },
  });
}

/**
 * For the invitee: accepts an invite by the token from its email, `mutate({ token })`.
 * Failures carry the contract's codes: `invalid_token` (unknown or replaced by a resend),
 * `expired`, and `conflict` with the invite's `status` (already accepted, declined, canceled).
 *
 * @example
 * ```tsx
 * const accept = useAcceptInvite({ mutation: { onSuccess: () => router.push('/team') } });
 * <button onClick={() => accept.mutate({ token })}>Join the team</button>
 * {accept.error?.code === 'expired' && <p>This invite has expired.</p>}
 * ```
 */
export function useAcceptInvite(options: UseRespondToInviteOptions = {}) {
  return useRespond(acceptInviteMutationOptions, options);
}

/**
 * For the invitee: declines an invite by its token, `mutate({ token })`. Fails with
 * `forbidden` when the client cannot decline, and otherwise like {@link useAcceptInvite}.
 *
 * @example
 * ```tsx
 * const decline = useDeclineInvite();
 * <button onClick={() => decline.mutate({ token })}>No, thanks</button>
 * ```
 */
export function useDeclineInvite(options: UseRespondToInviteOptions = {}) {
  return useRespond(declineInviteMutationOptions, options);
}
