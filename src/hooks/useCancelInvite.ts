'use client';

import type { UserInvite } from '../client/types';
import { cancelInviteMutationOptions } from '../query/cancelInviteMutationOptions';
import type { InviteScope } from '../react/useInviteContext';
import { useInviteMutation } from './useInviteMutation';
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
 * as `useMutation(cancelInviteMutationOptions(client, tenantId))`, and a double click never cancels twice.
 *
 * @example
 * ```tsx
 * const cancel = useCancelInvite();
 * <button onClick={() => cancel.mutate(invite.id)} disabled={cancel.isPending}>Cancel</button>
 * ```
 */
export function useCancelInvite(options: UseCancelInviteOptions = {}) {
  return useInviteMutation(cancelInviteMutationOptions, options);
}
