'use client';

import { useMutation } from '@tanstack/react-query';
import type { UserInvite } from '../client/types';
import { cancelInviteMutationOptions } from '../query/cancelInviteMutationOptions';
import { useInviteContext, type InviteScope } from '../react/useInviteContext';
import { mergeMutationOptions } from './mergeOptions';
import type { MutationOverrides } from './types';

/**
 * Options of {@link useCancelInvite}.
 *
 * @example
 * ```ts
 * const options: UseCancelInviteOptions = { mutation: { onError: (e) => console.warn(e.code) } };
 * ```
 */
export interface UseCancelInviteOptions extends InviteScope {
  mutation?: MutationOverrides<UserInvite, string>;
}

/**
 * Cancels an invite, optimistically: every cached list and detail shows `canceled` at once.
 * When the backend refuses, the invite rolls back and `error` says why; on `conflict` (it was
 * accepted meanwhile) or `not_found`, the real state is fetched and shown. The same behaviour
 * as `useMutation(cancelInviteMutationOptions(client, tenantId))`.
 *
 * @example
 * ```tsx
 * const cancel = useCancelInvite();
 * <button onClick={() => cancel.mutate(invite.id)} disabled={cancel.isPending}>Cancel</button>
 * ```
 */
export function useCancelInvite(options: UseCancelInviteOptions = {}) {
  const { client, tenantId } = useInviteContext(options);
  return useMutation(
    mergeMutationOptions(cancelInviteMutationOptions(client, tenantId), options.mutation),
    options.queryClient,
  );
}
