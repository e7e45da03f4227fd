import type { InviteStatus } from './types';

/**
 * Every reason a call can fail, one documented set for single calls and batch errors alike.
 *
 * | code | meaning |
 * | --- | --- |
 * | `invalid_email` | not an email address |
 * | `already_invited` | the address has a pending invite in this tenant |
 * | `already_member` | the address already belongs to the tenant |
 * | `invalid_token` | no invite answers to this token (mistyped, or replaced by a resend) |
 * | `expired` | the invite has expired |
 * | `not_found` | no invite with this id |
 * | `conflict` | the invite's status forbids this (cancel an accepted invite, accept a canceled one) |
 * | `rate_limited` | too many requests; `retryAfterMs` says when to try again |
 * | `forbidden` | the user may not do this |
 * | `network` | the backend could not be reached |
 * | `unknown` | anything else |
 *
 * @example
 * ```ts
 * if (INVITE_ERROR_CODES.includes(code)) track(code);
 * ```
 */
export const INVITE_ERROR_CODES = [
  'invalid_email',
  'already_invited',
  'already_member',
  'invalid_token',
  'expired',
  'not_found',
  'conflict',
  'rate_limited',
  'forbidden',
  'network',
  'unknown',
] as const;

/**
 * One of {@link INVITE_ERROR_CODES}.
 *
 * @example
 * ```ts
 * const code: InviteErrorCode = 'rate_limited';
 * ```
 */
export type InviteErrorCode = (typeof INVITE_ERROR_CODES)[number];

/**
 * Details an {@link InviteClientError} may carry.
 *
 * @example
 * ```ts
 * new InviteClientError('rate_limited', 'Slow down', { retryAfterMs: 30_000 });
 * ```
 */
export interface InviteClientErrorDetails {
  /** With `rate_limited`: how long to wait before trying again. */
  retryAfterMs?: number;
  /** The invite the call was about. */
  inviteId?: string;
  /** The address the call was about. */
  email?: string;
  /** With `conflict` and `expired`: the invite's current status. */
  status?: InviteStatus;
  cause?: unknown;
}

/**
 * The one error type every {@link InviteClient} method rejects with.
 *
 * @example
 * ```ts
 * try {
 *   await client.resendUserInvite(id);
 * } catch (error) {
 *   if (isInviteClientError(error) && error.code === 'rate_limited') {
 *     wait(error.retryAfterMs);
 *   }
 * }
 * ```
 */
export class InviteClientError extends Error {
  override readonly name = 'InviteClientError';
  readonly code: InviteErrorCode;
  readonly retryAfterMs?: number;
  readonly inviteId?: string;
  readonly email?: string;
  readonly status?: InviteStatus;

  constructor(code: InviteErrorCode, message: string, details: InviteClientErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
    if (details.inviteId !== undefined) this.inviteId = details.inviteId;
    if (details.email !== undefined) this.email = details.email;
    if (details.status !== undefined) this.status = details.status;
  }
}

/**
 * True for an {@link InviteClientError}, also one from another copy of this package.
 *
 * @example
 * ```ts
 * if (isInviteClientError(error)) console.log(error.code);
 * ```
 */
export function isInviteClientError(error: unknown): error is InviteClientError {
  return (
    error instanceof InviteClientError ||
    (error instanceof Error &&
      error.name === 'InviteClientError' &&
      typeof (error as { code?: unknown }).code === 'string')
  );
}

/**
 * True when `code` is one of {@link INVITE_ERROR_CODES}.
 *
 * @example
 * ```ts
 * isInviteErrorCode('expired'); // true
 * ```
 */
export function isInviteErrorCode(code: unknown): code is InviteErrorCode {
  return typeof code === 'string' && (INVITE_ERROR_CODES as readonly string[]).includes(code);
}

/**
 * True for the rejection an aborted request gives (`AbortError`).
 *
 * @example
 * ```ts
 * if (isAbortError(error)) return; // the user navigated away
 * ```
 */
export function isAbortError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'AbortError'
  );
}

/**
 * Turns anything a backend threw into an {@link InviteClientError}, so UI code handles one
 * type. A failed `fetch` (a `TypeError`) becomes `network`; abort errors are returned as they
 * are, because an abort is not a failure to show.
 *
 * @example
 * ```ts
 * const response = await fetch(url).catch((e) => { throw toInviteClientError(e); });
 * ```
 */
export function toInviteClientError(error: unknown): InviteClientError {
  if (isInviteClientError(error)) return error;
  if (error instanceof TypeError) {
    return new InviteClientError('network', 'The invite service could not be reached.', {
      cause: error,
    });
  }
  const message = error instanceof Error ? error.message : 'Something went wrong.';
  return new InviteClientError('unknown', message, { cause: error });
}
