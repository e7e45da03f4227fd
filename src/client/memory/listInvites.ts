import { DEFAULT_PAGE_LIMIT } from '../defaults';
import { InviteClientError } from '../errors';
import { compareUserInvites, matchesUserInvitesQuery } from '../matchUserInvitesQuery';
import type { UserInvite, UserInvitesPage, UserInvitesQuery } from '../types';
import { copyInvite, type InviteStore } from './createInviteStore';

/**
 * `filter.updatedAfter` as milliseconds; `undefined` when there is none. A server refuses a
 * date it cannot read rather than guess, so this throws `unknown` for one.
 */
function readUpdatedAfter(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isFinite(ms)) return ms;
  throw new InviteClientError('unknown', `updatedAfter must be an ISO 8601 date; got ${value}.`);
}

/**
 * One page of the memory backend's listing: tenant, filters (`updatedAfter` included: strictly
 * later), search, order, then `offset` and `limit` (at most `maxPageSize`). Asked for by id, it
 * looks those invites up instead of reading every record, so status checks stay cheap with tens
 * of thousands of invites.
 *
 * @example
 * ```ts
 * listInvites(store, { tenantId: 'acme', filter: { updatedAfter: '2026-03-01T09:00:00Z' } }, 100);
 * ```
 */
export function listInvites(
  store: InviteStore,
  query: UserInvitesQuery,
  maxPageSize: number,
): UserInvitesPage {
  const after = readUpdatedAfter(query.filter?.updatedAfter);
  const candidates: Iterable<UserInvite> = query.filter?.id
    ? [...new Set(query.filter.id)].flatMap((id) => store.find(id)?.invite ?? [])
    : [...store.records()].map((record) => record.invite);
  const matches = [...candidates]
    .filter(
      (invite) =>
        matchesUserInvitesQuery(invite, query) &&
        (after === undefined || Date.parse(invite.updatedAt) > after),
    )
    .sort(compareUserInvites(query.order));
  const limit = Math.min(Math.max(Math.floor(query.limit ?? DEFAULT_PAGE_LIMIT), 0), maxPageSize);
  const offset = Math.max(Math.floor(query.offset ?? 0), 0);
  return {
    data: matches.slice(offset, offset + limit).map(copyInvite),
    totalCount: matches.length,
  };
}
