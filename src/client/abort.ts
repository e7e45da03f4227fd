/*
 * Aborting, one way for every client: a request whose signal is aborted rejects with the
 * signal's reason (an `AbortError` unless the caller gave another), before or while it runs.
 */

/**
 * What a request aborted by `signal` rejects with.
 *
 * @example
 * ```ts
 * signal.addEventListener('abort', () => reject(abortReason(signal)));
 * ```
 */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The request was aborted.', 'AbortError');
}

/**
 * Throws when `signal` is already aborted, so an aborted request is never sent.
 *
 * @example
 * ```ts
 * async function userInvite(id: string, options?: RequestOptions) {
 *   throwIfAborted(options?.signal);
 *   return api.get(`/invites/${id}`);
 * }
 * ```
 */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortReason(signal);
}
