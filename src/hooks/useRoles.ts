'use client';

import { useQuery } from '@tanstack/react-query';
import { useInviteClient } from '../client/InviteClientProvider';
import type { InviteRole } from '../client/types';
import { rolesQueryOptions } from '../query/rolesQueryOptions';
import type { inviteKeys } from '../query/inviteKeys';
import type { QueryOverrides } from './types';

/**
 * Options of {@link useRoles}.
 *
 * @example
 * ```ts
 * const options: UseRolesOptions = { query: { staleTime: Infinity } };
 * ```
 */
export interface UseRolesOptions {
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
  const { client, tenantId } = useInviteClient();
  const base = rolesQueryOptions(client, tenantId);
  return useQuery({
    ...base,
    ...options.query,
    enabled: base.enabled !== false && options.query?.enabled !== false,
  });
}
