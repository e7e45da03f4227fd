import type { QueryClient } from '@tanstack/react-query';

/**
 * Per-invite waits before another resend: a short one after each resend (against double
 * sends), or the backend's `retryAfterMs` after a rate limit. Shared by every component of a
 * QueryClient and tenant, so a row's button and a bulk action agree. While any wait runs it
 * ticks once a second, so a UI can count down ("Resend available in 42 s").
 */
export class ResendCooldowns {
  private readonly until = new Map<string, number>();
  private readonly inFlight = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private ticker: ReturnType<typeof setInterval> | null = null;
  private version = 0;

  /** Milliseconds before `id` may be resent. */
  remaining(id: string): number {
    return Math.max(0, (this.until.get(id) ?? 0) - Date.now());
  }

  /** A resend of `id` is under way. */
  isResending(id: string): boolean {
    return this.inFlight.has(id);
  }

  begin(id: string) {
    this.inFlight.add(id);
    this.emit();
  }

  /** Ends a resend of `id`, and starts a wait of `waitMs`. */
  end(id: string, waitMs: number) {
    this.inFlight.delete(id);
    if (waitMs > 0) this.until.set(id, Date.now() + waitMs);
    this.emit();
    this.tick();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  getVersion = (): number => this.version;

  private emit() {
    this.version += 1;
    for (const listener of [...this.listeners]) listener();
  }

  private tick() {
    for (const [id, until] of this.until) if (until <= Date.now()) this.until.delete(id);
    if (this.until.size === 0) {
      if (this.ticker) clearInterval(this.ticker);
      this.ticker = null;
      return;
    }
    this.ticker ??= setInterval(() => {
      this.emit();
      this.tick();
    }, 1000);
  }
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
  let byTenant = registry.get(queryClient);
  if (!byTenant) {
    byTenant = new Map();
    registry.set(queryClient, byTenant);
  }
  let cooldowns = byTenant.get(tenantId);
  if (!cooldowns) {
    cooldowns = new ResendCooldowns();
    byTenant.set(tenantId, cooldowns);
  }
  return cooldowns;
}
