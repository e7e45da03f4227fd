'use client';

import { declineInviteMutationOptions } from '../query/declineInviteMutationOptions';
import { useInviteMutation } from './useInviteMutation';
import type { UseRespondToInviteOptions } from './useAcceptInvite';

/**
 * For the invitee: declines an invite by its token, `mutate({ token })`. Fails with
 * `forbidden` when the client cannot decline, and otherwise like `useAcceptInvite`.
 *
 * @example
 * ```tsx
 * const decline = useDeclineInvite();
 * <button onClick={() => decline.mutate({ token })}>No, thanks</button>
 * ```
 */
export function useDeclineInvite(options: UseRespondToInviteOptions = {}) {
  return useInviteMutation(declineInviteMutationOptions, options);
}
