import { abortReason, linkSignals } from './abort';
import { InviteClientError } from './errors';
import { getOrCreate } from '../shared/getOrCreate';
import type { InviteClient } from './types';
import { wrapRequests } from './wrapRequests';

/**
 * The request timeout of `InviteClientProvider` when none is given: 30 seconds.
 *
 * @example
 * ```tsx
 * <InviteClientProvider client={client} tenantId="acme" requestTimeoutMs={DEFAULT_REQUEST_TIMEOUT_MS * 2} />
 * ```
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/**
 * True for the failure {@link withRequestTimeout} gives a call that did not answer in time (a
 * `network` error whose `cause` is a `TimeoutError`): it already waited long, so it is not
 * retried by itself.
 *
 * @example
 * ```ts
 * if (isRequestTimeout(error)) console.warn('The invite service is slow');
 * ```
 */
export function isRequestTimeout(error: unknown): boolean {
  const cause = (error as { cause?: { name?: unknown } } | null)?.cause;
  return typeof cause === 'object' && cause !== null && cause.name === 'TimeoutError';
}

/**
 * `client` whose every request ends: after `timeoutMs` without an answer, the call's
 * `AbortSignal` aborts and the call fails with a `network` error (the UI's "couldn't reach the
 * server", with its retry), even when the client ignores the signal. A caller's own signal
 * still ends the call at once. `0` (or any value that is not a positive number) turns it off.
 * The provider applies it to its client (`requestTimeoutMs`).
 *
 * @example
 * ```ts
 * const patient = withRequestTimeout(restClient, 60_000);
 * await patient.userInvites({ tenantId: 'acme' }); // rejects with `network` after a minute of silence
 * ```
 */
export function withRequestTimeout<C extends InviteClient>(client: C, timeoutMs: number): C {
  if (!(timeoutMs > 0) || !Number.isFinite(timeoutMs)) return client;
  // One wrapper per client and timeout: every provider of the same client then hands down the
  // same object, and so shares its status watcher and its requests.
  const byTimeout = getOrCreate(wrappers, client, () => new Map<number, InviteClient>());
  return getOrCreate(byTimeout, timeoutMs, () => timed(client, timeoutMs)) as C;
}

const wrappers = new WeakMap<InviteClient, Map<number, InviteClient>>();

function timed<C extends InviteClient>(client: C, timeoutMs: number): C {
  return wrapRequests(client, (run, options) => {
    const timeout = new AbortController();
    const caller = options.signal;
    const linked = linkSignals(timeout.signal, caller);
    return new Promise((resolve, reject) => {
      if (caller?.aborted) {
        reject(abortReason(caller));
        return;
      }
      const onCallerAbort = () => {
        finish();
        reject(abortReason(caller!));
      };
      const timer = setTimeout(() => {
        const error = new InviteClientError(
          'network',
          `The invite service did not answer within ${Math.round(timeoutMs / 1000)} seconds.`,
          { cause: new DOMException('The request timed out.', 'TimeoutError') },
        );
        // Abort first: the call's signal must hear it before the links are released.
        timeout.abort(error);
        finish();
        reject(error);
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        caller?.removeEventListener('abort', onCallerAbort);
        linked.release();
      };
      caller?.addEventListener('abort', onCallerAbort, { once: true });
      run({ ...options, signal: linked.signal }).then(
        (value) => {
          finish();
          resolve(value);
        },
        (error: unknown) => {
          finish();
          reject(error);
        },
      );
    });
  });
}
