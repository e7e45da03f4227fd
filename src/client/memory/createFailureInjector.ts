import { abortReason } from '../abort';
import { InviteClientError, type InviteErrorCode } from '../errors';
import type { Random } from './random';

/**
 * The methods of the memory client whose calls are logged and can be made to fail.
 *
 * @example
 * ```ts
 * client.failNext('sendUserInvites' satisfies MemoryInviteClientMethod, 'network');
 * ```
 */
export type MemoryInviteClientMethod =
  | 'sendUserInvites'
  | 'resendUserInvite'
  | 'cancelUserInvite'
  | 'updateUserInvite'
  | 'acceptUserInvite'
  | 'declineUserInvite'
  | 'userInvites'
  | 'userInvite'
  | 'listRoles'
  | 'getInviteLink'
  | 'userInviteByToken';

/**
 * A failure to inject: the next `times` calls of `method` (or of any method, `'*'`) reject
 * with `code`, or, with `hang`, never answer.
 *
 * @example
 * ```ts
 * createMemoryInviteClient({ failures: [{ method: 'userInvites', code: 'network', times: 2 }] });
 * ```
 *
 * @example
 * ```ts
 * // A request that never comes back: only its AbortSignal ends it.
 * createMemoryInviteClient({ failures: [{ method: 'sendUserInvites', code: 'network', hang: true }] });
 * ```
 */
export interface MemoryFailure {
  method: MemoryInviteClientMethod | '*';
  /** The code the call rejects with; ignored with `hang`. */
  code: InviteErrorCode;
  /** How many calls fail; 1 by default. */
  times?: number;
  /** With `rate_limited`; 30 s by default. */
  retryAfterMs?: number;
  message?: string;
  /**
   * The call never answers: it neither resolves nor rejects, until its `AbortSignal` aborts;
   * then it rejects with the signal's reason. A call without a signal stays pending for good.
   */
  hang?: boolean;
}

/**
 * What the next call of a method is made to do: reject with an error, or hang.
 *
 * @example
 * ```ts
 * const failure: InjectedFailure | null = injector.take('userInvites');
 * if (failure === 'hang') await hangUntilAborted(signal);
 * ```
 */
export type InjectedFailure = InviteClientError | 'hang';

/**
 * The failures the memory backend has yet to play: injected ones first, then a seeded share of
 * `network` failures.
 *
 * @example
 * ```ts
 * const injector: FailureInjector = createFailureInjector({ random, failureRate: 0 });
 * ```
 */
export interface FailureInjector {
  /** Queues a failure of `method`; `'hang'` for a call that never answers. */
  add(
    method: MemoryInviteClientMethod | '*',
    code: InviteErrorCode | 'hang',
    options?: Omit<MemoryFailure, 'method' | 'code'>,
  ): void;
  /** What this call of `method` does instead of answering, or `null` to answer. */
  take(method: MemoryInviteClientMethod): InjectedFailure | null;
  /** Changes the share of calls (0 to 1) that fail with `network`. */
  setRate(rate: number): void;
}

interface QueuedFailure {
  method: MemoryInviteClientMethod | '*';
  code: InviteErrorCode | 'hang';
  times: number;
  retryAfterMs?: number;
  message?: string;
}

/**
 * Creates a {@link FailureInjector} with nothing queued. The failure rate draws from
 * `random`, so a seeded backend fails the same calls every run.
 *
 * @example
 * ```ts
 * const injector = createFailureInjector({ random: createRandom(1), failureRate: 0 });
 * injector.add('userInvites', 'network', { times: 2 });
 * injector.take('userInvites'); // InviteClientError('network')
 * ```
 */
export function createFailureInjector({
  random,
  failureRate = 0,
}: {
  random: Random;
  failureRate?: number;
}): FailureInjector {
  const queue: QueuedFailure[] = [];
  let rate = failureRate;
  return {
    add(method, code, { hang, times = 1, ...details } = {}) {
      queue.push({ ...details, method, code: hang ? 'hang' : code, times });
    },

    take(method) {
      const index = queue.findIndex((f) => f.method === method || f.method === '*');
      if (index >= 0) {
        const failure = queue[index]!;
        failure.times -= 1;
        if (failure.times <= 0) queue.splice(index, 1);
        if (failure.code === 'hang') return 'hang';
        return new InviteClientError(
          failure.code,
          failure.message ?? `Injected failure: ${failure.code}.`,
          failure.code === 'rate_limited' ? { retryAfterMs: failure.retryAfterMs ?? 30_000 } : {},
        );
      }
      if (rate > 0 && random.next() < rate) {
        return new InviteClientError('network', 'The invite service could not be reached.');
      }
      return null;
    },

    setRate(next) {
      rate = next;
    },
  };
}

/**
 * A call that never answers: it settles only when `signal` aborts, rejecting with its reason.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * const call = hangUntilAborted(controller.signal);
 * controller.abort(); // call rejects with an AbortError
 * ```
 */
export function hangUntilAborted(signal: AbortSignal | undefined): Promise<never> {
  return new Promise<never>((_resolve, reject) => {
    if (!signal) return;
    if (signal.aborted) reject(abortReason(signal));
    else signal.addEventListener('abort', () => reject(abortReason(signal)), { once: true });
  });
}
