import type { QueryClient } from '@tanstack/react-query';
import {
  DEFAULT_USER_INVITES_ORDER,
  matchesUserInvitesQuery,
} from '../client/matchUserInvitesQuery';
import type { UserInvite, UserInvitesPage } from '../client/types';
import { inviteIdOfDetailKey, inviteKeys, listParamsOfKey } from './inviteKeys';

/*
 * Writing invites into the query cache, the same way for every hook: a change seen once (a
 * mutation's answer, a poll, a push) shows in every cached list and detail at once.
 */

const updatedAt = (invite: UserInvite) => Date.parse(invite.updatedAt) || 0;

/**
 * The newest cached copy of an invite of this tenant (by `updatedAt`), from its detail and every
 * list page: a list refetched after the detail was written knows better than the detail.
 *
 * @example
 * ```ts
 * const invite = findCachedInvite(queryClient, 'acme', id);
 * ```
 */
export function findCachedInvite(
  queryClient: QueryClient,
  tenantId: string,
  id: string,
): UserInvite | undefined {
  return findCachedInvites(queryClient, tenantId, [id]).get(id);
}

/**
 * {@link findCachedInvite} for many ids at once: one pass over the tenant's cached details and
 * list pages, however many ids (a page of a hundred rows asks for a hundred).
 *
 * @example
 * ```ts
 * const invites = findCachedInvites(queryClient, 'acme', ids);
 * invites.get(ids[0])?.status;
 * ```
 */
export function findCachedInvites(
  queryClient: QueryClient,
  tenantId: string,
  ids: Iterable<string>,
): Map<string, UserInvite> {
  const wanted = new Set(ids);
  const newest = new Map<string, UserInvite>();
  // Details first: a list page's copy replaces one only when it is newer.
  const keep = (invite: UserInvite | null | undefined) => {
    if (!invite || !wanted.has(invite.id)) return;
    const known = newest.get(invite.id);
    if (!known || updatedAt(invite) > updatedAt(known)) newest.set(invite.id, invite);
  };
  if (wanted.size === 0) return newest;
  for (const [key, invite] of queryClient.getQueriesData<UserInvite | null>({
    queryKey: inviteKeys.details(tenantId),
  })) {
    if (invite && inviteIdOfDetailKey(key, tenantId) === invite.id) keep(invite);
  }
  for (const [, page] of queryClient.getQueriesData<UserInvitesPage>({
    queryKey: inviteKeys.lists(tenantId),
  })) {
    page?.data.forEach(keep);
  }
  return newest;
}

/**
 * Options of {@link writeInviteToCache}.
 *
 * @example
 * ```ts
 * writeInviteToCache(queryClient, 'acme', previous, { force: true }); // a rollback
 * ```
 */
export interface WriteInviteOptions {
  /** Write even over a newer copy (a rollback, an optimistic change). */
  force?: boolean;
}

/**
 * Puts `invite` into its detail and into every cached list page that holds it. A copy that is
 * newer (by `updatedAt`) is kept unless `force`, so a late, stale answer never undoes a change.
 *
 * @example
 * ```ts
 * const canceled = await client.cancelUserInvite(id);
 * writeInviteToCache(queryClient, 'acme', canceled);
 * ```
 */
export function writeInviteToCache(
  queryClient: QueryClient,
  tenantId: string,
  invite: UserInvite,
  options: WriteInviteOptions = {},
): void {
  const accept = (cached: UserInvite | null | undefined) =>
    options.force || !cached || updatedAt(invite) >= updatedAt(cached);
  const detailKey = inviteKeys.detail(tenantId, invite.id);
  const detail = queryClient.getQueryData<UserInvite | null>(detailKey);
  if (accept(detail)) queryClient.setQueryData(detailKey, invite);

  for (const [key, page] of queryClient.getQueriesData<UserInvitesPage>({
    queryKey: inviteKeys.lists(tenantId),
  })) {
    const index = page?.data.findIndex((cached) => cached.id === invite.id) ?? -1;
    if (!page || index < 0 || !accept(page.data[index])) continue;
    const data = [...page.data];
    data[index] = invite;
    queryClient.setQueryData<UserInvitesPage>(key, { ...page, data });
  }
}

/**
 * Puts newly sent invites at the top of every cached first page they belong on (newest-first
 * lists whose filters and search they match), and into their details. Other pages are left to
 * revalidate.
 *
 * @example
 * ```ts
 * const { success } = await client.sendUserInvites(params);
 * addNewInvitesToCache(queryClient, 'acme', success);
 * ```
 */
export function addNewInvitesToCache(
  queryClient: QueryClient,
  tenantId: string,
  invites: UserInvite[],
): void {
  if (invites.length === 0) return;
  for (const invite of invites)
    queryClient.setQueryData(inviteKeys.detail(tenantId, invite.id), invite);
  for (const [key, page] of queryClient.getQueriesData<UserInvitesPage>({
    queryKey: inviteKeys.lists(tenantId),
  })) {
    const params = listParamsOfKey(key, tenantId) ?? {};
    const order = params.order ?? DEFAULT_USER_INVITES_ORDER;
    const newestFirst = order.field === 'createdAt' && order.direction === 'desc';
    if (!page || !newestFirst || (params.offset ?? 0) > 0) continue;
    const known = new Set(page.data.map((invite) => invite.id));
    const fresh = invites.filter(
      (invite) => !known.has(invite.id) && matchesUserInvitesQuery(invite, { ...params, tenantId }),
    );
    if (fresh.length === 0) continue;
    const data = [...[...fresh].reverse(), ...page.data];
    queryClient.setQueryData<UserInvitesPage>(key, {
      data: params.limit === undefined ? data : data.slice(0, params.limit),
      totalCount: page.totalCount + fresh.length,
    });
  }
}

/**
 * What an optimistic change remembers, to roll back: the invite as it was cached before.
 *
 * @example
 * ```ts
 * onError: (error, id, snapshot?: OptimisticSnapshot) => rollback(snapshot);
 * ```
 */
export interface OptimisticSnapshot {
  previous: UserInvite | undefined;
}

/**
 * Shows `change` of invite `id` in every cached list and detail at once, and returns what to
 * roll back to. Refetches under way are cancelled first: one finishing now would paint the old
 * invite over the optimistic one.
 *
 * @example
 * ```ts
 * onMutate: (id, { client }) =>
 *   changeInviteOptimistically(client, 'acme', id, (invite) => ({ ...invite, status: 'canceled' })),
 * ```
 */
export async function changeInviteOptimistically(
  queryClient: QueryClient,
  tenantId: string,
  id: string,
  change: (invite: UserInvite) => UserInvite,
): Promise<OptimisticSnapshot> {
  await queryClient.cancelQueries({ queryKey: inviteKeys.lists(tenantId) });
  await queryClient.cancelQueries({ queryKey: inviteKeys.detail(tenantId, id) });
  const previous = findCachedInvite(queryClient, tenantId, id);
  if (previous) writeInviteToCache(queryClient, tenantId, change(previous), { force: true });
  return { previous };
}
