import type { InviteData } from '../../types';

/*
 * The ROQ platform's wire shapes, as its user-invite calls take and return them.
 */

/**
 * An invite as the ROQ platform returns it.
 *
 * @example
 * ```ts
 * const invite: RoqUserInvite = { id: 'db7a…', email: 'wick.john@roq.tech', status: 'pending', … };
 * ```
 */
export interface RoqUserInvite {
  id: string;
  email: string;
  firstName?: string | null;
  lastName?: string | null;
  locale?: string | null;
  data?: InviteData | null;
  roleKeys?: string[] | null;
  status: string;
  statusUpdatedAt?: string | null;
  tenantId: string;
  createdByUserId?: string | null;
  acceptedByUserId?: string | null;
  userTokenId?: string | null;
  createdAt: string;
  updatedAt: string;
  expiresAt?: string | null;
}

/**
 * One invitee as ROQ's `sendUserInvites` takes it (roles as `roles`).
 *
 * @example
 * ```ts
 * const input: RoqUserInviteInput = { email: 'a@b.co', locale: 'en-US', roles: ['content-creator'] };
 * ```
 */
export interface RoqUserInviteInput {
  email: string;
  firstName?: string;
  lastName?: string;
  locale?: string;
  data?: InviteData;
  createdByUserId?: string;
  roles?: string[];
}

/**
 * A per-address failure of a ROQ batch send, in whatever shape the platform gives it.
 *
 * @example
 * ```ts
 * const error: RoqSendError = { email: 'a@b.co', code: 'already_invited', message: 'Already invited' };
 * ```
 */
export interface RoqSendError {
  email?: string;
  code?: string;
  message?: string;
  error?: string;
  userInvite?: { email?: string };
}

/**
 * A ROQ list filter.
 *
 * @example
 * ```ts
 * const filter: RoqUserInvitesFilter = { email: { equalTo: 'wick.john@roq.tech' } };
 * const changed: RoqUserInvitesFilter = { updatedAt: { moreThan: '2026-03-01T09:00:00.000Z' } };
 * ```
 */
export interface RoqUserInvitesFilter {
  tenantId?: { equalTo: string };
  email?: { equalTo: string };
  status?: { equalTo: string } | { valueIn: string[] };
  id?: { valueIn: string[] };
  /** Bounds on the last change, ISO 8601; `moreThan` is strictly later. */
  updatedAt?: {
    moreThan?: string;
    moreThanEqual?: string;
    lessThan?: string;
    lessThanEqual?: string;
  };
}

/**
 * What ROQ's `userInvites` takes.
 *
 * @example
 * ```ts
 * const args: RoqUserInvitesArgs = { limit: 10, filter: { email: { equalTo: 'a@b.co' } } };
 * ```
 */
export interface RoqUserInvitesArgs {
  limit?: number;
  offset?: number;
  search?: { value: string; fields?: string[] };
  filter?: RoqUserInvitesFilter;
  order?: { order: 'ASC' | 'DESC'; sort: string };
}
