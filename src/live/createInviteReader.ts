import { readUserInvitesPage } from '../client/boundary';
import { maxPageSizeOf } from '../client/defaults';
import type { InviteClient, UserInvite, UserInvitesQuery } from '../client/types';
import { callClient } from '../query/callClient';

/** Pages one delta follows; past that, the watched invites are asked for by id instead. */
const MAX_DELTA_PAGES = 100;
/** An `updatedAt` further ahead of the device's clock than this is bad data, not a clock reading. */
const MAX_SERVER_LEAD_MS = 60 * 60_000;

/**
 * How the status watcher reads a tenant's invites: by id, `maxPageSize` at a time, or what
 * changed after a time (with a client that `supportsUpdatedAfter`). Every `updatedAt` it reads
 * is a reading of the server's clock.
 *
 * @example
 * ```ts
 * const reader = createInviteReader(client, 'acme', () => controller.signal);
 * const invites = await reader.byIds(['inv_1', 'inv_2']);
 * ```
 */
export interface InviteReader {
  /** The invites `ids` (those the backend has). */
  byIds(ids: string[]): Promise<UserInvite[]>;
  /**
   * What changed in this tenant after `from` (server time, ms), oldest first, pushed into
   * `found`; `false` when it could not be read to the end (the listing moved meanwhile).
   */
  changesAfter(from: number, found: UserInvite[]): Promise<boolean>;
  /** A lower bound of the server's clock minus this device's; -Infinity before any read. */
  serverLead(): number;
}

/**
 * A new {@link InviteReader} of `tenantId`, whose requests carry the signal `signal()` gives.
 *
 * @example
 * ```ts
 * const reader = createInviteReader(client, 'acme', () => controller.signal);
 * ```
 */
export function createInviteReader(
  client: InviteClient,
  tenantId: string,
  signal: () => AbortSignal,
): InviteReader {
  let lead = Number.NEGATIVE_INFINITY;

  /** One listing of this tenant; every `updatedAt` in it is a reading of the server's clock. */
  const list = async (query: Omit<UserInvitesQuery, 'tenantId'>) => {
    const page = await callClient(
      () => client.userInvites({ tenantId, ...query }, { signal: signal() }),
      readUserInvitesPage,
    );
    const now = Date.now();
    for (const { updatedAt } of page.data) {
      const stamp = Date.parse(updatedAt);
      if (stamp <= now + MAX_SERVER_LEAD_MS) lead = Math.max(lead, stamp - now);
    }
    return page;
  };

  /** The invites `ids`, `maxPageSize` at a time. */
  const byIds = async (ids: string[]) => {
    const pageSize = maxPageSizeOf(client);
    const found: UserInvite[] = [];
    for (let start = 0; start < ids.length; start += pageSize) {
      const chunk = ids.slice(start, start + pageSize);
      found.push(...(await list({ filter: { id: chunk }, limit: chunk.length })).data);
    }
    return found;
  };

  /**
   * What changed in this tenant after `from`, oldest first, into `found`, following pages only
   * while they come back full. `false` when it could not be read to the end (MAX_DELTA_PAGES
   * reached, or fewer invites than `totalCount`: the listing moved meanwhile).
   */
  const changesAfter = async (from: number, found: UserInvite[]) => {
    const pageSize = maxPageSizeOf(client);
    const updatedAfter = new Date(from).toISOString();
    const read = new Set<string>();
    for (let pages = 0; pages < MAX_DELTA_PAGES; pages += 1) {
      const page = await list({
        filter: { updatedAfter },
        order: { field: 'updatedAt', direction: 'asc' },
        limit: pageSize,
        offset: read.size,
      });
      for (const invite of page.data) {
        read.add(invite.id);
        // Another tenant's invite has no place in this tenant's cache, whatever a backend sends.
        if (invite.tenantId === tenantId || invite.tenantId === '') found.push(invite);
      }
      if (page.data.length < pageSize || read.size >= page.totalCount) {
        return read.size >= page.totalCount;
      }
    }
    return false;
  };

  return { byIds, changesAfter, serverLead: () => lead };
}
