/*
 * The rules of an invite's life, in one place: the memory backend, the adapters, the status
 * watcher and the components all ask these, so they can never disagree.
 */

/**
 * Every status this library knows. `pending` is the only open one: it can still become
 * `accepted`, `declined`, `canceled` or `expired`. A resend revives an `expired` invite to
 * `pending`; `accepted`, `declined` and `canceled` never change again.
 *
 * @example
 * ```ts
 * INVITE_STATUSES.includes(invite.status as KnownInviteStatus);
 * ```
 */
export const INVITE_STATUSES = ['pending', 'accepted', 'declined', 'canceled', 'expired'] as const;

/**
 * A status this library knows.
 *
 * @example
 * ```ts
 * const status: KnownInviteStatus = 'pending';
 * ```
 */
export type KnownInviteStatus = (typeof INVITE_STATUSES)[number];

/**
 * A status as a server reports it: one of {@link KnownInviteStatus}, or any other string, so a
 * server that adds a status never crashes the UI (it shows as a neutral, raw label).
 *
 * @example
 * ```ts
 * const status: InviteStatus = 'archived'; // unknown, but allowed
 * ```
 */
// `string & {}` keeps editor completion for the known statuses while accepting any string.
export type InviteStatus = KnownInviteStatus | (string & {});

/**
 * Statuses that can never change again.
 *
 * @example
 * ```ts
 * FINAL_INVITE_STATUSES.includes('accepted'); // true
 * ```
 */
export const FINAL_INVITE_STATUSES: readonly KnownInviteStatus[] = [
  'accepted',
  'declined',
  'canceled',
];

const includes = (list: readonly string[], status: unknown): boolean =>
  typeof status === 'string' && list.includes(status);

/**
 * True when `status` is one this library knows.
 *
 * @example
 * ```ts
 * isKnownInviteStatus('pending'); // true
 * isKnownInviteStatus('archived'); // false
 * ```
 */
export function isKnownInviteStatus(status: InviteStatus): status is KnownInviteStatus {
  return includes(INVITE_STATUSES, status);
}

/**
 * True when an invite with this status can never change again (accepted, declined, canceled).
 *
 * @example
 * ```ts
 * isFinalInviteStatus('canceled'); // true
 * isFinalInviteStatus('expired'); // false: a resend revives it
 * ```
 */
export function isFinalInviteStatus(status: InviteStatus): boolean {
  return includes(FINAL_INVITE_STATUSES, status);
}

/**
 * True while an invite waits for its invitee: it can still be accepted, declined, canceled,
 * shared by link, and its status can change by itself (so it is worth watching).
 *
 * @example
 * ```ts
 * if (isOpenInviteStatus(invite.status)) watch(invite.id);
 * ```
 */
export function isOpenInviteStatus(status: InviteStatus): boolean {
  return status === 'pending';
}

/**
 * True when an invite with this status can be resent: a pending one (a new email and token) or
 * an expired one (revived to pending).
 *
 * @example
 * ```ts
 * <button disabled={!canResendInvite(invite.status)}>Resend</button>
 * ```
 */
export function canResendInvite(status: InviteStatus): boolean {
  return status === 'pending' || status === 'expired';
}

/**
 * True when an invite with this status can be canceled: only a pending one.
 *
 * @example
 * ```ts
 * {canCancelInvite(invite.status) && <button>Cancel</button>}
 * ```
 */
export function canCancelInvite(status: InviteStatus): boolean {
  return isOpenInviteStatus(status);
}
