import type { InviteClient } from './types';

/*
 * The contract's defaults, in one place: what a client that declares nothing is taken to allow.
 */

/**
 * Invites one `sendUserInvites` call takes when the client does not declare `maxBatchSize`.
 *
 * @example
 * ```ts
 * const size = client.maxBatchSize ?? DEFAULT_MAX_BATCH_SIZE;
 * ```
 */
export const DEFAULT_MAX_BATCH_SIZE = 100;

/**
 * The largest `limit` a client honours when it does not declare `maxPageSize`.
 *
 * @example
 * ```ts
 * const size = client.maxPageSize ?? DEFAULT_MAX_PAGE_SIZE;
 * ```
 */
export const DEFAULT_MAX_PAGE_SIZE = 100;

/**
 * The page size of a listing that asks for none.
 *
 * @example
 * ```ts
 * const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
 * ```
 */
export const DEFAULT_PAGE_LIMIT = 25;

/**
 * How many invites one send to `client` may hold (at least 1).
 *
 * @example
 * ```ts
 * for (let i = 0; i < invites.length; i += maxBatchSizeOf(client)) { … }
 * ```
 */
export function maxBatchSizeOf(client: Pick<InviteClient, 'maxBatchSize'>): number {
  return Math.max(1, client.maxBatchSize ?? DEFAULT_MAX_BATCH_SIZE);
}

/**
 * How many invites one listing from `client` may hold (at least 1).
 *
 * @example
 * ```ts
 * client.userInvites({ tenantId, filter: { id: ids.slice(0, maxPageSizeOf(client)) } });
 * ```
 */
export function maxPageSizeOf(client: Pick<InviteClient, 'maxPageSize'>): number {
  return Math.max(1, client.maxPageSize ?? DEFAULT_MAX_PAGE_SIZE);
}
