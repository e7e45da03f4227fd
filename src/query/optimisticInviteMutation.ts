import type { MutationFunctionContext } from '@tanstack/react-query';
import type { InviteClientError } from '../client/errors';
import type { InviteClient, UserInvite } from '../client/types';
import {
  changeInviteOptimistically,
  writeInviteToCache,
  type OptimisticSnapshot,
} from './inviteCache';
import { inviteKeys } from './inviteKeys';
import { userInviteQueryOptions } from './userInviteQueryOptions';

/**
 * The cache behaviour of a mutation that changes one invite (cancel, update): the change shows
 * everywhere the invite is cached at once; a refusal rolls it back, and on `conflict` or
 * `not_found` (it was answered or removed meanwhile) the real state is fetched and shown; the
 * answer is written where the invite is cached; lists revalidate at the end.
 */
export function optimisticInviteMutation<TVariables>(
  client: InviteClient,
  tenantId: string,
  idOf: (variables: TVariables) => string,
  change: (invite: UserInvite, variables: TVariables) => UserInvite,
) {
  return {
    onMutate: (variables: TVariables, { client: queryClient }: MutationFunctionContext) =>
      changeInviteOptimistically(queryClient, tenantId, idOf(variables), (invite) =>
        change(invite, variables),
      ),
    onError: async (
      error: InviteClientError,
      variables: TVariables,
      snapshot: OptimisticSnapshot | undefined,
      { client: queryClient }: MutationFunctionContext,
    ) => {
      // Back to the invite as it was, but not over a newer copy that arrived meanwhile (a
      // refetch, a push): the optimistic copy keeps the old `updatedAt`, a newer one does not.
      if (snapshot?.previous) writeInviteToCache(queryClient, tenantId, snapshot.previous);
      if (error.code === 'conflict' || error.code === 'not_found') {
        const real = await queryClient
          .fetchQuery({
            ...userInviteQueryOptions(client, tenantId, idOf(variables)),
            staleTime: 0,
          })
          .catch(() => null);
        if (real) writeInviteToCache(queryClient, tenantId, real, { force: true });
      }
    },
    onSuccess: (
      invite: UserInvite,
      _variables: TVariables,
      _snapshot: OptimisticSnapshot,
      { client: queryClient }: MutationFunctionContext,
    ) => writeInviteToCache(queryClient, tenantId, invite),
    onSettled: (
      _data: UserInvite | undefined,
      _error: InviteClientError | null,
      _variables: TVariables,
      _snapshot: OptimisticSnapshot | undefined,
      { client: queryClient }: MutationFunctionContext,
    ) => {
      void queryClient.invalidateQueries({ queryKey: inviteKeys.lists(tenantId) });
    },
  };
}
