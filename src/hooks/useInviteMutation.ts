'use client';

import type { UseMutationOptions } from '@tanstack/react-query';
import type { InviteClientError } from '../client/errors';
import type { InviteClient } from '../client/types';
import { useInviteContext, type InviteScope } from '../react/useInviteContext';
import { mergeMutationOptions } from './mergeOptions';
import type { MutationOverrides } from './types';
import { useActionMutation, useLifetimeClient } from './useActionMutation';

/**
 * The shape of every mutation hook: resolve the client and tenant (given, or the provider's),
 * bind the client to the component's lifetime, call the factory, chain the host's overrides
 * after its callbacks, and run it as an action (one call per variables while in flight).
 *
 * @example
 * ```ts
 * export const useCancelInvite = (options: UseCancelInviteOptions = {}) =>
 *   useInviteMutation(cancelInviteMutationOptions, options);
 * ```
 */
export function useInviteMutation<TData, TVariables, TResult>(
  factory: (
    client: InviteClient,
    tenantId: string,
  ) => UseMutationOptions<TData, InviteClientError, TVariables, TResult>,
  options: InviteScope & { mutation?: MutationOverrides<TData, TVariables> },
) {
  const { tenantId, client } = useInviteContext(options);
  const scoped = useLifetimeClient(client);
  return useActionMutation(
    mergeMutationOptions(factory(scoped, tenantId), options.mutation),
    options.queryClient,
  );
}
