import type { FailureInjector, MemoryInviteClientMethod } from './createFailureInjector';
import { hangUntilAborted } from './createFailureInjector';
import type { Latency } from './createLatency';

/**
 * One logged call, for tests and benchmarks that count requests.
 *
 * @example
 * ```ts
 * expect(client.calls().filter((c) => c.method === 'userInvites')).toHaveLength(1);
 * ```
 */
export interface MemoryCall {
  method: MemoryInviteClientMethod;
  args: unknown[];
}

/**
 * How every call to the memory backend travels: logged, delayed, maybe failed, then run.
 *
 * @example
 * ```ts
 * const runner: CallRunner = createCallRunner({ latency, failures, beforeAct: expireLapsed });
 * ```
 */
export interface CallRunner {
  /**
   * Logs the call, waits the latency, plays an injected failure if one is due, then runs
   * `act` on fresh state. An aborted `signal` rejects with its reason and runs nothing.
   */
  run<T>(
    method: MemoryInviteClientMethod,
    args: unknown[],
    signal: AbortSignal | undefined,
    act: () => T,
  ): Promise<T>;
  /** Copies of every call made so far, oldest first. */
  calls(): MemoryCall[];
  /** Forgets the logged calls. */
  clear(): void;
}

/**
 * Creates a {@link CallRunner}. `beforeAct` runs before each call acts: the moment to bring
 * the state up to date with the clock.
 *
 * @example
 * ```ts
 * const runner = createCallRunner({ latency, failures, beforeAct: () => expireLapsed(store, nowMs()) });
 * const page = await runner.run('userInvites', [query], signal, () => list(query));
 * ```
 */
export function createCallRunner({
  latency,
  failures,
  beforeAct,
}: {
  latency: Latency;
  failures: FailureInjector;
  beforeAct: () => void;
}): CallRunner {
  const log: MemoryCall[] = [];
  return {
    async run(method, args, signal, act) {
      // A copy: a caller that changes its arguments afterwards does not rewrite the log.
      log.push({ method, args: structuredClone(args) });
      await latency.wait(signal);
      const failure = failures.take(method);
      if (failure === 'hang') return hangUntilAborted(signal);
      if (failure) throw failure;
      beforeAct();
      return act();
    },

    calls: () => log.map((entry) => ({ method: entry.method, args: structuredClone(entry.args) })),

    clear() {
      log.length = 0;
    },
  };
}
