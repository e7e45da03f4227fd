// Types a host relies on when it calls the hooks: what they take, what they give back, and what
// their `mutation` / `query` overrides may and may not set.
import type { MutationFunctionContext, QueryClient } from '@tanstack/react-query';
import { describe, expectTypeOf, test } from 'vitest';
import {
  inviteKeys,
  useAcceptInvite,
  useCancelInvite,
  useDeclineInvite,
  useInviteLink,
  useInvitePreview,
  useInviteStatus,
  useResendInvite,
  useRoles,
  useSendInvites,
  useUpdateInvite,
  useUserInvite,
  useUserInvites,
  type InviteClient,
  type InviteClientError,
  type InvitePreview,
  type InviteRole,
  type InviteScope,
  type InviteStatus,
  type InviteTokenParams,
  type SendProgress,
  type SendUserInvitesResult,
  type UpdateInviteVariables,
  type UseInviteStatusResult,
  type UserInvite,
  type UserInviteInput,
  type UserInvitePatch,
  type UserInvitesListParams,
  type UserInvitesPage,
} from 'invite-widgets';

declare const client: InviteClient;
declare const queryClient: QueryClient;
declare const token: string;

describe('useSendInvites', () => {
  test('mutateAsync takes addresses or inputs and resolves to the batch result', () => {
    const send = useSendInvites();
    expectTypeOf(send.mutateAsync).parameter(0).toEqualTypeOf<(string | UserInviteInput)[]>();
    expectTypeOf(send.mutateAsync).returns.resolves.toEqualTypeOf<SendUserInvitesResult>();
    expectTypeOf(send.mutate).parameter(0).toEqualTypeOf<(string | UserInviteInput)[]>();
    expectTypeOf(send.mutateAsync).toBeCallableWith([
      'ada@example.com',
      { email: 'grace@example.com', roleKeys: ['admin'] },
    ]);
    // @ts-expect-error an input needs `email`
    void send.mutateAsync([{ mail: 'grace@example.com' }]);
  });

  test('progress, error and data', () => {
    const send = useSendInvites();
    expectTypeOf(send.progress).toEqualTypeOf<SendProgress | null>();
    expectTypeOf<SendProgress>().toEqualTypeOf<{ sent: number; total: number }>();
    expectTypeOf(send.error).toEqualTypeOf<InviteClientError | null>();
    expectTypeOf(send.data).toEqualTypeOf<SendUserInvitesResult | undefined>();
    expectTypeOf(send.variables).toEqualTypeOf<(string | UserInviteInput)[] | undefined>();
  });

  test('the status flags still narrow the result, with progress added', () => {
    const send = useSendInvites();
    if (send.isSuccess) expectTypeOf(send.data).toEqualTypeOf<SendUserInvitesResult>();
    if (send.isError) expectTypeOf(send.error).toEqualTypeOf<InviteClientError>();
    if (send.isIdle) expectTypeOf(send.data).toEqualTypeOf<undefined>();
  });

  test('mutation overrides get the result, the inputs and the error', () => {
    useSendInvites({
      mutation: {
        onSuccess: (result, inputs, _onMutateResult, context) => {
          expectTypeOf(result).toEqualTypeOf<SendUserInvitesResult>();
          expectTypeOf(inputs).toEqualTypeOf<(string | UserInviteInput)[]>();
          expectTypeOf(context).toEqualTypeOf<MutationFunctionContext>();
        },
        onError: (error, inputs) => {
          expectTypeOf(error).toEqualTypeOf<InviteClientError>();
          expectTypeOf(inputs).toEqualTypeOf<(string | UserInviteInput)[]>();
        },
        onSettled: (result, error) => {
          expectTypeOf(result).toEqualTypeOf<SendUserInvitesResult | undefined>();
          expectTypeOf(error).toEqualTypeOf<InviteClientError | null>();
        },
        retry: (failureCount, error) => {
          expectTypeOf(error).toEqualTypeOf<InviteClientError>();
          return failureCount < 2 && error.code === 'network';
        },
      },
    });
  });

  test('mutationFn, mutationKey and onMutate belong to the hook', () => {
    useSendInvites({ mutation: { retry: 1 } });
    useSendInvites({
      // @ts-expect-error the hook's own mutation function cannot be replaced
      mutation: { mutationFn: async () => ({ success: [], errors: [] }) },
    });
    // @ts-expect-error the hook's key cannot be replaced
    useSendInvites({ mutation: { mutationKey: ['mine'] } });
    // @ts-expect-error the hook's optimistic step cannot be replaced
    useSendInvites({ mutation: { onMutate: () => undefined } });
  });
});

describe('useCancelInvite', () => {
  test('mutate takes an invite id and resolves to the canceled invite', () => {
    const cancel = useCancelInvite();
    expectTypeOf(cancel.mutate).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(cancel.mutateAsync).returns.resolves.toEqualTypeOf<UserInvite>();
    expectTypeOf(cancel.data).toEqualTypeOf<UserInvite | undefined>();
    expectTypeOf(cancel.error).toEqualTypeOf<InviteClientError | null>();
    // @ts-expect-error an id, not an invite
    cancel.mutate({ id: 'inv-1' });
  });

  test('mutation overrides get the invite, its id and the error', () => {
    useCancelInvite({
      mutation: {
        onSuccess: (invite, id) => {
          expectTypeOf(invite).toEqualTypeOf<UserInvite>();
          expectTypeOf(id).toEqualTypeOf<string>();
        },
        onError: (error, id) => {
          expectTypeOf(error).toEqualTypeOf<InviteClientError>();
          expectTypeOf(id).toEqualTypeOf<string>();
        },
        onSettled: (invite, error, id) => {
          expectTypeOf(invite).toEqualTypeOf<UserInvite | undefined>();
          expectTypeOf(error).toEqualTypeOf<InviteClientError | null>();
          expectTypeOf(id).toEqualTypeOf<string>();
        },
      },
    });
    // @ts-expect-error the hook's own mutation function cannot be replaced
    useCancelInvite({ mutation: { mutationFn: (id: string) => client.cancelUserInvite(id) } });
  });
});

describe('useResendInvite', () => {
  test('mutate takes an invite id; cooldowns are per id', () => {
    const resend = useResendInvite({ cooldownMs: 30_000 });
    expectTypeOf(resend.mutate).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(resend.mutateAsync).returns.resolves.toEqualTypeOf<UserInvite>();
    expectTypeOf(resend.error).toEqualTypeOf<InviteClientError | null>();
    expectTypeOf(resend.cooldownRemainingMs).toEqualTypeOf<(id: string) => number>();
    expectTypeOf(resend.isResending).toEqualTypeOf<(id: string) => boolean>();
    if (resend.isSuccess) expectTypeOf(resend.data).toEqualTypeOf<UserInvite>();
    // @ts-expect-error the cooldown is a number of milliseconds
    useResendInvite({ cooldownMs: '30s' });
  });

  test('mutation overrides get the invite, its id and the error', () => {
    useResendInvite({
      mutation: {
        onSuccess: (invite, id) => {
          expectTypeOf(invite).toEqualTypeOf<UserInvite>();
          expectTypeOf(id).toEqualTypeOf<string>();
        },
        onError: (error) => expectTypeOf(error).toEqualTypeOf<InviteClientError>(),
      },
    });
    // @ts-expect-error the cooldown check wraps the hook's own mutation function
    useResendInvite({ mutation: { mutationFn: (id: string) => client.resendUserInvite(id) } });
  });
});

describe('useUpdateInvite', () => {
  test('mutate takes { id, patch } with only patchable fields', () => {
    const update = useUpdateInvite();
    expectTypeOf(update.mutate).parameter(0).toEqualTypeOf<UpdateInviteVariables>();
    expectTypeOf<UpdateInviteVariables>().toEqualTypeOf<{ id: string; patch: UserInvitePatch }>();
    expectTypeOf(update.mutateAsync).returns.resolves.toEqualTypeOf<UserInvite>();
    expectTypeOf(update.error).toEqualTypeOf<InviteClientError | null>();

    update.mutate({ id: 'inv-1', patch: { firstName: 'Ada', roleKeys: ['admin'] } });
    // @ts-expect-error the address of an invite cannot be changed
    update.mutate({ id: 'inv-1', patch: { email: 'ada@example.com' } });
    // @ts-expect-error neither can its status (cancel, accept and decline do that)
    update.mutate({ id: 'inv-1', patch: { status: 'accepted' } });
    // @ts-expect-error the id is needed
    update.mutate({ patch: { firstName: 'Ada' } });
  });

  test('the patch has exactly the editable fields', () => {
    expectTypeOf<keyof UserInvitePatch>().toEqualTypeOf<
      'firstName' | 'lastName' | 'locale' | 'data' | 'roleKeys' | 'acceptedByUserId'
    >();
    expectTypeOf<UserInvitePatch['roleKeys']>().toEqualTypeOf<string[] | null | undefined>();
  });

  test('mutation overrides get the invite and the variables', () => {
    useUpdateInvite({
      mutation: {
        onSuccess: (invite, { id, patch }) => {
          expectTypeOf(invite).toEqualTypeOf<UserInvite>();
          expectTypeOf(id).toEqualTypeOf<string>();
          expectTypeOf(patch).toEqualTypeOf<UserInvitePatch>();
        },
        onError: (error, variables) => {
          expectTypeOf(error).toEqualTypeOf<InviteClientError>();
          expectTypeOf(variables).toEqualTypeOf<UpdateInviteVariables>();
        },
      },
    });
    // @ts-expect-error the optimistic update is the hook's own
    useUpdateInvite({ mutation: { onMutate: () => ({ previous: undefined }) } });
  });
});

describe('useAcceptInvite and useDeclineInvite', () => {
  test('mutate takes the token params and resolves to the answered invite', () => {
    const accept = useAcceptInvite();
    const decline = useDeclineInvite();
    for (const respond of [accept, decline]) {
      expectTypeOf(respond.mutate).parameter(0).toEqualTypeOf<InviteTokenParams>();
      expectTypeOf(respond.mutateAsync).returns.resolves.toEqualTypeOf<UserInvite>();
      expectTypeOf(respond.error).toEqualTypeOf<InviteClientError | null>();
    }
    expectTypeOf<InviteTokenParams>().toEqualTypeOf<{ token: string; userId?: string }>();
    accept.mutate({ token, userId: 'user-1' });
    // @ts-expect-error the params, not a bare token
    accept.mutate(token);
    // @ts-expect-error the params, not a bare token
    decline.mutate(token);
  });

  test('mutation overrides get the invite, the params and the error', () => {
    const mutation = {
      onSuccess: (invite: UserInvite, params: InviteTokenParams) => [invite.id, params.token],
      onError: (error: InviteClientError) => error.code === 'expired',
    };
    useAcceptInvite({ mutation });
    useDeclineInvite({ mutation });
    useDeclineInvite({
      mutation: {
        onError: (error, params) => {
          expectTypeOf(error).toEqualTypeOf<InviteClientError>();
          expectTypeOf(params).toEqualTypeOf<InviteTokenParams>();
        },
      },
    });
    // @ts-expect-error the variables are token params, not an id
    useAcceptInvite({ mutation: { onSuccess: (_invite, id: number) => id } });
    useDeclineInvite({
      // @ts-expect-error the hook's own mutation function cannot be replaced
      mutation: { mutationFn: (params: InviteTokenParams) => client.acceptUserInvite(params) },
    });
  });
});

describe('useInviteLink', () => {
  test('mutateAsync takes an invite id and resolves to the link', () => {
    const link = useInviteLink();
    expectTypeOf(link.mutateAsync).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(link.mutateAsync).returns.resolves.toEqualTypeOf<string>();
    expectTypeOf(link.isSupported).toEqualTypeOf<boolean>();
    expectTypeOf(link.error).toEqualTypeOf<InviteClientError | null>();
  });

  test('mutation overrides get the link and the id', () => {
    useInviteLink({
      mutation: {
        onSuccess: (href, id) => {
          expectTypeOf(href).toEqualTypeOf<string>();
          expectTypeOf(id).toEqualTypeOf<string>();
        },
      },
    });
    // @ts-expect-error the hook's key cannot be replaced
    useInviteLink({ mutation: { mutationKey: ['link'] } });
  });
});

describe('useUserInvites', () => {
  test('data is one page, error an InviteClientError', () => {
    const invites = useUserInvites({ limit: 10, filter: { status: 'pending' } });
    expectTypeOf(invites.data).toEqualTypeOf<UserInvitesPage | undefined>();
    expectTypeOf(invites.error).toEqualTypeOf<InviteClientError | null>();
    if (invites.isSuccess) expectTypeOf(invites.data).toEqualTypeOf<UserInvitesPage>();
    expectTypeOf(invites.isPlaceholderData).toEqualTypeOf<boolean>();
  });

  test('params are a listing without its tenant', () => {
    expectTypeOf(useUserInvites).parameter(0).toEqualTypeOf<UserInvitesListParams | undefined>();
    useUserInvites({ search: 'ada', order: { field: 'email', direction: 'asc' }, offset: 25 });
    // @ts-expect-error the tenant comes from the provider or the scope, never the params
    useUserInvites({ tenantId: 'acme' });
    // @ts-expect-error not a field a listing can order by
    useUserInvites({ order: { field: 'firstName', direction: 'asc' } });
  });

  test('query overrides see the page, the error and the list key', () => {
    useUserInvites(
      {},
      {
        prefetchNextPage: false,
        query: {
          select: (page) => {
            expectTypeOf(page).toEqualTypeOf<UserInvitesPage>();
            return page;
          },
          enabled: (query) => {
            expectTypeOf(query.queryKey).toEqualTypeOf<ReturnType<typeof inviteKeys.list>>();
            return true;
          },
          retry: (failureCount, error) => {
            expectTypeOf(error).toEqualTypeOf<InviteClientError>();
            return failureCount < 3;
          },
          staleTime: 60_000,
        },
      },
    );
  });

  test('queryKey and queryFn belong to the hook', () => {
    // @ts-expect-error the key is the hook's own
    useUserInvites({}, { query: { queryKey: inviteKeys.list('acme') } });
    // @ts-expect-error so is the query function
    useUserInvites({}, { query: { queryFn: () => client.userInvites({ tenantId: 'acme' }) } });
  });
});

describe('useUserInvite', () => {
  test('data is the invite, null when there is none', () => {
    const invite = useUserInvite('inv-1');
    expectTypeOf(invite.data).toEqualTypeOf<UserInvite | null | undefined>();
    expectTypeOf(invite.error).toEqualTypeOf<InviteClientError | null>();
    expectTypeOf(useUserInvite).parameter(0).toEqualTypeOf<string>();
  });

  test('query overrides see the invite and the detail key', () => {
    useUserInvite('inv-1', {
      query: {
        enabled: (query) => {
          expectTypeOf(query.queryKey).toEqualTypeOf<ReturnType<typeof inviteKeys.detail>>();
          return true;
        },
        select: (invite) => {
          expectTypeOf(invite).toEqualTypeOf<UserInvite | null>();
          return invite;
        },
      },
    });
    // @ts-expect-error the key is the hook's own
    useUserInvite('inv-1', { query: { queryKey: inviteKeys.detail('acme', 'inv-1') } });
  });
});

describe('useRoles', () => {
  test('data is the list of roles', () => {
    const roles = useRoles();
    expectTypeOf(roles.data).toEqualTypeOf<InviteRole[] | undefined>();
    expectTypeOf(roles.error).toEqualTypeOf<InviteClientError | null>();
  });

  test('query overrides see the roles; the query function is the hook’s own', () => {
    useRoles({
      query: {
        staleTime: Infinity,
        select: (roles) => {
          expectTypeOf(roles).toEqualTypeOf<InviteRole[]>();
          return roles;
        },
      },
    });
    // @ts-expect-error the query function is the hook's own
    useRoles({ query: { queryFn: async () => [] } });
  });
});

describe('useInvitePreview', () => {
  test('data is the preview, null when the client cannot tell', () => {
    const preview = useInvitePreview(token);
    expectTypeOf(preview.data).toEqualTypeOf<InvitePreview | null | undefined>();
    expectTypeOf(preview.error).toEqualTypeOf<InviteClientError | null>();
    expectTypeOf(useInvitePreview).parameter(0).toEqualTypeOf<string>();
  });

  test('query overrides see the preview and the preview key', () => {
    useInvitePreview(token, {
      query: {
        enabled: (query) => {
          expectTypeOf(query.queryKey).toEqualTypeOf<ReturnType<typeof inviteKeys.preview>>();
          return true;
        },
        select: (preview) => {
          expectTypeOf(preview).toEqualTypeOf<InvitePreview | null>();
          return preview;
        },
      },
    });
    // @ts-expect-error the key is the hook's own
    useInvitePreview(token, { query: { queryKey: inviteKeys.preview('', token) } });
  });
});

describe('useInviteStatus', () => {
  test('statuses by id, read-only, absent until known', () => {
    const status = useInviteStatus(['inv-1', 'inv-2']);
    expectTypeOf(status).toEqualTypeOf<UseInviteStatusResult>();
    expectTypeOf(status.statusById).toEqualTypeOf<Readonly<Record<string, InviteStatus>>>();
    expectTypeOf(status.inviteById).toEqualTypeOf<Readonly<Record<string, UserInvite>>>();
    expectTypeOf(status.statusById['inv-1']).toEqualTypeOf<InviteStatus | undefined>();
    expectTypeOf(status.error).toEqualTypeOf<InviteClientError | null>();
    expectTypeOf(status.mode).toEqualTypeOf<'subscribe' | 'poll'>();
    expectTypeOf(status.refresh).toEqualTypeOf<() => Promise<void>>();
    // @ts-expect-error the statuses are the watcher's, not the host's to write
    status.statusById['inv-1'] = 'accepted';
  });

  test('takes one id or a read-only list, and calls onChange with the previous status', () => {
    const ids = ['inv-1', 'inv-2'] as const;
    useInviteStatus(ids);
    useInviteStatus('inv-1', {
      pollIntervalMs: 10_000,
      enabled: true,
      onChange: (invite, previousStatus) => {
        expectTypeOf(invite).toEqualTypeOf<UserInvite>();
        expectTypeOf(previousStatus).toEqualTypeOf<InviteStatus>();
      },
    });
    // @ts-expect-error ids are strings
    useInviteStatus([1, 2]);
  });
});

describe('explicit scope', () => {
  test('every hook takes client, tenantId and queryClient instead of the provider’s', () => {
    const scope = { client, tenantId: 'acme', queryClient };
    expectTypeOf(scope).toExtend<InviteScope>();
    expectTypeOf<InviteScope>().toEqualTypeOf<{
      client?: InviteClient;
      tenantId?: string;
      queryClient?: QueryClient;
    }>();
    useSendInvites(scope);
    useCancelInvite(scope);
    useResendInvite(scope);
    useUpdateInvite(scope);
    useAcceptInvite(scope);
    useDeclineInvite(scope);
    useInviteLink(scope);
    useUserInvites({}, scope);
    useUserInvite('inv-1', scope);
    useRoles(scope);
    useInvitePreview(token, scope);
    useInviteStatus('inv-1', scope);
  });

  test('a misspelt or mistyped scope is an error', () => {
    // @ts-expect-error `tenantId`, not `tenant`
    useCancelInvite({ client, tenant: 'acme' });
    // @ts-expect-error a QueryClient, not its options
    useUserInvites({}, { queryClient: { defaultOptions: {} } });
    // @ts-expect-error a client has the contract's methods
    useRoles({ client: { listRoles: async () => [] }, tenantId: 'acme' });
  });
});
