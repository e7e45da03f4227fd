import { isValidEmail, normalizeEmail } from '../email';
import { InviteClientError } from '../errors';
import { canCancelInvite, canResendInvite, isOpenInviteStatus } from '../status';
import type { SendUserInviteError, UserInviteInput } from '../types';
import type { InviteRecord, InviteStore } from './createInviteStore';

/*
 * What the memory backend allows, and what it refuses with which code: the checks a careful
 * server makes before it changes anything. The status rules themselves come from `../status`.
 */

/**
 * The error for an action the invite's status forbids.
 *
 * @example
 * ```ts
 * throw conflictError(record, 'canceled'); // "This invite can't be canceled: it is accepted."
 * ```
 */
export function conflictError(record: InviteRecord, action: string): InviteClientError {
  return new InviteClientError(
    'conflict',
    `This invite can't be ${action}: it is ${record.invite.status}.`,
    { inviteId: record.invite.id, email: record.invite.email, status: record.invite.status },
  );
}

/**
 * Refuses a batch larger than `maxBatchSize` as a whole, so none of it is sent.
 *
 * @example
 * ```ts
 * checkBatchSize(params.userInvites.length, 100);
 * ```
 */
export function checkBatchSize(size: number, maxBatchSize: number): void {
  if (size > maxBatchSize) {
    throw new InviteClientError(
      'unknown',
      `One request takes at most ${maxBatchSize} invites; this one had ${size}.`,
    );
  }
}

/**
 * Sorts a batch into who can be invited to `tenantId` (trimmed, each person once, in order)
 * and why each other address cannot: `invalid_email`, `already_member`, `already_invited`.
 *
 * @example
 * ```ts
 * const { admitted, errors } = screenInvitees(store, 'acme', params.userInvites);
 * ```
 */
export function screenInvitees(
  store: InviteStore,
  tenantId: string,
  inputs: UserInviteInput[],
): { admitted: UserInviteInput[]; errors: SendUserInviteError[] } {
  const admitted: UserInviteInput[] = [];
  const errors: SendUserInviteError[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    const email = input.email.trim();
    const normalized = normalizeEmail(email);
    if (!isValidEmail(email)) {
      errors.push({ email, code: 'invalid_email', message: 'This is not a valid email address.' });
      continue;
    }
    if (seen.has(normalized)) continue; // the same person twice in one batch: one invite
    seen.add(normalized);
    if (store.isMember(tenantId, email)) {
      errors.push({ email, code: 'already_member', message: 'This person is already a member.' });
    } else if (store.hasOpenInvite(tenantId, email)) {
      errors.push({
        email,
        code: 'already_invited',
        message: 'This person already has a pending invite.',
      });
    } else {
      admitted.push({ ...input, email });
    }
  }
  return { admitted, errors };
}

/**
 * Open invites whose time ran out become expired, dated when they lapsed.
 *
 * @example
 * ```ts
 * expireLapsed(store, Date.now()); // before every call acts
 * ```
 */
export function expireLapsed(store: InviteStore, now: number): void {
  for (const record of store.records()) {
    const { invite } = record;
    if (!isOpenInviteStatus(invite.status) || !invite.expiresAt) continue;
    const expiresAt = Date.parse(invite.expiresAt);
    if (expiresAt <= now) store.setStatus(record, 'expired', expiresAt);
  }
}

/**
 * Refuses to resend an invite whose status forbids it (`conflict`), or to revive an expired one
 * whose invitee has since joined (`already_member`) or holds a newer open invite
 * (`already_invited`).
 *
 * @example
 * ```ts
 * checkCanResend(store, store.get(id));
 * ```
 */
export function checkCanResend(store: InviteStore, record: InviteRecord): void {
  const { invite } = record;
  if (!canResendInvite(invite.status)) throw conflictError(record, 'resent');
  if (invite.status !== 'expired') return;
  const details = { inviteId: invite.id, email: invite.email };
  if (store.isMember(invite.tenantId, invite.email)) {
    throw new InviteClientError('already_member', 'This person is already a member.', details);
  }
  if (store.hasOpenInvite(invite.tenantId, invite.email, invite.id)) {
    throw new InviteClientError(
      'already_invited',
      'This person has a newer pending invite.',
      details,
    );
  }
}

/**
 * Refuses to cancel an invite whose status forbids it (`conflict`).
 *
 * @example
 * ```ts
 * checkCanCancel(store.get(id));
 * ```
 */
export function checkCanCancel(record: InviteRecord): void {
  if (!canCancelInvite(record.invite.status)) throw conflictError(record, 'canceled');
}

/**
 * Refuses to answer an invite that is no longer open: `expired` when its time ran out,
 * `conflict` when it was answered or canceled.
 *
 * @example
 * ```ts
 * checkCanRespond(store.getByToken(token), 'accepted');
 * ```
 */
export function checkCanRespond(record: InviteRecord, action: 'accepted' | 'declined'): void {
  const { invite } = record;
  if (invite.status === 'expired') {
    throw new InviteClientError('expired', 'This invite has expired.', {
      inviteId: invite.id,
      email: invite.email,
      status: invite.status,
    });
  }
  if (!isOpenInviteStatus(invite.status)) throw conflictError(record, action);
}

/**
 * The link of an open invite, with its current token; `conflict` for any other.
 *
 * @example
 * ```ts
 * inviteLinkOf(store.get(id), 'https://app.example.com/invite'); // '…/invite?token=tok_…'
 * ```
 */
export function inviteLinkOf(record: InviteRecord, base: string): string {
  if (!isOpenInviteStatus(record.invite.status) || !record.token) {
    throw conflictError(record, 'shared');
  }
  return `${base}?token=${encodeURIComponent(record.token)}`;
}
