'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { UserInvite } from '../client/types';
import { findCachedInvite } from '../query/inviteCache';
import type { inviteKeys } from '../query/inviteKeys';
import { userInviteQueryOptions } from '../query/userInviteQueryOptions';
import { useInviteContext, type InviteScope } from '../react/useInviteContext';
import { mergeQueryOptions } from './mergeOptions';
import type { QueryOverrides } from './types';

/**
 * Options of {@link useUserInvite}.
 *
 * @example
 * ```ts
 * const options: UseUserInviteOptions = { query: { enabled: Boolean(id) } };
 * ```
 */
export interface UseUserInviteOptions extends InviteScope {
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
  const { client, tenantId } = useInviteContext(options);
  const queryClient = useQueryClient(options.queryClient);
  return useQuery(
    mergeQueryOptions(
      {
        ...userInviteQueryOptions(client, tenantId, id),
        placeholderData: () => findCachedInvite(queryClient, tenantId, id),
      },
      options.query,
    ),
    options.queryClient,
  );
}
