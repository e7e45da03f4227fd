'use client';

import { copyInviteLinkMutationOptions } from '../query/copyInviteLinkMutationOptions';
import { useInviteContext, type InviteScope } from '../react/useInviteContext';
import type { InviteLinkExtras } from './useInviteLink';
import { useInviteMutation } from './useInviteMutation';
import type { MutationOverrides } from './types';

/**
 * Options of {@link useCopyInviteLink}.
 *
 * @example
 * ```ts
 * const options: UseCopyInviteLinkOptions = { mutation: { onSuccess: () => toast('Copied') } };
 * ```
 */
export interface UseCopyInviteLinkOptions extends InviteScope {
  /** Where the link goes. Default: the system clipboard (`navigator.clipboard.writeText`). */
  writeText?: (text: string) => Promise<void>;
  mutation?: MutationOverrides<string, string>;
}

const clipboard = (text: string) => {
  // Read at call time: a test or a host may install its own clipboard after render.
  if (typeof navigator === 'undefined' || !navigator.clipboard) {
    return Promise.reject(new Error('No clipboard here.'));
  }
  return navigator.clipboard.writeText(text);
};

/**
 * "Copy invite link" in one call: `mutate(id)` gets the link an invitee opens and writes it
 * to the clipboard, resolving to the link. `isSupported` when the client gives links. The
 * same behaviour as `useMutation(copyInviteLinkMutationOptions(client, tenantId, { writeText }))`.
 *
 * @example
 * ```tsx
 * const copy = useCopyInviteLink();
 * {copy.isSupported && <button onClick={() => copy.mutate(invite.id)}>Copy link</button>}
 * ```
 */
export function useCopyInviteLink(options: UseCopyInviteLinkOptions = {}) {
  const { client } = useInviteContext(options);
  const writeText = options.writeText ?? clipboard;
  const mutation = useInviteMutation(
    (scoped, tenantId) => copyInviteLinkMutationOptions(scoped, tenantId, { writeText }),
    options,
  );
  const extras: InviteLinkExtras = { isSupported: typeof client.getInviteLink === 'function' };
  return { ...mutation, ...extras };
}
