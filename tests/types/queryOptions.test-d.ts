// The option factories used with TanStack Query directly, as a host does on a server, in a
// loader, or with its own hooks: the types must flow through useQuery, useMutation and the
// QueryClient without a single annotation on the host's side.
import {
  QueryClient,
  useMutation,
  useMutationState,
  useQuery,
  useSuspenseQuery,
  type MutationKey,
  type QueryState,
} from '@tanstack/react-query';
import { describe, expectTypeOf, test } from 'vitest';
import {
  acceptInviteMutationOptions,
  cancelInviteMutationOptions,
  declineInviteMutationOptions,
  inviteKeys,
  inviteLinkMutationOptions,
  invitePreviewQueryOptions,
  resendInviteMutationOptions,
  rolesQueryOptions,
  sendInvitesMutationOptions,
  updateInviteMutationOptions,
  userInviteQueryOptions,
  userInvitesQueryOptions,
  type InviteClient,
  type InviteClientError,
  type InviteMutationName,
  type InvitePreview,
  type InviteRole,
  type InviteTokenParams,
  type SendProgress,
  type SendUserInvitesResult,
  type UpdateInviteVariables,
  type UserInvite,
  type UserInviteInput,
  type UserInvitesListParams,
  type UserInvitesPage,
} from 'invite-widgets';
import { createMemoryInviteClient } from 'invite-widgets/memory';

declare const client: InviteClient;
declare const token: string;
const queryClient = new QueryClient();

describe('userInvitesQueryOptions', () => {
  test('useQuery infers the page and the error', () => {
    const invites = useQuery(userInvitesQueryOptions(client, 'acme', { limit: 10 }));
    expectTypeOf(invites.data).toEqualTypeOf<UserInvitesPage | undefined>();
    expectTypeOf(invites.error).toEqualTypeOf<InviteClientError | null>();
    const suspended = useSuspenseQuery(userInvitesQueryOptions(client, 'acme'));
    expectTypeOf(suspended.data).toEqualTypeOf<UserInvitesPage>();
  });

  test('a host’s select on top of the factory changes the data type', () => {
    const count = useQuery({
      ...userInvitesQueryOptions(client, 'acme'),
      select: (page) => page.totalCount,
    });
    expectTypeOf(count.data).toEqualTypeOf<number | undefined>();
  });

  test('the key is tagged: the QueryClient knows what is cached under it', async () => {
    const options = userInvitesQueryOptions(client, 'acme', { limit: 10 });
    expectTypeOf(queryClient.prefetchQuery(options)).toEqualTypeOf<Promise<void>>();
    expectTypeOf(await queryClient.fetchQuery(options)).toEqualTypeOf<UserInvitesPage>();
    expectTypeOf(await queryClient.ensureQueryData(options)).toEqualTypeOf<UserInvitesPage>();
    expectTypeOf(queryClient.getQueryData(options.queryKey)).toEqualTypeOf<
      UserInvitesPage | undefined
    >();
    expectTypeOf(queryClient.getQueryState(options.queryKey)).toEqualTypeOf<
      QueryState<UserInvitesPage, InviteClientError> | undefined
    >();
    queryClient.setQueryData(options.queryKey, { data: [], totalCount: 0 });
    // @ts-expect-error only a page can be cached under a list key
    queryClient.setQueryData(options.queryKey, { invites: [], totalCount: 0 });
  });

  test('the key is the list key of inviteKeys', () => {
    const options = userInvitesQueryOptions(client, 'acme', { limit: 10 });
    expectTypeOf(options.queryKey).toExtend<ReturnType<typeof inviteKeys.list>>();
    expectTypeOf(userInvitesQueryOptions)
      .parameter(2)
      .toEqualTypeOf<UserInvitesListParams | undefined>();
    // @ts-expect-error the tenant is the second argument, not a listing parameter
    userInvitesQueryOptions(client, 'acme', { tenantId: 'globex' });
  });
});

describe('the other query factories', () => {
  test('userInviteQueryOptions: the invite or null, under its detail key', async () => {
    const options = userInviteQueryOptions(client, 'acme', 'inv-1');
    expectTypeOf(useQuery(options).data).toEqualTypeOf<UserInvite | null | undefined>();
    expectTypeOf(await queryClient.fetchQuery(options)).toEqualTypeOf<UserInvite | null>();
    expectTypeOf(queryClient.getQueryData(options.queryKey)).toEqualTypeOf<
      UserInvite | null | undefined
    >();
    expectTypeOf(options.queryKey).toExtend<ReturnType<typeof inviteKeys.detail>>();
  });

  test('rolesQueryOptions: the roles', async () => {
    const options = rolesQueryOptions(client, 'acme');
    expectTypeOf(useQuery(options).data).toEqualTypeOf<InviteRole[] | undefined>();
    expectTypeOf(useQuery(options).error).toEqualTypeOf<InviteClientError | null>();
    expectTypeOf(await queryClient.ensureQueryData(options)).toEqualTypeOf<InviteRole[]>();
    expectTypeOf(queryClient.getQueryData(options.queryKey)).toEqualTypeOf<
      InviteRole[] | undefined
    >();
  });

  test('invitePreviewQueryOptions: the preview or null, with no tenant known', async () => {
    const options = invitePreviewQueryOptions(client, '', token);
    expectTypeOf(useQuery(options).data).toEqualTypeOf<InvitePreview | null | undefined>();
    expectTypeOf(await queryClient.fetchQuery(options)).toEqualTypeOf<InvitePreview | null>();
    expectTypeOf(queryClient.getQueryData(options.queryKey)).toEqualTypeOf<
      InvitePreview | null | undefined
    >();
    expectTypeOf(options.queryKey).toExtend<ReturnType<typeof inviteKeys.preview>>();
  });

  test('any client fits: the memory client, or the contract', () => {
    const memory = createMemoryInviteClient();
    expectTypeOf(useQuery(rolesQueryOptions(memory, memory.tenantId)).data).toEqualTypeOf<
      InviteRole[] | undefined
    >();
    // @ts-expect-error a factory needs a client that fulfils the contract
    rolesQueryOptions({ listRoles: async () => [] }, 'acme');
  });
});

describe('mutation factories', () => {
  test('cancelInviteMutationOptions: mutate(id), resolving to the invite', () => {
    const cancel = useMutation(cancelInviteMutationOptions(client, 'acme'));
    expectTypeOf(cancel.mutate).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(cancel.mutateAsync).returns.resolves.toEqualTypeOf<UserInvite>();
    expectTypeOf(cancel.error).toEqualTypeOf<InviteClientError | null>();
    // @ts-expect-error the id, not the invite
    cancel.mutate({ id: 'inv-1' });
  });

  test('sendInvitesMutationOptions: defaults and progress, mutateAsync(inputs)', () => {
    const send = useMutation(sendInvitesMutationOptions(client, 'acme', { locale: 'de' }));
    expectTypeOf(send.mutateAsync).parameter(0).toEqualTypeOf<(string | UserInviteInput)[]>();
    expectTypeOf(send.mutateAsync).returns.resolves.toEqualTypeOf<SendUserInvitesResult>();
    expectTypeOf(send.error).toEqualTypeOf<InviteClientError | null>();
    sendInvitesMutationOptions(client, 'acme', {
      createdByUserId: 'user-1',
      onProgress: (progress) => expectTypeOf(progress).toEqualTypeOf<SendProgress>(),
    });
    // @ts-expect-error `locale`, not `language`
    sendInvitesMutationOptions(client, 'acme', { language: 'de' });
  });

  test('updateInviteMutationOptions: mutate({ id, patch })', () => {
    const update = useMutation(updateInviteMutationOptions(client, 'acme'));
    expectTypeOf(update.mutate).parameter(0).toEqualTypeOf<UpdateInviteVariables>();
    expectTypeOf(update.mutateAsync).returns.resolves.toEqualTypeOf<UserInvite>();
    update.mutate({ id: 'inv-1', patch: { lastName: 'Lovelace' } });
    // @ts-expect-error the address is not patchable
    update.mutate({ id: 'inv-1', patch: { email: 'ada@example.com' } });
  });

  test('resendInviteMutationOptions: mutate(id), resolving to the renewed invite', () => {
    const resend = useMutation(resendInviteMutationOptions(client, 'acme'));
    expectTypeOf(resend.mutate).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(resend.mutateAsync).returns.resolves.toEqualTypeOf<UserInvite>();
    expectTypeOf(resend.error).toEqualTypeOf<InviteClientError | null>();
  });

  test('accept and decline: mutate({ token }), resolving to the answered invite', () => {
    const accept = useMutation(acceptInviteMutationOptions(client, ''));
    const decline = useMutation(declineInviteMutationOptions(client, ''));
    expectTypeOf(accept.mutate).parameter(0).toEqualTypeOf<InviteTokenParams>();
    expectTypeOf(decline.mutate).parameter(0).toEqualTypeOf<InviteTokenParams>();
    expectTypeOf(accept.mutateAsync).returns.resolves.toEqualTypeOf<UserInvite>();
    expectTypeOf(decline.mutateAsync).returns.resolves.toEqualTypeOf<UserInvite>();
    expectTypeOf(decline.error).toEqualTypeOf<InviteClientError | null>();
    // @ts-expect-error the token params, not a bare token
    accept.mutate(token);
  });

  test('inviteLinkMutationOptions: mutateAsync(id) resolves to the link', () => {
    const link = useMutation(inviteLinkMutationOptions(client, 'acme'));
    expectTypeOf(link.mutateAsync).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(link.mutateAsync).returns.resolves.toEqualTypeOf<string>();
  });

  test('every factory carries its mutation key, for useMutationState', () => {
    const options = sendInvitesMutationOptions(client, 'acme');
    expectTypeOf(options.mutationKey).toEqualTypeOf<MutationKey>();
    expectTypeOf(
      cancelInviteMutationOptions(client, 'acme').mutationKey,
    ).toEqualTypeOf<MutationKey>();
    expectTypeOf(useMutationState).toBeCallableWith({
      filters: { mutationKey: options.mutationKey, status: 'pending' },
    });
  });

  test('a host’s callbacks on top of a factory see the factory’s types', () => {
    useMutation({
      ...cancelInviteMutationOptions(client, 'acme'),
      onSuccess: (invite, id) => {
        expectTypeOf(invite).toEqualTypeOf<UserInvite>();
        expectTypeOf(id).toEqualTypeOf<string>();
      },
      onError: (error) => expectTypeOf(error).toEqualTypeOf<InviteClientError>(),
    });
  });
});

describe('inviteKeys', () => {
  test('every key is a read-only tuple under the library’s root and the tenant', () => {
    expectTypeOf(inviteKeys.all('acme')).toEqualTypeOf<readonly ['invite-widgets', string]>();
    expectTypeOf(inviteKeys.lists('acme')).toEqualTypeOf<
      readonly ['invite-widgets', string, 'list']
    >();
    expectTypeOf(inviteKeys.list('acme', { limit: 10 })).toEqualTypeOf<
      readonly ['invite-widgets', string, 'list', UserInvitesListParams]
    >();
    expectTypeOf(inviteKeys.details('acme')).toEqualTypeOf<
      readonly ['invite-widgets', string, 'detail']
    >();
    expectTypeOf(inviteKeys.detail('acme', 'inv-1')).toEqualTypeOf<
      readonly ['invite-widgets', string, 'detail', string]
    >();
    expectTypeOf(inviteKeys.roles('acme')).toEqualTypeOf<
      readonly ['invite-widgets', string, 'roles']
    >();
    expectTypeOf(inviteKeys.preview('', token)).toEqualTypeOf<
      readonly ['invite-widgets', string, 'preview', string]
    >();
    expectTypeOf(inviteKeys.mutation('acme', 'send')).toEqualTypeOf<
      readonly ['invite-widgets', string, 'mutation', InviteMutationName]
    >();
  });

  test('keys cannot be changed in place, and mutation names are a closed set', () => {
    const key = inviteKeys.detail('acme', 'inv-1');
    // @ts-expect-error a key is read-only
    key[3] = 'inv-2';
    expectTypeOf<InviteMutationName>().toEqualTypeOf<
      'send' | 'resend' | 'cancel' | 'update' | 'accept' | 'decline' | 'link'
    >();
    // @ts-expect-error not a mutation this library runs
    inviteKeys.mutation('acme', 'archive');
  });

  test('keys work as TanStack filters', () => {
    void queryClient.invalidateQueries({ queryKey: inviteKeys.lists('acme') });
    void queryClient.cancelQueries({ queryKey: inviteKeys.all('acme') });
    expectTypeOf(queryClient.isMutating).toBeCallableWith({
      mutationKey: inviteKeys.mutation('acme', 'send'),
    });
  });
});
