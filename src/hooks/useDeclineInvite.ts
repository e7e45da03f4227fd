'use client';

import { useMutation } from '@tanstack/react-query';
import { declineInviteMutationOptions } from '../query/declineInviteMutationOptions';
import { useInviteContext } from '../react/useInviteContext';
import { mergeMutationOptions } from './mergeOptions';
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
  const { client, tenantId } = useInviteContext(options);
  return useMutation(
    mergeMutationOptions(declineInviteMutationOptions(client, tenantId), options.mutation),
    options.queryClient,
  );
}
