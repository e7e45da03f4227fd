import { isInviteClientError, type InviteErrorCode } from '../client/errors';
import type { InviteStatus } from '../client/types';
import type { InviteI18n } from './format';
import type { MessageKey } from './messages';

/**
 * What to tell a person about a failure: the message for its code, with the wait of a rate
 * limit spelled out ("Try again in 42 seconds").
 *
 * @example
 * ```ts
 * describeInviteError(i18n, error); // "We couldn't reach the server. Check your connection…"
 * ```
 */
export function describeInviteError(i18n: InviteI18n, error: unknown): string {
  if (!isInviteClientError(error)) return i18n.t('error.unknown');
  return describeInviteErrorCode(i18n, error.code, error.retryAfterMs);
}

/**
 * The message for an error code, as batch errors carry it.
 *
 * @example
 * ```ts
 * describeInviteErrorCode(i18n, 'already_invited'); // 'This person already has a pending invite.'
 * ```
 */
export function describeInviteErrorCode(
  i18n: InviteI18n,
  code: InviteErrorCode,
  retryAfterMs?: number,
): string {
  if (code === 'rate_limited') {
    return retryAfterMs && retryAfterMs > 0
      ? i18n.t('error.rate_limited', { wait: i18n.formatDuration(retryAfterMs) })
      : i18n.t('error.rate_limited.now');
  }
  // A code this catalogue has no sentence for (a newer server, a host's adapter) reads as the
  // general failure, never as a message key.
  const key = `error.${code}`;
  return i18n.t(key in i18n.messages ? (key as MessageKey) : 'error.unknown');
}

/**
 * The label of a status; an unknown status shows as its raw text.
 *
 * @example
 * ```ts
 * statusLabel(i18n, 'pending'); // 'Pending'
 * statusLabel(i18n, 'archived'); // 'archived'
 * statusLabel(i18n, ''); // 'Unknown'
 * ```
 */
export function statusLabel(i18n: InviteI18n, status: InviteStatus): string {
  // A status the boundary could not read (not a string) arrives as '': it reads as "Unknown".
  if (status === '') return i18n.t('status.unknown');
  const key = `status.${status}`;
  return key in i18n.messages ? i18n.t(key as MessageKey) : status;
}
