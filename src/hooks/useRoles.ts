'use client';

import { useQuery } from '@tanstack/react-query';
import type { InviteRole } from '../client/types';
import type { inviteKeys } from '../query/inviteKeys';
import { rolesQueryOptions } from '../query/rolesQueryOptions';
import { useInviteContext, type InviteScope } from '../react/useInviteContext';
import { mergeQueryOptions } from './mergeOptions';
import type { QueryOverrides } from './types';

/**
 * Options of {@link useRoles}.
 *
 * @example
 * ```ts
 * const options: UseRolesOptions = { query: { staleTime: Infinity } };
 * ```
 */
export interface UseRolesOptions extends InviteScope {
  query?: QueryOverrides<InviteRole[], ReturnType<typeof inviteKeys.roles>>;
}

/**
 * The roles an invitee can be given, from the client's `listRoles`. When the client has none,
 * the query stays idle (`data` is undefined) and nothing is asked.
 *
 * @example
 * ```tsx
 * const roles = useRoles();
 * return <select>{roles.data?.map((r) => <option key={r.key} value={r.key}>{r.name}</option>)}</select>;
 * ```
 */
export function useRoles(options: UseRolesOptions = {}) {
  const { client, tenantId } = useInviteContext(options);
  return useQuery(
    mergeQueryOptions(rolesQueryOptions(client, tenantId), options.query),
    options.queryClient,
  );
}
