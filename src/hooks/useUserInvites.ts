'use client';

import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useInviteClient } from '../client/InviteClientProvider';
import type { UserInvitesPage } from '../client/types';
import type { inviteKeys, UserInvitesListParams } from '../query/inviteKeys';
import { userInvitesQueryOptions } from '../query/userInvitesQueryOptions';
import type { QueryOverrides } from './types';

/**
 * Options of {@link useUserInvites}.
 *
 * @example
 * ```ts
 * const options: UseUserInvitesOptions = { prefetchNextPage: false };
 * ```
 */
export interface UseUserInvitesOptions {
  /** Fetch the next page ahead, so paging forward is instant. Default `true`. */
  prefetchNextPage?: boolean;
  query?: QueryOverrides<UserInvitesPage, ReturnType<typeof inviteKeys.list>>;
}

const DEFAULT_LIMIT = 25;

/**
 * One page of the provider tenant's invites: `{ data, totalCount }`, with limit/offset paging,
 * search, status filter and order. While the next page loads the previous one stays on screen
 * (`isPlaceholderData` tells), and the page after it is fetched ahead.
 *
 * @example
 * ```tsx
 * const [offset, setOffset] = useState(0);
 * const invites = useUserInvites({ limit: 25, offset, filter: { status: 'pending' } });
 * return <p>{invites.data?.totalCount ?? 0} pending</p>;
 * ```
 */
export function useUserInvites(
  params: UserInvitesListParams = {},
  options: UseUserInvitesOptions = {},
) {
  const { prefetchNextPage = true, query } = options;
  const { client, tenantId } = useInviteClient();
  const queryClient = useQueryClient();
  const result = useQuery({
    ...userInvitesQueryOptions(client, tenantId, params),
    placeholderData: keepPreviousData,
    ...query,
  });

  const paramsKey = JSON.stringify(params);
  const totalCount = result.isPlaceholderData ? undefined : result.data?.totalCount;
  useEffect(() => {
    if (!prefetchNextPage || totalCount === undefined) return;
    const current = JSON.parse(paramsKey) as UserInvitesListParams;
    const offset = (current.offset ?? 0) + (current.limit ?? DEFAULT_LIMIT);
    if (offset >= totalCount) return;
    void queryClient.prefetchQuery(
      userInvitesQueryOptions(client, tenantId, { ...current, offset }),
    );
  }, [prefetchNextPage, totalCount, paramsKey, queryClient, client, tenantId]);

  return result;
}
