'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useInviteClient } from '../client/InviteClientProvider';
import type { UserInvite } from '../client/types';
import { findCachedInvite } from '../query/inviteCache';
import { userInviteQueryOptions } from '../query/userInviteQueryOptions';
import type { inviteKeys } from '../query/inviteKeys';
import type { QueryOverrides } from './types';

/**
 * Options of {@link useUserInvite}.
 *
 * @example
 * ```ts
 * const options: UseUserInviteOptions = { query: { enabled: Boolean(id) } };
 * ```
 */
export interface UseUserInviteOptions {
  query?: QueryOverrides<UserInvite | null, ReturnType<typeof inviteKeys.detail>>;
}

/**
 * One invite of the provider's tenant (`null` when there is none). A copy already in a cached
 * list shows at once while the invite itself loads.
 *
 * @example
 * ```tsx
 * const invite = useUserInvite(id);
 * return <p>{invite.data?.email} is {invite.data?.status}</p>;
 * ```
 */
export function useUserInvite(id: string, options: UseUserInviteOptions = {}) {
  const { client, tenantId } = useInviteClient();
  const queryClient = useQueryClient();
  return useQuery({
    ...userInviteQueryOptions(client, tenantId, id),
    placeholderData: () => findCachedInvite(queryClient, tenantId, id),
    ...options.query,
  });
}
