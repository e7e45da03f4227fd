import { abortReason, throwIfAborted } from '../abort';
import type { Random } from './random';

/**
 * The delay of every call to the memory backend, as a network would add it.
 *
 * @example
 * ```ts
 * const latency: Latency = createLatency({ random, latencyMs: [150, 400] });
 * ```
 */
export interface Latency {
  /**
   * Waits one delay. Rejects with the signal's reason when `signal` is aborted before or
   * during the wait.
   */
  wait(signal: AbortSignal | undefined): Promise<void>;
  /** Changes the delay: a fixed number of milliseconds or a `[min, max]` range. */
  set(latencyMs: number | [number, number]): void;
}

/**
 * Creates a {@link Latency}. A range draws each delay from `random`, so a seeded backend waits
 * the same delays every run.
 *
 * @example
 * ```ts
 * const latency = createLatency({ random: createRandom(1), latencyMs: 300 });
 * await latency.wait(controller.signal);
 * ```
 */
export function createLatency({
  random,
  latencyMs = 0,
}: {
  random: Random;
  latencyMs?: number | [number, number];
}): Latency {
  let current = latencyMs;
  return {
    async wait(signal) {
      throwIfAborted(signal);
      const ms = Array.isArray(current) ? random.int(current[0], current[1]) : current;
      if (ms <= 0) {
        // Still asynchronous: a caller never sees an answer in the same tick it asked.
        await Promise.resolve();
      } else {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          }, ms);
          const onAbort = () => {
            clearTimeout(timer);
            reject(abortReason(signal!));
          };
          signal?.addEventListener('abort', onAbort, { once: true });
        });
      }
      throwIfAborted(signal);
    },

    set(next) {
      current = next;
    },
  };
}
