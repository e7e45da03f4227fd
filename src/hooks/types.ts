import type { QueryKey, UseMutationOptions, UseQueryOptions } from '@tanstack/react-query';
import type { InviteClientError } from '../client/errors';

/**
 * TanStack options a mutation hook passes through (`mutation: { onSuccess, retry, … }`).
 * The hook's own cache updates run first, then these callbacks.
 *
 * @example
 * ```ts
 * useCancelInvite({ mutation: { onSuccess: (invite) => toast(`Canceled ${invite.email}`) } });
 * ```
 */
export type MutationOverrides<TData, TVariables> = Omit<
  UseMutationOptions<TData, InviteClientError, TVariables>,
  'mutationFn' | 'mutationKey' | 'onMutate'
>;

/**
 * TanStack options a query hook passes through (`query: { enabled, staleTime, … }`).
 *
 * @example
 * ```ts
 * useUserInvites({ limit: 25 }, { query: { refetchOnWindowFocus: false } });
 * ```
 */
export type QueryOverrides<TData, TQueryKey extends QueryKey = QueryKey> = Omit<
  UseQueryOptions<TData, InviteClientError, TData, TQueryKey>,
  'queryKey' | 'queryFn'
>;
