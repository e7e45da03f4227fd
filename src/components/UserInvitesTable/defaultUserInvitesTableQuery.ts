import type { KnownInviteStatus, UserInviteOrder } from '../../client/types';
import type { UserInvitesListParams } from '../../query/inviteKeys';

/** The order a table starts in: newest first. */
export const DEFAULT_USER_INVITES_TABLE_ORDER: UserInviteOrder = {
  field: 'createdAt',
  direction: 'desc',
};

/** The page size a table starts with. */
export const DEFAULT_USER_INVITES_TABLE_PAGE_SIZE = 25;

/**
 * The query a `UserInvitesTable` with default props asks for on mount: prefetch it on a
 * server and the table renders its rows at once, with no request of its own.
 *
 * @example
 * ```ts
 * await queryClient.prefetchQuery(
 *   userInvitesQueryOptions(client, tenantId, defaultUserInvitesTableQuery),
 * );
 * ```
 */
export const defaultUserInvitesTableQuery: UserInvitesListParams = Object.freeze({
  limit: DEFAULT_USER_INVITES_TABLE_PAGE_SIZE,
  offset: 0,
  order: DEFAULT_USER_INVITES_TABLE_ORDER,
});

/**
 * The query for a table state: what {@link defaultUserInvitesTableQuery} is for the default one.
 * Absent pieces are left out (no `search: ''`), so equal states make equal cache keys.
 *
 * @example
 * ```ts
 * const params = userInvitesTableQuery({ search: 'ada', status: 'pending', order, page: 0, pageSize: 25 });
 * ```
 */
export function userInvitesTableQuery(state: {
  search: string;
  status: KnownInviteStatus | 'all';
  order: UserInviteOrder;
  page: number;
  pageSize: number;
}): UserInvitesListParams {
  const search = state.search.trim();
  return {
    limit: state.pageSize,
    offset: state.page * state.pageSize,
    order: state.order,
    ...(search ? { search } : {}),
    ...(state.status !== 'all' ? { filter: { status: state.status } } : {}),
  };
}
