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
 * A signal that aborts when either `a` or `b` does, with that one's reason (`b` may be absent),
 * and `release` to call once the request it was made for has settled: it takes its listeners
 * off both signals, so a long-lived one (a component's lifetime, a watcher's) collects none.
 *
 * @example
 * ```ts
 * const linked = linkSignals(timeout.signal, options.signal);
 * try { return await run({ signal: linked.signal }); } finally { linked.release(); }
 * ```
 */
export function linkSignals(
  a: AbortSignal,
  b: AbortSignal | undefined,
): { signal: AbortSignal; release: () => void } {
  if (!b || b === a) return { signal: a, release: () => undefined };
  if (a.aborted || b.aborted) return { signal: a.aborted ? a : b, release: () => undefined };
  const controller = new AbortController();
  const listeners = new AbortController();
  const forward = (from: AbortSignal) => () => controller.abort(from.reason);
  a.addEventListener('abort', forward(a), { once: true, signal: listeners.signal });
  b.addEventListener('abort', forward(b), { once: true, signal: listeners.signal });
  return { signal: controller.signal, release: () => listeners.abort() };
}
