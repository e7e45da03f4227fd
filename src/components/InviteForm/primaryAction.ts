import type { InviteEntry } from './inviteEntries';

/**
 * What the form's primary button does now: send what is ready (typed text included), else
 * retry the failures that can succeed, else nothing (`send` with a count of 0, disabled).
 *
 * @example
 * ```ts
 * primaryAction({ sendable: [], retryable: failed, hasText: false, isSending: false });
 * // { kind: 'retry', count: 400 }
 * ```
 */
export function primaryAction(state: {
  sendable: readonly InviteEntry[];
  retryable: readonly InviteEntry[];
  hasText: boolean;
  isSending: boolean;
}): { kind: 'sending' | 'send' | 'retry'; count: number } {
  if (state.isSending) return { kind: 'sending', count: 0 };
  if (state.sendable.length > 0 || state.hasText)
    return { kind: 'send', count: state.sendable.length };
  if (state.retryable.length > 0) return { kind: 'retry', count: state.retryable.length };
  return { kind: 'send', count: 0 };
}
