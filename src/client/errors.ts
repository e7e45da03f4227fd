import type { InviteStatus } from './status';

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
 * True for an {@link InviteClientError}, also one from another copy of this package (or another
 * realm): the decision is by shape, never by `instanceof`: any object whose `name` is
 * `'InviteClientError'` and whose `code` is a string. Such an object may come from elsewhere, so
 * its `code` may be one this copy does not know; {@link toInviteClientError} gives a trusted one.
 *
 * @example
 * ```ts
 * if (isInviteClientError(error)) console.log(error.code);
 * ```
 */
export function isInviteClientError(error: unknown): error is InviteClientError {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'InviteClientError' && typeof code === 'string';
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

const FALLBACK_MESSAGE = 'Something went wrong.';

/**
 * Turns anything a backend threw into an {@link InviteClientError}, so UI code handles one
 * type. A failed `fetch` (a `TypeError`) becomes `network`; abort errors are returned as they
 * are, because an abort is not a failure to show.
 *
 * An error of this copy of the package with a documented code is returned as it is. One from
 * another copy is rebuilt here, keeping its `message`, and `retryAfterMs`, `inviteId`, `email`
 * and `status` when they have the right types; the original becomes the `cause`. A code outside
 * {@link INVITE_ERROR_CODES} becomes `unknown`, so `code` can always be looked up.
 *
 * @example
 * ```ts
 * const response = await fetch(url).catch((e) => { throw toInviteClientError(e); });
 * toInviteClientError({ name: 'InviteClientError', code: 'teapot', message: 'No' }).code; // 'unknown'
 * ```
 */
export function toInviteClientError(error: unknown): InviteClientError {
  if (isInviteClientError(error)) {
    if (error instanceof InviteClientError && isInviteErrorCode(error.code)) return error;
    return rebuild(error);
  }
  if (error instanceof TypeError) {
    return new InviteClientError('network', 'The invite service could not be reached.', {
      cause: error,
    });
  }
  const message = error instanceof Error ? error.message : FALLBACK_MESSAGE;
  return new InviteClientError('unknown', message, { cause: error });
}

// A foreign copy is only shaped like ours: every field is checked before it is trusted.
function rebuild(error: object): InviteClientError {
  const source = error as Record<string, unknown>;
  const { code, message, retryAfterMs, inviteId, email, status } = source;
  const details: InviteClientErrorDetails = { cause: error };
  if (typeof retryAfterMs === 'number' && Number.isFinite(retryAfterMs) && retryAfterMs >= 0) {
    details.retryAfterMs = retryAfterMs;
  }
  if (typeof inviteId === 'string') details.inviteId = inviteId;
  if (typeof email === 'string') details.email = email;
  if (typeof status === 'string') details.status = status;
  return new InviteClientError(
    isInviteErrorCode(code) ? code : 'unknown',
    typeof message === 'string' && message !== '' ? message : FALLBACK_MESSAGE,
    details,
  );
}
