'use client';

import {
  useMutation,
  type MutateOptions,
  type QueryClient,
  type UseMutationOptions,
} from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { InviteClientError } from '../client/errors';
import type { InviteClient } from '../client/types';
import { withAbortSignal } from '../client/withAbortSignal';

/**
 * `client` bound to the calling component's lifetime: what it started is aborted when it
 * unmounts (a dialog closed mid-send, a page left), instead of running on unseen.
 *
 * @example
 * ```ts
 * const scoped = useLifetimeClient(client);
 * useMutation(cancelInviteMutationOptions(scoped, tenantId));
 * ```
 */
export function useLifetimeClient<C extends InviteClient>(client: C): C {
  const controller = useRef<AbortController | null>(null);
  useEffect(() => {
    // Made in the effect, not at render: a remount (Strict Mode) starts with a live one.
    const current = new AbortController();
    controller.current = current;
    return () => current.abort(new DOMException('The component unmounted.', 'AbortError'));
  }, []);
  return useMemo(() => withAbortSignal(client, () => controller.current?.signal), [client]);
}

const keyOf = (variables: unknown): string => JSON.stringify(variables) ?? '';

/**
 * `useMutation` for an action a person triggers: while a call with the same variables is in
 * flight, `mutate` does nothing and `mutateAsync` returns that call's promise, so a double click
 * (which TanStack's `isPending` cannot stop: it updates a tick later) never sends twice.
 *
 * @example
 * ```ts
 * const accept = useActionMutation(acceptInviteMutationOptions(client, ''), undefined);
 * accept.mutate({ token }); accept.mutate({ token }); // one call
 * ```
 */
export function useActionMutation<TData, TVariables, TResult>(
  options: UseMutationOptions<TData, InviteClientError, TVariables, TResult>,
  queryClient: QueryClient | undefined,
) {
  const mutation = useMutation(options, queryClient);
  const inFlight = useRef(new Map<string, Promise<TData>>());
  const run = mutation.mutateAsync;
  const mutateAsync = useCallback(
    (
      variables: TVariables,
      callOptions?: MutateOptions<TData, InviteClientError, TVariables, TResult>,
    ): Promise<TData> => {
      const key = keyOf(variables);
      const running = inFlight.current.get(key);
      if (running) return running;
      const promise = run(variables, callOptions);
      inFlight.current.set(key, promise);
      const forget = () => inFlight.current.delete(key);
      promise.then(forget, forget);
      return promise;
    },
    [run],
  );
  const mutate = useCallback(
    (
      variables: TVariables,
      callOptions?: MutateOptions<TData, InviteClientError, TVariables, TResult>,
    ) => {
      // Failures show through `error` and the callbacks, as with TanStack's own `mutate`.
      mutateAsync(variables, callOptions).catch(() => undefined);
    },
    [mutateAsync],
  );
  return { ...mutation, mutate, mutateAsync };
}
