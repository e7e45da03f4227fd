'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { DEFAULT_PAGE_LIMIT } from '../client/defaults';
import type { UserInvitesPage } from '../client/types';
import { isInviteKey, type inviteKeys, type UserInvitesListParams } from '../query/inviteKeys';
import { userInvitesQueryOptions } from '../query/userInvitesQueryOptions';
import { useInviteContext, type InviteScope } from '../react/useInviteContext';
import { mergeQueryOptions } from './mergeOptions';
import type { QueryOverrides } from './types';

/**
 * Options of {@link useUserInvites}.
 *
 * @example
 * ```ts
 * const options: UseUserInvitesOptions = { prefetchNextPage: false };
 * ```
 */
export interface UseUserInvitesOptions extends InviteScope {
  /** Fetch the next page ahead, so paging forward is instant. Default `true`. */
  prefetchNextPage?: boolean;
  query?: QueryOverrides<UserInvitesPage, ReturnType<typeof inviteKeys.list>>;
}

/**
 * One page of the provider tenant's invites: `{ data, totalCount }`, with limit/offset paging,
 * search, status filter and order. While the next page of the same tenant loads, the previous
 * one stays on screen (`isPlaceholderData` tells); after a tenant change nothing of the previous
 * tenant shows, not for one render. The page after it is fetched ahead.
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
  const { client, tenantId } = useInviteContext(options);
  const queryClient = useQueryClient(options.queryClient);
  const result = useQuery(
    mergeQueryOptions(
      {
        ...userInvitesQueryOptions(client, tenantId, params),
        // The previous page, only while it is this tenant's: another team's rows never show.
        placeholderData: (previous, previousQuery) =>
          previousQuery && isInviteKey(previousQuery.queryKey, tenantId) ? previous : undefined,
      },
      query,
    ),
    options.queryClient,
  );

  const paramsKey = JSON.stringify(params);
  const totalCount = result.isPlaceholderData ? undefined : result.data?.totalCount;
  useEffect(() => {
    if (!prefetchNextPage || totalCount === undefined) return;
    const current = JSON.parse(paramsKey) as UserInvitesListParams;
    const offset = (current.offset ?? 0) + (current.limit ?? DEFAULT_PAGE_LIMIT);
    if (offset >= totalCount) return;
    void queryClient.prefetchQuery(
      userInvitesQueryOptions(client, tenantId, { ...current, offset }),
    );
  }, [prefetchNextPage, totalCount, paramsKey, queryClient, client, tenantId]);

  return result;
}
