import { DEFAULT_PAGE_LIMIT } from '../../defaults';
import {
  InviteClientError,
  isInviteClientError,
  isInviteErrorCode,
  toInviteClientError,
  type InviteErrorCode,
} from '../../errors';
import type {
  SendUserInviteError,
  UserInvite,
  UserInviteFilter,
  UserInviteInput,
  UserInvitesQuery,
} from '../../types';
import type {
  RoqSendError,
  RoqUserInvite,
  RoqUserInviteInput,
  RoqUserInvitesArgs,
  RoqUserInvitesFilter,
} from './roqShapes';

/*
 * Between the contract and the ROQ platform: invites, queries and errors, both ways.
 */

/**
 * The answer of a ROQ call, whether it came wrapped in its operation's name or bare.
 *
 * @example
 * ```ts
 * unwrap('resendUserInvite', { resendUserInvite: invite }); // invite
 * unwrap('resendUserInvite', invite); // invite
 * ```
 */
export function unwrap<T>(key: string, value: unknown): T {
  if (value && typeof value === 'object' && key in value) return (value as Record<string, T>)[key]!;
  return value as T;
}

/**
 * A ROQ invite as the contract's {@link UserInvite}: missing fields become `null`, a missing
 * status date is the last update.
 *
 * @example
 * ```ts
 * const invite = toUserInvite(unwrap('userInvite', await platform.userInvite({ id })));
 * ```
 */
export function toUserInvite(invite: RoqUserInvite): UserInvite {
  return {
    id: invite.id,
    email: invite.email,
    firstName: invite.firstName || null,
    lastName: invite.lastName || null,
    locale: invite.locale ?? null,
    data: invite.data ?? null,
    roleKeys: invite.roleKeys ?? null,
    status: invite.status,
    statusUpdatedAt: invite.statusUpdatedAt ?? invite.updatedAt,
    tenantId: invite.tenantId,
    createdByUserId: invite.createdByUserId ?? null,
    acceptedByUserId: invite.acceptedByUserId ?? null,
    userTokenId: invite.userTokenId ?? null,
    createdAt: invite.createdAt,
    updatedAt: invite.updatedAt,
    ...(invite.expiresAt !== undefined ? { expiresAt: invite.expiresAt } : {}),
  };
}

/**
 * One invitee as ROQ's `sendUserInvites` takes it: roles as `roles`, empty fields left out.
 *
 * @example
 * ```ts
 * toRoqInviteInput({ email: 'a@b.co', roleKeys: ['admin'] }); // { email: 'a@b.co', roles: ['admin'] }
 * ```
 */
export function toRoqInviteInput({
  roleKeys,
  firstName,
  lastName,
  locale,
  data,
  createdByUserId,
  email,
}: UserInviteInput): RoqUserInviteInput {
  return {
    email,
    ...(firstName ? { firstName } : {}),
    ...(lastName ? { lastName } : {}),
    ...(locale ? { locale } : {}),
    ...(data ? { data } : {}),
    ...(createdByUserId ? { createdByUserId } : {}),
    ...(roleKeys && roleKeys.length > 0 ? { roles: roleKeys } : {}),
  };
}

const MESSAGE_CODES: [RegExp, InviteErrorCode][] = [
  [/invalid.*e-?mail|e-?mail.*invalid/i, 'invalid_email'],
  [/already.*(member|part of)/i, 'already_member'],
  [/already.*invit|pending invit/i, 'already_invited'],
  [/expired/i, 'expired'],
  [/token/i, 'invalid_token'],
  [/not.?found/i, 'not_found'],
  [/too many|rate.?limit/i, 'rate_limited'],
  [/forbidden|not allowed|permission|unauthori/i, 'forbidden'],
];

/**
 * Maps what ROQ says (a code, a message, an HTTP status) onto the contract's codes.
 *
 * @example
 * ```ts
 * codeOf('ALREADY_INVITED', undefined); // 'already_invited'
 * codeOf(undefined, 'Too many requests', 429); // 'rate_limited'
 * ```
 */
export function codeOf(
  code: string | undefined,
  message: string | undefined,
  status?: number,
): InviteErrorCode {
  const normalized = code?.toLowerCase().replace(/[^a-z]+/g, '_');
  if (isInviteErrorCode(normalized)) return normalized;
  if (status === 429) return 'rate_limited';
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  for (const [pattern, mapped] of MESSAGE_CODES)
    if (pattern.test(`${code ?? ''} ${message ?? ''}`)) return mapped;
  return 'unknown';
}

/**
 * A per-address failure of a ROQ batch send, in whatever shape it came, as the contract's.
 *
 * @example
 * ```ts
 * toSendError({ userInvite: { email: 'a@b.co' }, error: 'Already invited' });
 * // { email: 'a@b.co', code: 'already_invited', message: 'Already invited' }
 * ```
 */
export function toSendError(error: RoqSendError): SendUserInviteError {
  const message = error.message ?? error.error ?? 'This invite could not be sent.';
  return {
    email: error.email ?? error.userInvite?.email ?? '',
    code: codeOf(error.code, message),
    message,
  };
}

interface RoqErrorShape {
  code?: string;
  message?: string;
  status?: number;
  statusCode?: number;
  retryAfterMs?: number;
  /** GraphQL errors carry their details here; `retryAfter` in seconds, as in the HTTP header. */
  extensions?: { code?: string; retryAfter?: number; retryAfterMs?: number };
}

/**
 * Anything a ROQ call threw, as an {@link InviteClientError} with the contract's code (and, when
 * rate-limited, how long to wait).
 *
 * @example
 * ```ts
 * toRoqClientError({ message: 'Slow down', extensions: { code: 'RATE_LIMITED', retryAfter: 30 } });
 * // InviteClientError('rate_limited', …, { retryAfterMs: 30_000 })
 * ```
 */
export function toRoqClientError(error: unknown): InviteClientError {
  // Recognised by name and code: one thrown by another copy of this package counts too.
  if (isInviteClientError(error) || error instanceof TypeError) return toInviteClientError(error);
  const shape = (error ?? {}) as RoqErrorShape;
  const code = codeOf(
    shape.code ?? shape.extensions?.code,
    shape.message,
    shape.status ?? shape.statusCode,
  );
  const retryAfterMs =
    shape.retryAfterMs ??
    shape.extensions?.retryAfterMs ??
    (shape.extensions?.retryAfter !== undefined ? shape.extensions.retryAfter * 1000 : undefined);
  return new InviteClientError(code, shape.message ?? 'The ROQ platform refused the request.', {
    cause: error,
    ...(code === 'rate_limited' && retryAfterMs !== undefined ? { retryAfterMs } : {}),
  });
}

function toFilter(tenantId: string, filter: UserInviteFilter = {}): RoqUserInvitesFilter {
  const roq: RoqUserInvitesFilter = { tenantId: { equalTo: tenantId } };
  if (filter.email !== undefined) roq.email = { equalTo: filter.email };
  if (filter.status !== undefined) {
    roq.status = Array.isArray(filter.status)
      ? { valueIn: filter.status }
      : { equalTo: filter.status };
  }
  if (filter.id) roq.id = { valueIn: filter.id };
  if (filter.updatedAfter !== undefined) roq.updatedAt = { moreThan: filter.updatedAfter };
  return roq;
}

/**
 * A listing query as ROQ's `userInvites` takes it: the tenant as a filter, the contract's
 * default page size and order, search over email and names, `updatedAfter` as the lower bound
 * `updatedAt: { moreThan }`.
 *
 * @example
 * ```ts
 * toRoqArgs({ tenantId: 't1', search: 'ada' });
 * // { limit: 25, offset: 0, filter: { tenantId: { equalTo: 't1' } }, order: { order: 'DESC', sort: 'createdAt' }, search: … }
 * ```
 */
export function toRoqArgs(query: UserInvitesQuery): RoqUserInvitesArgs {
  const order = query.order ?? { field: 'createdAt', direction: 'desc' };
  return {
    limit: query.limit ?? DEFAULT_PAGE_LIMIT,
    offset: query.offset ?? 0,
    filter: toFilter(query.tenantId, query.filter),
    order: { order: order.direction === 'asc' ? 'ASC' : 'DESC', sort: order.field },
    ...(query.search?.trim()
      ? { search: { value: query.search.trim(), fields: ['email', 'firstName', 'lastName'] } }
      : {}),
  };
}
