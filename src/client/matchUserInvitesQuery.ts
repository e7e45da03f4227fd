import { normalizeEmail } from './email';
import type { UserInvite, UserInviteOrder, UserInvitesQuery } from './types';

/**
 * True when `invite` belongs in the listing `query` asks for (tenant, filters, search): the
 * rule the memory backend lists by, and the one cached lists are updated by.
 *
 * @example
 * ```ts
 * matchesUserInvitesQuery(invite, { tenantId: 'acme', filter: { status: 'pending' } });
 * ```
 */
export function matchesUserInvitesQuery(
  invite: UserInvite,
  query: Pick<UserInvitesQuery, 'tenantId' | 'search' | 'filter'>,
): boolean {
  const { filter = {} } = query;
  if (invite.tenantId !== query.tenantId) return false;
  if (filter.status !== undefined) {
    const statuses = Array.isArray(filter.status) ? filter.status : [filter.status];
    if (!statuses.includes(invite.status)) return false;
  }
  if (filter.id && !filter.id.includes(invite.id)) return false;
  if (filter.email !== undefined && normalizeEmail(invite.email) !== normalizeEmail(filter.email)) {
    return false;
  }
  const search = query.search?.trim().toLowerCase();
  if (search) {
    const first = invite.firstName ?? '';
    const last = invite.lastName ?? '';
    const haystack = `${invite.email}\n${first}\n${last}\n${first} ${last}`.toLowerCase();
    if (!haystack.includes(search)) return false;
  }
  return true;
}

/**
 * The default order of a listing: newest first.
 *
 * @example
 * ```ts
 * const order = query.order ?? DEFAULT_USER_INVITES_ORDER;
 * ```
 */
export const DEFAULT_USER_INVITES_ORDER: UserInviteOrder = {
  field: 'createdAt',
  direction: 'desc',
};

/**
 * A comparator for `order`, with a stable tie-break on id so pages never overlap.
 *
 * @example
 * ```ts
 * invites.sort(compareUserInvites({ field: 'email', direction: 'asc' }));
 * ```
 */
export function compareUserInvites(order: UserInviteOrder = DEFAULT_USER_INVITES_ORDER) {
  const sign = order.direction === 'asc' ? 1 : -1;
  return (a: UserInvite, b: UserInvite) => {
    const left = a[order.field] ?? '';
    const right = b[order.field] ?? '';
    const primary = left < right ? -1 : left > right ? 1 : 0;
    return primary !== 0 ? primary * sign : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}
