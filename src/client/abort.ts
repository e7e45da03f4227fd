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

/**
 * A signal that aborts when either `a` or `b` does, with that one's reason (`b` may be absent).
 *
 * @example
 * ```ts
 * run({ signal: anySignal(timeout.signal, options.signal) });
 * ```
 */
export function anySignal(a: AbortSignal, b: AbortSignal | undefined): AbortSignal {
  if (!b || b === a) return a;
  if (a.aborted || b.aborted) return a.aborted ? a : b;
  const controller = new AbortController();
  // Both listeners are dropped as soon as either signal aborts.
  const forward = (from: AbortSignal) => () => controller.abort(from.reason);
  a.addEventListener('abort', forward(a), { once: true, signal: controller.signal });
  b.addEventListener('abort', forward(b), { once: true, signal: controller.signal });
  return controller.signal;
}
