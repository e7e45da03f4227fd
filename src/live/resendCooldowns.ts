import type { QueryClient } from '@tanstack/react-query';
import { getOrCreate } from '../shared/getOrCreate';
import { createStore } from './createStore';

/**
 * Per-invite waits before another resend: a short one after each resend (against double
 * sends), or the backend's `retryAfterMs` after a rate limit. Shared by every component of a
 * QueryClient and tenant, so a row's button and a bulk action agree. While any wait runs it
 * ticks once a second, so a UI can count down ("Resend available in 42 s").
 *
 * @example
 * ```ts
 * const cooldowns = getResendCooldowns(queryClient, 'acme');
 * if (cooldowns.remaining(id) === 0 && !cooldowns.isResending(id)) resend(id);
 * ```
 */
export interface ResendCooldowns {
  /** Milliseconds before `id` may be resent. */
  remaining(id: string): number;
  /** A resend of `id` is under way. */
  isResending(id: string): boolean;
  /** Starts a resend of `id`. */
  begin(id: string): void;
  /** Ends a resend of `id`, and starts a wait of `waitMs`. */
  end(id: string, waitMs: number): void;
  /** Store subscription for `useSyncExternalStore`. */
  subscribe(listener: () => void): () => void;
  /** Changes whenever anything above changes (and every second while a wait runs). */
  getVersion(): number;
}

// A closure rather than a class: its private state minifies to short local names.
function createResendCooldowns(): ResendCooldowns {
  const until = new Map<string, number>();
  const inFlight = new Set<string>();
  const version = createStore(0);
  let ticker: ReturnType<typeof setInterval> | undefined;

  const remaining = (id: string) => Math.max(0, (until.get(id) ?? 0) - Date.now());
  const emit = () => version.set(version.get() + 1);
  const tick = () => {
    for (const [id] of until) if (!remaining(id)) until.delete(id);
    if (until.size === 0) {
      clearInterval(ticker);
      ticker = undefined;
    } else {
      ticker ??= setInterval(() => {
        emit();
        tick();
      }, 1000);
    }
  };

  return {
    remaining,
    isResending: (id) => inFlight.has(id),
    begin(id) {
      inFlight.add(id);
      emit();
    },
    end(id, waitMs) {
      inFlight.delete(id);
      if (waitMs > 0) until.set(id, Date.now() + waitMs);
      emit();
      tick();
    },
    subscribe: version.subscribe,
    getVersion: version.get,
  };
}

const registry = new WeakMap<QueryClient, Map<string, ResendCooldowns>>();

/**
 * The shared {@link ResendCooldowns} of a QueryClient and tenant.
 *
 * @example
 * ```ts
 * getResendCooldowns(queryClient, 'acme').remaining(inviteId); // 42000
 * ```
 */
export function getResendCooldowns(queryClient: QueryClient, tenantId: string): ResendCooldowns {
  const byTenant = getOrCreate(registry, queryClient, () => new Map());
  return getOrCreate(byTenant, tenantId, createResendCooldowns);
}
