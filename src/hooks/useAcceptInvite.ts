'use client';

import type { InviteTokenParams, UserInvite } from '../client/types';
import { acceptInviteMutationOptions } from '../query/acceptInviteMutationOptions';
import type { InviteScope } from '../react/useInviteContext';
import { useInviteMutation } from './useInviteMutation';
import type { MutationOverrides } from './types';

/**
 * Options of {@link useAcceptInvite} and `useDeclineInvite`.
 *
 * @example
 * ```ts
 * const options: UseRespondToInviteOptions = { mutation: { onSuccess: () => router.push('/') } };
 * ```
 */
export interface UseRespondToInviteOptions extends InviteScope {
  mutation?: MutationOverrides<UserInvite, InviteTokenParams>;
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
  return useInviteMutation(acceptInviteMutationOptions, options);
}
