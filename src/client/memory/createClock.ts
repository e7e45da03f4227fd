/**
 * The memory backend's clock: reads `now` (a number or a `Date`) as milliseconds, so tests can
 * move time by hand.
 *
 * @example
 * ```ts
 * let now = Date.parse('2026-03-01T09:00:00Z');
 * const nowMs = createClock(() => now);
 * now += 60_000;
 * nowMs(); // a minute later
 * ```
 */
export function createClock(now: () => number | Date = Date.now): () => number {
  return () => {
    const value = now();
    return typeof value === 'number' ? value : value.getTime();
  };
}

/**
 * A time in milliseconds as the API dates it: an ISO 8601 string.
 *
 * @example
 * ```ts
 * toIso(0); // '1970-01-01T00:00:00.000Z'
 * ```
 */
export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}
