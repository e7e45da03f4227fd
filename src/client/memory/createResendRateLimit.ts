import { InviteClientError } from '../errors';
import type { InviteRecord } from './createInviteStore';

/**
 * How often one invite may be resent: `limit` resends in any `windowMs`, or `false` for no
 * limit.
 *
 * @example
 * ```ts
 * const rule: ResendRateLimitOption = { limit: 1, windowMs: 60_000 };
 * ```
 */
export type ResendRateLimitOption = { limit: number; windowMs: number } | false;

/**
 * The memory backend's resend rate limit, per invite.
 *
 * @example
 * ```ts
 * const rateLimit: ResendRateLimit = createResendRateLimit({ limit: 1, windowMs: 60_000 });
 * ```
 */
export interface ResendRateLimit {
  /**
   * The wait between two resends of one invite that never meets the limit: the window when
   * the limit is 1, the window shared evenly (rounded up) when it is more, 0 without a limit.
   */
  readonly cooldownMs: number;
  /** Counts a resend of `record` at `now`, or refuses it with `rate_limited` and `retryAfterMs`. */
  take(record: InviteRecord, now: number): void;
}

/**
 * Creates a {@link ResendRateLimit} from the `resendRateLimit` option.
 *
 * @example
 * ```ts
 * const rateLimit = createResendRateLimit({ limit: 3, windowMs: 60_000 });
 * rateLimit.cooldownMs; // 20_000
 * rateLimit.take(record, Date.now()); // throws rate_limited on the fourth resend in a minute
 * ```
 */
export function createResendRateLimit(option: ResendRateLimitOption): ResendRateLimit {
  if (!option) return { cooldownMs: 0, take: () => {} };
  const { limit, windowMs } = option;
  return {
    // A limit below 1 allows no resend at all: no spacing avoids it, so the window stands.
    cooldownMs: Math.ceil(windowMs / Math.max(limit, 1)),

    take(record, now) {
      record.resendTimes = record.resendTimes.filter((t) => t > now - windowMs);
      if (record.resendTimes.length >= limit) {
        const retryAfterMs = record.resendTimes[0]! + windowMs - now;
        throw new InviteClientError('rate_limited', 'This invite was resent a moment ago.', {
          inviteId: record.invite.id,
          email: record.invite.email,
          retryAfterMs,
        });
      }
      record.resendTimes.push(now);
    },
  };
}
