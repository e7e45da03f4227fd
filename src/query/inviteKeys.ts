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
 * The query key factory. Every key starts with `['invite-widgets', tenantId]`, so one tenant's
 * cached invites can never show in another, and one call can invalidate a whole tenant.
 *
 * @example
 * ```ts
 * queryClient.invalidateQueries({ queryKey: inviteKeys.lists('acme') });
 * queryClient.getQueryData(inviteKeys.detail('acme', inviteId));
 * ```
 */
export const inviteKeys = {
  all: (tenantId: string) => ['invite-widgets', tenantId] as const,
  lists: (tenantId: string) => [...inviteKeys.all(tenantId), 'list'] as const,
  list: (tenantId: string, params: UserInvitesListParams = {}) =>
    [...inviteKeys.lists(tenantId), params] as const,
  details: (tenantId: string) => [...inviteKeys.all(tenantId), 'detail'] as const,
  detail: (tenantId: string, id: string) => [...inviteKeys.details(tenantId), id] as const,
  roles: (tenantId: string) => [...inviteKeys.all(tenantId), 'roles'] as const,
};
