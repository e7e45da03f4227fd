import { linkSignals } from './abort';
import type { InviteClient } from './types';
import { wrapRequests } from './wrapRequests';

/**
 * `client` whose every request also ends when the signal `getSignal()` gives at call time
 * aborts (besides the caller's own signal): a component's lifetime, say, so that unmounting
 * abandons what it started.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * const scoped = withAbortSignal(client, () => controller.signal);
 * controller.abort(); // every call of `scoped` still running rejects with an AbortError
 * ```
 */
export function withAbortSignal<C extends InviteClient>(
  client: C,
  getSignal: () => AbortSignal | undefined,
): C {
  return wrapRequests(client, (run, options) => {
    const extra = getSignal();
    if (!extra) return run(options);
    const linked = linkSignals(extra, options.signal);
    const settled = run({ ...options, signal: linked.signal });
    settled.then(linked.release, linked.release);
    return settled;
  });
}
