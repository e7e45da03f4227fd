import type { QueryKey } from '@tanstack/react-query';
import type { UserInvitesQuery } from '../client/types';

/**
 * What identifies one listing in the cache: a {@link UserInvitesQuery} without its tenant
 * (the tenant is part of every key).
 *
 * @example
 * ```ts
 * const params: UserInvitesListParams = { limit: 25, filter: { status: 'pending' } };
 * ```
 */
export type UserInvitesListParams = Omit<UserInvitesQuery, 'tenantId'>;

/**
 * The mutations this library runs, each under `inviteKeys.mutation(tenantId, name)`.
 *
 * @example
 * ```ts
 * const name: InviteMutationName = 'cancel';
 * ```
 */
export type InviteMutationName =
  'send' | 'resend' | 'cancel' | 'update' | 'accept' | 'decline' | 'link';

const ROOT = 'invite-widgets';

/**
 * The key factory for every query and mutation key. Each starts with
 * `['invite-widgets', tenantId]`, so one tenant's cached invites can never show in another, and
 * one call can invalidate a whole tenant. Read keys with the matchers beside it
 * ({@link isInviteKey}, {@link isInviteDetailKey}, {@link listParamsOfKey}), never by position.
 *
 * @example
 * ```ts
 * queryClient.invalidateQueries({ queryKey: inviteKeys.lists('acme') });
 * queryClient.getQueryData(inviteKeys.detail('acme', inviteId));
 * useIsMutating({ mutationKey: inviteKeys.mutation('acme', 'send') });
 * ```
 */
export const inviteKeys = {
  all: (tenantId: string) => [ROOT, tenantId] as const,
  lists: (tenantId: string) => [...inviteKeys.all(tenantId), 'list'] as const,
  list: (tenantId: string, params: UserInvitesListParams = {}) =>
    [...inviteKeys.lists(tenantId), params] as const,
  details: (tenantId: string) => [...inviteKeys.all(tenantId), 'detail'] as const,
  detail: (tenantId: string, id: string) => [...inviteKeys.details(tenantId), id] as const,
  roles: (tenantId: string) => [...inviteKeys.all(tenantId), 'roles'] as const,
  /** What an invitee's token is for. The invitee's page may not know its tenant: then `''`. */
  preview: (tenantId: string, token: string) =>
    [...inviteKeys.all(tenantId), 'preview', token] as const,
  mutation: (tenantId: string, name: InviteMutationName) =>
    [...inviteKeys.all(tenantId), 'mutation', name] as const,
};

/**
 * True for a key made by {@link inviteKeys} (of `tenantId`, when given).
 *
 * @example
 * ```ts
 * queryClient.getQueryCache().findAll({ predicate: (q) => isInviteKey(q.queryKey, 'acme') });
 * ```
 */
export function isInviteKey(key: QueryKey, tenantId?: string): boolean {
  return key[0] === ROOT && typeof key[1] === 'string' && (tenantId ?? key[1]) === key[1];
}

/**
 * The invite id of a detail key of `tenantId`, or `undefined` for any other key.
 *
 * @example
 * ```ts
 * const id = inviteIdOfDetailKey(event.query.queryKey, 'acme');
 * ```
 */
export function inviteIdOfDetailKey(key: QueryKey, tenantId: string): string | undefined {
  return isInviteKey(key, tenantId) && key[2] === 'detail' && typeof key[3] === 'string'
    ? key[3]
    : undefined;
}

/**
 * True for a detail key of `tenantId`.
 *
 * @example
 * ```ts
 * if (isInviteDetailKey(event.query.queryKey, 'acme')) refresh();
 * ```
 */
export function isInviteDetailKey(key: QueryKey, tenantId: string): boolean {
  return inviteIdOfDetailKey(key, tenantId) !== undefined;
}

/**
 * The listing parameters of a list key of `tenantId`, or `undefined` for any other key.
 *
 * @example
 * ```ts
 * for (const [key, page] of queryClient.getQueriesData({ queryKey: inviteKeys.lists('acme') })) {
 *   const params = listParamsOfKey(key, 'acme');
 * }
 * ```
 */
export function listParamsOfKey(
  key: QueryKey,
  tenantId: string,
): UserInvitesListParams | undefined {
  if (!isInviteKey(key, tenantId) || key[2] !== 'list') return undefined;
  const params = key[3];
  return typeof params === 'object' && params !== null ? (params as UserInvitesListParams) : {};
}
