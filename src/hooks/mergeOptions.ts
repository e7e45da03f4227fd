import type { QueryKey, UseMutationOptions, UseQueryOptions } from '@tanstack/react-query';
import type { InviteClientError } from '../client/errors';
import type { MutationOverrides, QueryOverrides } from './types';

type Callback = ((...args: never[]) => unknown) | undefined;

/** Both callbacks, the factory's first (awaited: its cache work is done before the host's). */
function chain<F extends Callback>(first: F, second: Callback): F {
  if (!first || !second) return (first ?? second) as F;
  return (async (...args: never[]) => {
    await first(...args);
    return second(...args);
  }) as unknown as F;
}

/**
 * A factory's mutation options with a host's overrides on top: the host's callbacks run after
 * the factory's (never instead of them), anything else the host sets wins.
 *
 * @example
 * ```ts
 * useMutation(mergeMutationOptions(cancelInviteMutationOptions(client, tenantId), overrides));
 * ```
 */
export function mergeMutationOptions<TData, TVariables, TResult>(
  base: UseMutationOptions<TData, InviteClientError, TVariables, TResult>,
  overrides: MutationOverrides<TData, TVariables> | undefined,
): UseMutationOptions<TData, InviteClientError, TVariables, TResult> {
  if (!overrides) return base;
  type Options = UseMutationOptions<TData, InviteClientError, TVariables, TResult>;
  return {
    ...base,
    ...(overrides as Omit<Options, 'onSuccess' | 'onError' | 'onSettled'>),
    onSuccess: chain(base.onSuccess, overrides.onSuccess as Callback),
    onError: chain(base.onError, overrides.onError as Callback),
    onSettled: chain(base.onSettled, overrides.onSettled as Callback),
  };
}

/**
 * A factory's query options with a host's overrides on top; `enabled` needs both (a factory
 * disables a query its client cannot answer, and no override turns that back on).
 *
 * @example
 * ```ts
 * useQuery(mergeQueryOptions(rolesQueryOptions(client, tenantId), { staleTime: Infinity }));
 * ```
 */
export function mergeQueryOptions<TData, TKey extends QueryKey>(
  base: UseQueryOptions<TData, InviteClientError, TData, TKey>,
  overrides: QueryOverrides<TData, TKey> | undefined,
): UseQueryOptions<TData, InviteClientError, TData, TKey> {
  if (!overrides) return base;
  const merged = { ...base, ...overrides };
  if (base.enabled === false || overrides.enabled === false) merged.enabled = false;
  return merged;
}
