'use client';

import { declineInviteMutationOptions } from '../query/declineInviteMutationOptions';
import { useInviteContext } from '../react/useInviteContext';
import { useActionMutation, useLifetimeClient } from './useActionMutation';
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
  const { tenantId, ...context } = useInviteContext(options);
  const client = useLifetimeClient(context.client);
  return useActionMutation(
    mergeMutationOptions(declineInviteMutationOptions(client, tenantId), options.mutation),
    options.queryClient,
  );
}
