'use client';

import { inviteLinkMutationOptions } from '../query/inviteLinkMutationOptions';
import { useInviteContext, type InviteScope } from '../react/useInviteContext';
import { useInviteMutation } from './useInviteMutation';
import type { MutationOverrides } from './types';

/**
 * Options of {@link useInviteLink}.
 *
 * @example
 * ```ts
 * const options: UseInviteLinkOptions = { mutation: { onSuccess: (link) => copy(link) } };
 * ```
 */
export interface UseInviteLinkOptions extends InviteScope {
  mutation?: MutationOverrides<string, string>;
}

/**
 * What {@link useInviteLink} adds to TanStack's mutation result.
 *
 * @example
 * ```ts
 * const { isSupported }: InviteLinkExtras = useInviteLink();
 * ```
 */
export interface InviteLinkExtras {
  /** The client can give invite links (it has `getInviteLink`): offer "Copy link" only then. */
  isSupported: boolean;
}

/**
 * The link an invitee opens to answer, `mutateAsync(id)`, for "Copy invite link".
 *
 * @example
 * ```tsx
 * const link = useInviteLink();
 * {link.isSupported && (
 *   <button onClick={async () => navigator.clipboard.writeText(await link.mutateAsync(id))}>
 *     Copy link
 *   </button>
 * )}
 * ```
 */
export function useInviteLink(options: UseInviteLinkOptions = {}) {
  const { client } = useInviteContext(options);
  const mutation = useInviteMutation(inviteLinkMutationOptions, options);
  const extras: InviteLinkExtras = { isSupported: typeof client.getInviteLink === 'function' };
  return { ...mutation, ...extras };
}
