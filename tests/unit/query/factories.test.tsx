import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryInviteClient } from '../../../src/client/memory/createMemoryInviteClient';
import type { InviteClient, UserInvite, UserInvitesPage } from '../../../src/client/types';
import { useCancelInvite } from '../../../src/hooks/useCancelInvite';
import { useResendInvite } from '../../../src/hooks/useResendInvite';
import { useUserInvites } from '../../../src/hooks/useUserInvites';
import { acceptInviteMutationOptions } from '../../../src/query/acceptInviteMutationOptions';
import { cancelInviteMutationOptions } from '../../../src/query/cancelInviteMutationOptions';
import { declineInviteMutationOptions } from '../../../src/query/declineInviteMutationOptions';
import { inviteKeys } from '../../../src/query/inviteKeys';
import { resendInviteMutationOptions } from '../../../src/query/resendInviteMutationOptions';
import { sendInvitesMutationOptions } from '../../../src/query/sendInvitesMutationOptions';
import { updateInviteMutationOptions } from '../../../src/query/updateInviteMutationOptions';
import { userInviteQueryOptions } from '../../../src/query/userInviteQueryOptions';
import { userInvitesQueryOptions } from '../../../src/query/userInvitesQueryOptions';
import { renderHookWithProviders } from '../../helpers/renderWithProviders';

/*
 * The option factories on their own: TanStack's `useMutation` and `useQuery` in a plain
 * `QueryClientProvider`, no invite hook and no `InviteClientProvider`. Whatever cache behaviour
 * the hooks promise must come from the factory alone.
 */

const TENANT = 'acme';
const START = Date.parse('2026-03-01T09:00:00Z');
const DAY = 24 * 3_600_000;

interface Gate {
  promise: Promise<void>;
  open: () => void;
}

function gate(): Gate {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

type HeldMethod =
  'userInvites' | 'cancelUserInvite' | 'updateUserInvite' | 'resendUserInvite' | 'sendUserInvites';

/**
 * A memory backend behind a client whose calls can be held: a held call reaches the backend
 * only once released, so the test sees the cache while "the client has not answered yet".
 */
function holdableBackend(options: { expiresInMs?: number } = {}) {
  let now = START;
  const memory = createMemoryInviteClient({
    tenantId: TENANT,
    now: () => now,
    resendRateLimit: false,
    ...options,
  });
  const gates = new Map<HeldMethod, Gate>();
  const asked: HeldMethod[] = [];
  const held =
    <A extends unknown[], R>(method: HeldMethod, call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      asked.push(method);
      const waiting = gates.get(method);
      if (waiting) await waiting.promise;
      return call(...args);
    };
  const client: InviteClient = {
    ...memory,
    userInvites: held('userInvites', memory.userInvites),
    cancelUserInvite: held('cancelUserInvite', memory.cancelUserInvite),
    updateUserInvite: held('updateUserInvite', memory.updateUserInvite),
    resendUserInvite: held('resendUserInvite', memory.resendUserInvite),
    sendUserInvites: held('sendUserInvites', memory.sendUserInvites),
  };
  return {
    memory,
    client,
    /** Holds every later call of `method` until the returned function is called. */
    hold(method: HeldMethod) {
      const waiting = gate();
      gates.set(method, waiting);
      return () => {
        gates.delete(method);
        waiting.open();
      };
    },
    /** How many times the client was asked for `method`, held or not. */
    askedFor: (method: HeldMethod) => asked.filter((name) => name === method).length,
    advance(ms: number) {
      now += ms;
    },
    /** Sends one invite at the current time, then moves the clock on a second. */
    async invite(email: string) {
      const { success } = await memory.sendUserInvites({
        tenantId: TENANT,
        userInvites: [{ email }],
      });
      now += 1000;
      return success[0]!;
    },
    tokenOf: (id: string) => memory.sentEmails().findLast((email) => email.inviteId === id)!.token,
  };
}

function newQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
}

/** A hook in a plain QueryClientProvider: the factories must need nothing more. */
function renderInQueryClient<Result>(hook: () => Result, queryClient = newQueryClient()) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return { ...renderHook(hook, { wrapper }), queryClient };
}

const find = (page: UserInvitesPage | undefined, id: string) =>
  page?.data.find((invite) => invite.id === id);

/** The lists and the detail a screen typically holds for one invite, all from the factories. */
function useInviteScreen(client: InviteClient, id: string) {
  return {
    // Newest first, two per page: the newest invites are on it.
    firstPage: useQuery(userInvitesQueryOptions(client, TENANT, { limit: 2 })),
    pending: useQuery(
      userInvitesQueryOptions(client, TENANT, { filter: { status: 'pending' }, limit: 10 }),
    ),
    byEmail: useQuery(
      userInvitesQueryOptions(client, TENANT, {
        order: { field: 'email', direction: 'asc' },
        limit: 10,
      }),
    ),
    detail: useQuery(userInviteQueryOptions(client, TENANT, id)),
  };
}

type Screen = ReturnType<typeof useInviteScreen>;

/** The invite as each cached list and the detail show it. */
function everywhere(screen: Screen, id: string) {
  return {
    firstPage: find(screen.firstPage.data, id),
    pending: find(screen.pending.data, id),
    byEmail: find(screen.byEmail.data, id),
    detail: screen.detail.data ?? undefined,
  };
}

async function loaded(screen: () => Screen) {
  await waitFor(() => {
    const { firstPage, pending, byEmail, detail } = screen();
    expect([firstPage, pending, byEmail, detail].every((query) => query.isSuccess)).toBe(true);
  });
}

describe('cancelInviteMutationOptions, with useMutation alone', () => {
  async function setup() {
    const backend = holdableBackend();
    await backend.invite('ada@example.com');
    await backend.invite('grace@example.com');
    const alan = await backend.invite('alan@example.com');
    const rendered = renderInQueryClient(() => ({
      cancel: useMutation(cancelInviteMutationOptions(backend.client, TENANT)),
      screen: useInviteScreen(backend.client, alan.id),
    }));
    await loaded(() => rendered.result.current.screen);
    const statuses = () => {
      const shown = everywhere(rendered.result.current.screen, alan.id);
      return {
        firstPage: shown.firstPage?.status,
        pending: shown.pending?.status,
        byEmail: shown.byEmail?.status,
        detail: shown.detail?.status,
      };
    };
    expect(statuses()).toEqual({
      firstPage: 'pending',
      pending: 'pending',
      byEmail: 'pending',
      detail: 'pending',
    });
    return { ...rendered, backend, alan, statuses };
  }

  const all = (status: string) => ({
    firstPage: status,
    pending: status,
    byEmail: status,
    detail: status,
  });

  it('shows canceled in every cached list page and the detail before the client answers', async () => {
    const { result, backend, alan, statuses } = await setup();
    const answer = backend.hold('cancelUserInvite');
    act(() => result.current.cancel.mutate(alan.id));
    await waitFor(() => expect(statuses()).toEqual(all('canceled')));
    expect(result.current.cancel.isPending).toBe(true);
    // The backend has not acted: the change on screen is the optimistic one.
    expect((await backend.memory.userInvite(alan.id))?.status).toBe('pending');

    answer();
    await waitFor(() => expect(result.current.cancel.isSuccess).toBe(true));
    expect((await backend.memory.userInvite(alan.id))?.status).toBe('canceled');
    expect(find(result.current.screen.firstPage.data, alan.id)?.status).toBe('canceled');
  });

  it('revalidates the lists at the end, so a pending-only list drops the canceled invite', async () => {
    const { result, backend, alan, queryClient } = await setup();
    const lists = backend.hold('userInvites');
    const asked = backend.askedFor('userInvites');
    await act(() => result.current.cancel.mutateAsync(alan.id));
    // Every list of the tenant was asked again; none has answered yet.
    await waitFor(() => expect(backend.askedFor('userInvites')).toBe(asked + 3));
    expect(
      queryClient
        .getQueryCache()
        .findAll({ queryKey: inviteKeys.lists(TENANT) })
        .every((query) => query.state.isInvalidated),
    ).toBe(true);
    expect(find(result.current.screen.pending.data, alan.id)?.status).toBe('canceled');

    lists();
    await waitFor(() => expect(find(result.current.screen.pending.data, alan.id)).toBeUndefined());
    expect(find(result.current.screen.firstPage.data, alan.id)?.status).toBe('canceled');
  });

  it('rolls back everywhere when the client refuses, and exposes the error', async () => {
    const { result, backend, alan, statuses } = await setup();
    backend.memory.failNext('cancelUserInvite', 'forbidden');
    const answer = backend.hold('cancelUserInvite');
    act(() => result.current.cancel.mutate(alan.id));
    await waitFor(() => expect(statuses()).toEqual(all('canceled')));

    answer();
    await waitFor(() => expect(result.current.cancel.error?.code).toBe('forbidden'));
    expect(statuses()).toEqual(all('pending'));
    await waitFor(() => expect(result.current.screen.pending.isFetching).toBe(false));
    expect(statuses()).toEqual(all('pending'));
  });

  it('shows the real state on conflict: the invite was accepted meanwhile', async () => {
    const { result, backend, alan, statuses } = await setup();
    await backend.memory.acceptUserInvite({ token: backend.tokenOf(alan.id) });
    // Lists stay as they were until the end: what changes them first is the factory's own fetch.
    const lists = backend.hold('userInvites');
    act(() => result.current.cancel.mutate(alan.id));
    await waitFor(() => expect(result.current.cancel.error?.code).toBe('conflict'));
    expect(statuses()).toEqual({
      firstPage: 'accepted',
      // Still listed until the list revalidates, but as it really is.
      pending: 'accepted',
      byEmail: 'accepted',
      detail: 'accepted',
    });
    lists();
    await waitFor(() => expect(find(result.current.screen.pending.data, alan.id)).toBeUndefined());
    expect(statuses().detail).toBe('accepted');
  });

  // A newer copy that arrived while the cancel was under way (a refetch here; a push or a poll in
  // an app) must survive the rollback: the detail is not revalidated afterwards.
  it('never rolls back over a newer copy that arrived while the cancel was under way', async () => {
    const { result, backend, alan, statuses } = await setup();
    const answer = backend.hold('cancelUserInvite');
    act(() => result.current.cancel.mutate(alan.id));
    await waitFor(() => expect(statuses()).toEqual(all('canceled')));
    // Meanwhile the invitee accepts, and the screen learns it.
    await backend.memory.acceptUserInvite({ token: backend.tokenOf(alan.id) });
    await act(() => result.current.screen.detail.refetch());
    await waitFor(() => expect(statuses().detail).toBe('accepted'));
    // The cancel request is lost on its way: no answer about the invite's state.
    backend.memory.failNext('cancelUserInvite', 'network');
    answer();
    await waitFor(() => expect(result.current.cancel.error?.code).toBe('network'));
    await waitFor(() => expect(find(result.current.screen.pending.data, alan.id)).toBeUndefined());
    expect(statuses().firstPage).toBe('accepted');
    expect(statuses().detail).toBe('accepted');
  });
});

describe('updateInviteMutationOptions, with useMutation alone', () => {
  async function setup() {
    const backend = holdableBackend();
    await backend.invite('ada@example.com');
    await backend.invite('grace@example.com');
    const alan = await backend.invite('alan@example.com');
    const rendered = renderInQueryClient(() => ({
      update: useMutation(updateInviteMutationOptions(backend.client, TENANT)),
      screen: useInviteScreen(backend.client, alan.id),
    }));
    await loaded(() => rendered.result.current.screen);
    const shown = () => {
      const copies = everywhere(rendered.result.current.screen, alan.id);
      return Object.fromEntries(
        Object.entries(copies).map(([where, invite]) => [
          where,
          invite && {
            firstName: invite.firstName,
            roleKeys: invite.roleKeys,
            status: invite.status,
          },
        ]),
      );
    };
    return { ...rendered, backend, alan, shown };
  }

  const all = (value: Pick<UserInvite, 'firstName' | 'roleKeys' | 'status'>) => ({
    firstPage: value,
    pending: value,
    byEmail: value,
    detail: value,
  });
  const before = all({ firstName: null, roleKeys: [], status: 'pending' });
  const patched = all({ firstName: 'Alan', roleKeys: ['admin'], status: 'pending' });

  it('shows the patch in every cached list page and the detail before the client answers', async () => {
    const { result, backend, alan, shown } = await setup();
    expect(shown()).toEqual(before);
    const answer = backend.hold('updateUserInvite');
    act(() =>
      result.current.update.mutate({
        id: alan.id,
        patch: { firstName: 'Alan', roleKeys: ['admin'] },
      }),
    );
    await waitFor(() => expect(shown()).toEqual(patched));
    expect(result.current.update.isPending).toBe(true);
    expect((await backend.memory.userInvite(alan.id))?.firstName).toBeNull();

    const lists = backend.hold('userInvites');
    const asked = backend.askedFor('userInvites');
    answer();
    await waitFor(() => expect(result.current.update.isSuccess).toBe(true));
    expect(shown()).toEqual(patched);
    // The answer is newer than the cached copy: it is what the detail holds now.
    await waitFor(() =>
      expect(result.current.screen.detail.data?.updatedAt).toBe(
        result.current.update.data?.updatedAt,
      ),
    );
    // Lists revalidate at the end.
    await waitFor(() => expect(backend.askedFor('userInvites')).toBe(asked + 3));
    lists();
    await waitFor(() => expect(result.current.screen.firstPage.isFetching).toBe(false));
    expect(shown()).toEqual(patched);
  });

  it('rolls back everywhere when the client refuses', async () => {
    const { result, backend, alan, shown } = await setup();
    backend.memory.failNext('updateUserInvite', 'forbidden');
    const answer = backend.hold('updateUserInvite');
    act(() =>
      result.current.update.mutate({
        id: alan.id,
        patch: { firstName: 'Alan', roleKeys: ['admin'] },
      }),
    );
    await waitFor(() => expect(shown()).toEqual(patched));
    answer();
    await waitFor(() => expect(result.current.update.error?.code).toBe('forbidden'));
    expect(shown()).toEqual(before);
  });

  it('shows the real state on conflict: the invite was accepted meanwhile', async () => {
    const { result, backend, alan, shown } = await setup();
    await backend.memory.acceptUserInvite({ token: backend.tokenOf(alan.id) });
    backend.memory.failNext('updateUserInvite', 'conflict');
    const lists = backend.hold('userInvites');
    act(() => result.current.update.mutate({ id: alan.id, patch: { firstName: 'Alan' } }));
    await waitFor(() => expect(result.current.update.error?.code).toBe('conflict'));
    expect(shown()).toEqual(all({ firstName: null, roleKeys: [], status: 'accepted' }));
    lists();
  });
});

describe('resendInviteMutationOptions, with useMutation alone', () => {
  it('writes the renewed invite (new expiry, an expired one pending again) into cached lists and its detail, then revalidates', async () => {
    const backend = holdableBackend({ expiresInMs: DAY });
    const ada = await backend.invite('ada@example.com');
    const grace = await backend.invite('grace@example.com');
    backend.advance(2 * DAY); // both have expired
    const { client } = backend;
    const { result } = renderInQueryClient(() => ({
      resend: useMutation(resendInviteMutationOptions(client, TENANT)),
      list: useQuery(userInvitesQueryOptions(client, TENANT, { limit: 10 })),
      byEmail: useQuery(
        userInvitesQueryOptions(client, TENANT, { order: { field: 'email', direction: 'asc' } }),
      ),
      detail: useQuery(userInviteQueryOptions(client, TENANT, ada.id)),
    }));
    await waitFor(() => expect(find(result.current.list.data, ada.id)?.status).toBe('expired'));
    await waitFor(() => expect(result.current.byEmail.isSuccess).toBe(true));
    await waitFor(() => expect(result.current.detail.data?.status).toBe('expired'));
    const oldExpiry = find(result.current.list.data, ada.id)?.expiresAt;

    const lists = backend.hold('userInvites');
    const asked = backend.askedFor('userInvites');
    let renewed: UserInvite | undefined;
    await act(async () => {
      renewed = await result.current.resend.mutateAsync(ada.id);
    });
    const expiresAt = new Date(START + 2000 + 2 * DAY + DAY).toISOString();
    expect(renewed).toMatchObject({ status: 'pending', expiresAt });
    expect(oldExpiry).not.toBe(expiresAt);
    // Written by the factory: no list has answered since.
    await waitFor(() => {
      for (const page of [result.current.list.data, result.current.byEmail.data]) {
        expect(find(page, ada.id)).toMatchObject({ status: 'pending', expiresAt });
        expect(find(page, grace.id)?.status).toBe('expired');
      }
      expect(result.current.detail.data).toMatchObject({ status: 'pending', expiresAt });
    });
    await waitFor(() => expect(backend.askedFor('userInvites')).toBe(asked + 2));
    lists();
    await waitFor(() => expect(result.current.list.isFetching).toBe(false));
    expect(find(result.current.list.data, ada.id)).toMatchObject({ status: 'pending', expiresAt });
  });
});

describe('sendInvitesMutationOptions, with useMutation alone', () => {
  it('reports { success, errors } and puts new invites at the top of cached newest-first first pages only', async () => {
    const backend = holdableBackend();
    await backend.invite('ada@example.com');
    await backend.invite('grace@example.com');
    const alan = await backend.invite('alan@example.com');
    const { result } = renderInQueryClient(() => ({
      send: useMutation(sendInvitesMutationOptions(backend.client, TENANT, { locale: 'de-DE' })),
      first: useQuery(userInvitesQueryOptions(backend.client, TENANT, { limit: 2 })),
      second: useQuery(userInvitesQueryOptions(backend.client, TENANT, { limit: 2, offset: 2 })),
      oldestFirst: useQuery(
        userInvitesQueryOptions(backend.client, TENANT, {
          order: { field: 'createdAt', direction: 'asc' },
        }),
      ),
      accepted: useQuery(
        userInvitesQueryOptions(backend.client, TENANT, { filter: { status: 'accepted' } }),
      ),
    }));
    await waitFor(() => {
      const { first, second, oldestFirst, accepted } = result.current;
      expect([first, second, oldestFirst, accepted].every((query) => query.isSuccess)).toBe(true);
    });
    const emails = (page: UserInvitesPage | undefined) => page?.data.map((invite) => invite.email);
    expect(emails(result.current.first.data)).toEqual(['alan@example.com', 'grace@example.com']);
    const before = {
      second: result.current.second.data,
      oldestFirst: result.current.oldestFirst.data,
      accepted: result.current.accepted.data,
    };

    const lists = backend.hold('userInvites');
    const asked = backend.askedFor('userInvites');
    let outcome: Awaited<ReturnType<typeof result.current.send.mutateAsync>> | undefined;
    await act(async () => {
      outcome = await result.current.send.mutateAsync([
        'linus@example.com',
        'not an address',
        'ALAN@example.com',
        { email: 'radia@example.com', firstName: 'Radia' },
      ]);
    });
    expect(outcome?.success.map((invite) => invite.email)).toEqual([
      'linus@example.com',
      'radia@example.com',
    ]);
    expect(outcome?.success.every((invite) => invite.locale === 'de-DE')).toBe(true);
    expect(
      outcome?.errors
        .map(({ email, code }) => ({ email, code }))
        .sort((a, b) => a.email.localeCompare(b.email)),
    ).toEqual([
      { email: 'ALAN@example.com', code: 'already_invited' },
      { email: 'not an address', code: 'invalid_email' },
    ]);
    await waitFor(() => expect(result.current.send.data).toEqual(outcome));

    // Written by the factory: no list has answered since.
    await waitFor(() =>
      expect(new Set(emails(result.current.first.data))).toEqual(
        new Set(['linus@example.com', 'radia@example.com']),
      ),
    );
    expect(result.current.first.data?.totalCount).toBe(5);
    expect(find(result.current.first.data, alan.id)).toBeUndefined(); // off the two-row page
    expect(result.current.second.data).toBe(before.second);
    expect(result.current.oldestFirst.data).toBe(before.oldestFirst);
    expect(result.current.accepted.data).toBe(before.accepted);

    // Then every list revalidates.
    await waitFor(() => expect(backend.askedFor('userInvites')).toBe(asked + 4));
    lists();
    await waitFor(() =>
      expect(emails(result.current.second.data)).toEqual(['alan@example.com', 'grace@example.com']),
    );
    expect(emails(result.current.oldestFirst.data)?.slice(-2).sort()).toEqual([
      'linus@example.com',
      'radia@example.com',
    ]);
  });

  it('rejects with the error when nothing could be sent, and leaves cached lists alone', async () => {
    const backend = holdableBackend();
    await backend.invite('ada@example.com');
    const { result } = renderInQueryClient(() => ({
      send: useMutation(sendInvitesMutationOptions(backend.client, TENANT)),
      list: useQuery(userInvitesQueryOptions(backend.client, TENANT)),
    }));
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));
    const before = result.current.list.data;
    backend.memory.failNext('sendUserInvites', 'network');
    await act(async () => {
      await expect(result.current.send.mutateAsync(['linus@example.com'])).rejects.toMatchObject({
        code: 'network',
      });
    });
    await waitFor(() => expect(result.current.send.error?.code).toBe('network'));
    expect(result.current.list.data).toBe(before);
  });
});

describe.each([
  ['acceptInviteMutationOptions', acceptInviteMutationOptions, 'accepted'],
  ['declineInviteMutationOptions', declineInviteMutationOptions, 'declined'],
] as const)('%s, with useMutation alone', (_name, factory, status) => {
  it(`writes the ${status} invite into its tenant's cached lists and detail, from an invitee page that knows no tenant`, async () => {
    const backend = holdableBackend();
    await backend.invite('ada@example.com');
    const grace = await backend.invite('grace@example.com');
    const { result, queryClient } = renderInQueryClient(() => ({
      // The invitee's page does not know the tenant: `''`, as AcceptInvite passes it.
      answer: useMutation(factory(backend.client, '')),
      screen: useInviteScreen(backend.client, grace.id),
    }));
    await loaded(() => result.current.screen);
    const lists = backend.hold('userInvites');
    const answered = await act(() =>
      result.current.answer.mutateAsync({ token: backend.tokenOf(grace.id), userId: 'u-grace' }),
    );
    expect(answered).toMatchObject({
      id: grace.id,
      status,
      ...(status === 'accepted' ? { acceptedByUserId: 'u-grace' } : {}),
    });
    // Written by the factory: lists are held and accept/decline do not refetch them.
    await waitFor(() => {
      const shown = everywhere(result.current.screen, grace.id);
      expect(
        Object.fromEntries(Object.entries(shown).map(([where, invite]) => [where, invite?.status])),
      ).toEqual({ firstPage: status, pending: status, byEmail: status, detail: status });
    });
    expect(find(result.current.screen.firstPage.data, grace.id)?.updatedAt).toBe(
      answered.updatedAt,
    );
    // Nothing was cached under the empty tenant.
    expect(queryClient.getQueriesData({ queryKey: inviteKeys.all('') })).toEqual([]);
    lists();
  });
});

describe("a host's callbacks through a hook's `mutation` option", () => {
  it("run after the factory's rollback (onError), and never instead of it", async () => {
    const backend = holdableBackend();
    const ada = await backend.invite('ada@example.com');
    const seenByHost: (string | undefined)[] = [];
    const queryClient = newQueryClient();
    const { result } = renderHookWithProviders(
      () => ({
        cancel: useCancelInvite({
          mutation: {
            onError: () => {
              const page = queryClient.getQueryData<UserInvitesPage>(
                inviteKeys.list(TENANT, { limit: 10 }),
              );
              seenByHost.push(find(page, ada.id)?.status);
            },
          },
        }),
        list: useUserInvites({ limit: 10 }, { prefetchNextPage: false }),
      }),
      { client: backend.client, tenantId: TENANT, queryClient },
    );
    await waitFor(() => expect(find(result.current.list.data, ada.id)?.status).toBe('pending'));
    backend.memory.failNext('cancelUserInvite', 'forbidden');
    const answer = backend.hold('cancelUserInvite');
    act(() => result.current.cancel.mutate(ada.id));
    await waitFor(() => expect(find(result.current.list.data, ada.id)?.status).toBe('canceled'));
    expect(seenByHost).toEqual([]);
    answer();
    await waitFor(() => expect(result.current.cancel.error?.code).toBe('forbidden'));
    expect(seenByHost).toEqual(['pending']);
    expect(find(result.current.list.data, ada.id)?.status).toBe('pending');
  });

  it('run after the factory has fetched the real state on conflict (onError)', async () => {
    const backend = holdableBackend();
    const ada = await backend.invite('ada@example.com');
    const seenByHost: (string | undefined)[] = [];
    const queryClient = newQueryClient();
    const { result } = renderHookWithProviders(
      () => ({
        cancel: useCancelInvite({
          mutation: {
            onError: () =>
              seenByHost.push(
                queryClient.getQueryData<UserInvite | null>(inviteKeys.detail(TENANT, ada.id))
                  ?.status,
              ),
          },
        }),
        list: useUserInvites({ limit: 10 }, { prefetchNextPage: false }),
      }),
      { client: backend.client, tenantId: TENANT, queryClient },
    );
    await waitFor(() => expect(find(result.current.list.data, ada.id)?.status).toBe('pending'));
    await backend.memory.acceptUserInvite({ token: backend.tokenOf(ada.id) });
    const lists = backend.hold('userInvites');
    act(() => result.current.cancel.mutate(ada.id));
    await waitFor(() => expect(result.current.cancel.error?.code).toBe('conflict'));
    expect(seenByHost).toEqual(['accepted']);
    await waitFor(() => expect(find(result.current.list.data, ada.id)?.status).toBe('accepted'));
    lists();
  });

  it("run after the factory's write of the answer (onSuccess), and never instead of it", async () => {
    let now = START;
    const memory = createMemoryInviteClient({ tenantId: TENANT, now: () => now });
    const { success } = await memory.sendUserInvites({
      tenantId: TENANT,
      userInvites: [{ email: 'ada@example.com' }],
    });
    const ada = success[0]!;
    const seenByHost: (string | null | undefined)[] = [];
    const queryClient = newQueryClient();
    const { result } = renderHookWithProviders(
      () => ({
        resend: useResendInvite({
          mutation: {
            onSuccess: () => {
              const page = queryClient.getQueryData<UserInvitesPage>(
                inviteKeys.list(TENANT, { limit: 10 }),
              );
              seenByHost.push(find(page, ada.id)?.expiresAt);
            },
          },
        }),
        list: useUserInvites({ limit: 10 }, { prefetchNextPage: false }),
      }),
      { client: memory, tenantId: TENANT, queryClient },
    );
    await waitFor(() => expect(find(result.current.list.data, ada.id)).toBeDefined());
    now += DAY;
    const renewed = await act(() => result.current.resend.mutateAsync(ada.id));
    expect(renewed.expiresAt).toBe(new Date(START + DAY + 7 * DAY).toISOString());
    expect(seenByHost).toEqual([renewed.expiresAt]);
    await waitFor(() =>
      expect(find(result.current.list.data, ada.id)?.expiresAt).toBe(renewed.expiresAt),
    );
  });
});
