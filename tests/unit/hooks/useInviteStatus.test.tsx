import { act } from '@testing-library/react';
import {
  createMemoryInviteClient,
  type MemoryInviteClient,
} from '../../../src/client/memory/createMemoryInviteClient';
import type { InviteClient, UserInvitesQuery } from '../../../src/client/types';
import { QueryClient } from '@tanstack/react-query';
import { useInviteStatus } from '../../../src/hooks/useInviteStatus';
import { inviteKeys } from '../../../src/query/inviteKeys';
import { createInviteStatusWatcher } from '../../../src/live/createInviteStatusWatcher';
import { useSendInvites } from '../../../src/hooks/useSendInvites';
import { useUserInvites } from '../../../src/hooks/useUserInvites';
import { renderHookWithProviders, withoutSubscribe } from '../../helpers/renderWithProviders';

const INTERVAL = 5000;

async function inviteMany(client: MemoryInviteClient, count: number) {
  const { success } = await client.sendUserInvites({
    tenantId: client.tenantId,
    userInvites: Array.from({ length: count }, (_, i) => ({ email: `person${i}@example.com` })),
  });
  return success.map((invite) => invite.id);
}

const queries = (client: MemoryInviteClient) =>
  client
    .calls()
    .filter((call) => call.method === 'userInvites')
    .map((call) => call.args[0] as UserInvitesQuery);
const statusPolls = (client: MemoryInviteClient) =>
  queries(client).map((query) => query.filter?.id ?? []);

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('useInviteStatus', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    setVisibility('visible');
  });

  it.each([1, 10, 100])(
    'keeps %i watched invites live with one request per interval',
    async (count) => {
      const client = createMemoryInviteClient({ tenantId: 'acme' });
      const ids = await inviteMany(client, count);
      client.clearCalls();
      const { result } = renderHookWithProviders(() => useInviteStatus(ids), {
        client: withoutSubscribe(client),
        tenantId: 'acme',
      });
      await advance(0);
      expect(Object.keys(result.current.statusById)).toHaveLength(count);
      expect(result.current.mode).toBe('poll');
      client.clearCalls();

      await advance(6 * INTERVAL);
      const polls = statusPolls(client);
      expect(polls).toHaveLength(6);
      for (const asked of polls) expect([...asked].sort()).toEqual([...ids].sort());
    },
  );

  it('shows invites the cache already holds at once, without asking for them', async () => {
    const client = createMemoryInviteClient({ tenantId: 'acme' });
    const ids = await inviteMany(client, 3);
    const queryClient = new QueryClient();
    for (const id of ids) {
      queryClient.setQueryData(inviteKeys.detail('acme', id), await client.userInvite(id));
    }
    client.clearCalls();
    const { result } = renderHookWithProviders(() => useInviteStatus(ids), {
      client,
      tenantId: 'acme',
      queryClient,
    });
    expect(result.current.mode).toBe('subscribe');
    expect(result.current.statusById).toEqual(Object.fromEntries(ids.map((id) => [id, 'pending'])));
    await advance(INTERVAL);
    expect(statusPolls(client)).toHaveLength(0);
  });

  it('shares one poller between many components watching overlapping invites', async () => {
    const client = createMemoryInviteClient({ tenantId: 'acme' });
    const ids = await inviteMany(client, 30);
    const polling = withoutSubscribe(client);
    const { queryClient } = renderHookWithProviders(() => useInviteStatus(ids.slice(0, 20)), {
      client: polling,
      tenantId: 'acme',
    });
    renderHookWithProviders(() => useInviteStatus(ids.slice(10, 30)), {
      client: polling,
      tenantId: 'acme',
      queryClient,
    });
    renderHookWithProviders(() => useInviteStatus(ids[5]!), {
      client: polling,
      tenantId: 'acme',
      queryClient,
    });
    await advance(0);
    client.clearCalls();
    await advance(3 * INTERVAL);
    expect(statusPolls(client)).toHaveLength(3);
    expect(new Set(statusPolls(client)[0]).size).toBe(30);
  });

  it('shows an accepted invite within one interval, fires onChange once, and stops asking for it', async () => {
    const client = createMemoryInviteClient({ tenantId: 'acme' });
    const [first, second] = await inviteMany(client, 2);
    const onChange = vi.fn();
    const { result } = renderHookWithProviders(
      () => useInviteStatus([first!, second!], { onChange }),
      {
        client: withoutSubscribe(client),
        tenantId: 'acme',
      },
    );
    await advance(0);
    expect(result.current.statusById).toEqual({ [first!]: 'pending', [second!]: 'pending' });
    expect(onChange).not.toHaveBeenCalled();

    const token = client.sentEmails().find((email) => email.inviteId === first)!.token;
    await client.acceptUserInvite({ token });
    await advance(INTERVAL);
    expect(result.current.statusById[first!]).toBe('accepted');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith(
      expect.objectContaining({ id: first, status: 'accepted' }),
      'pending',
    );

    client.clearCalls();
    await advance(2 * INTERVAL);
    expect(statusPolls(client)).toEqual([[second], [second]]);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('asks nothing once every watched invite is settled', async () => {
    const client = createMemoryInviteClient({ tenantId: 'acme' });
    const [id] = await inviteMany(client, 1);
    await client.cancelUserInvite(id!);
    renderHookWithProviders(() => useInviteStatus([id!]), {
      client: withoutSubscribe(client),
      tenantId: 'acme',
    });
    await advance(0);
    client.clearCalls();
    await advance(10 * INTERVAL);
    expect(statusPolls(client)).toEqual([]);
  });

  it('asks nothing while the page is hidden, and checks at once when it is shown or focused', async () => {
    const client = createMemoryInviteClient({ tenantId: 'acme' });
    const ids = await inviteMany(client, 5);
    renderHookWithProviders(() => useInviteStatus(ids), {
      client: withoutSubscribe(client),
      tenantId: 'acme',
    });
    await advance(0);
    client.clearCalls();

    act(() => setVisibility('hidden'));
    await advance(12 * INTERVAL);
    expect(statusPolls(client)).toHaveLength(0);

    act(() => setVisibility('visible'));
    await advance(0);
    expect(statusPolls(client)).toHaveLength(1);

    await advance(2000);
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    await advance(0);
    expect(statusPolls(client)).toHaveLength(2);
  });

  it('backs off exponentially on failures, up to a cap, then returns to the interval', async () => {
    const client = createMemoryInviteClient({ tenantId: 'acme' });
    const ids = await inviteMany(client, 3);
    const { result } = renderHookWithProviders(() => useInviteStatus(ids), {
      client: withoutSubscribe(client),
      tenantId: 'acme',
    });
    await advance(0);
    client.failNext('userInvites', 'network', { times: 3 });
    client.clearCalls();
    const times: number[] = [];
    const start = Date.now();
    for (let elapsed = 0; elapsed < 120_000; elapsed += 1000) {
      const before = statusPolls(client).length;
      await advance(1000);
      if (statusPolls(client).length > before) times.push(Date.now() - start);
    }
    // 5 s, then +10 s, +20 s, +40 s after three failures, then every 5 s again.
    expect(times.slice(0, 6)).toEqual([5000, 15000, 35000, 75000, 80000, 85000]);
    expect(result.current.error).toBeNull();
  });

  it('exposes the failure of a check until one succeeds', async () => {
    const client = createMemoryInviteClient({ tenantId: 'acme' });
    const ids = await inviteMany(client, 1);
    client.failNext('userInvites', 'network');
    const { result } = renderHookWithProviders(() => useInviteStatus(ids), {
      client: withoutSubscribe(client),
      tenantId: 'acme',
    });
    await advance(0);
    expect(result.current.error?.code).toBe('network');
    await advance(2 * INTERVAL);
    expect(result.current.error).toBeNull();
    expect(result.current.statusById[ids[0]!]).toBe('pending');
  });

  it('polls nothing with a subscribing client, and still sees every change', async () => {
    const { result, client } = renderHookWithProviders(
      () => {
        const send = useSendInvites();
        const sent = send.data?.success.map((invite) => invite.id) ?? [];
        return { send, status: useInviteStatus(sent) };
      },
      { tenantId: 'tenant_test' },
    );
    await act(() => result.current.send.mutateAsync(['ada@example.com', 'grace@example.com']));
    await advance(0);
    client.clearCalls();
    await advance(60_000);
    expect(result.current.status.mode).toBe('subscribe');
    expect(statusPolls(client)).toEqual([]);

    const [ada] = result.current.send.data!.success;
    const token = client.sentEmails().find((email) => email.inviteId === ada!.id)!.token;
    await act(() => client.acceptUserInvite({ token }));
    expect(result.current.status.statusById[ada!.id]).toBe('accepted');
    expect(client.calls().filter((call) => call.method === 'userInvites')).toEqual([]);
  });

  it('writes every change it finds into cached lists', async () => {
    const client = createMemoryInviteClient({ tenantId: 'acme' });
    const ids = await inviteMany(client, 3);
    const { result } = renderHookWithProviders(
      () => ({ list: useUserInvites({ limit: 10 }), status: useInviteStatus(ids) }),
      { client: withoutSubscribe(client), tenantId: 'acme' },
    );
    await advance(0);
    expect(result.current.list.data?.data.every((invite) => invite.status === 'pending')).toBe(
      true,
    );
    await client.cancelUserInvite(ids[1]!);
    await advance(INTERVAL);
    const listed = result.current.list.data!.data.find((invite) => invite.id === ids[1]);
    expect(listed?.status).toBe('canceled');
  });

  it('neither double-polls nor double-fires under StrictMode', async () => {
    const client = createMemoryInviteClient({ tenantId: 'acme' });
    const ids = await inviteMany(client, 4);
    client.clearCalls();
    const onChange = vi.fn();
    renderHookWithProviders(() => useInviteStatus(ids, { onChange }), {
      client: withoutSubscribe(client),
      tenantId: 'acme',
      strict: true,
    });
    await advance(0);
    expect(statusPolls(client)).toHaveLength(1);
    await advance(3 * INTERVAL);
    expect(statusPolls(client)).toHaveLength(4);
    await client.cancelUserInvite(ids[0]!);
    await advance(INTERVAL);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('stops when the last watcher unmounts', async () => {
    const client = createMemoryInviteClient({ tenantId: 'acme' });
    const ids = await inviteMany(client, 2);
    const { unmount } = renderHookWithProviders(() => useInviteStatus(ids), {
      client: withoutSubscribe(client),
      tenantId: 'acme',
    });
    await advance(0);
    unmount();
    client.clearCalls();
    await advance(10 * INTERVAL);
    expect(statusPolls(client)).toEqual([]);
  });

  describe('with a client that supportsUpdatedAfter', () => {
    const pagedBy100 = (supportsUpdatedAfter: boolean) =>
      createMemoryInviteClient({
        tenantId: 'acme',
        maxPageSize: 100,
        maxBatchSize: 1000,
        supportsUpdatedAfter,
      });

    it.each([
      [false, 10],
      [true, 1],
    ])(
      'with supportsUpdatedAfter %s, keeps 1,000 invites paged 100 at a time live with %i request(s) per interval',
      async (delta, perInterval) => {
        const client = pagedBy100(delta);
        const ids = await inviteMany(client, 1000);
        renderHookWithProviders(() => useInviteStatus(ids), {
          client: withoutSubscribe(client),
          tenantId: 'acme',
        });
        await advance(0);
        // The first check asks for every id, 100 at a time: their state is needed once.
        expect(queries(client).map((query) => query.filter?.id?.length)).toEqual(
          Array(10).fill(100),
        );
        // The one after catches up with what changed around the first (the 1,000 sends).
        await advance(INTERVAL);
        client.clearCalls();
        await advance(6 * INTERVAL);
        const asked = queries(client);
        expect(asked).toHaveLength(6 * perInterval);
        expect(asked.every((query) => (query.filter?.updatedAfter === undefined) === !delta)).toBe(
          true,
        );
      },
    );

    it('brings a change made on the backend to statusById through the delta, asking for no id', async () => {
      const client = pagedBy100(true);
      const [first, second] = await inviteMany(client, 2);
      const onChange = vi.fn();
      const { result } = renderHookWithProviders(
        () => useInviteStatus([first!, second!], { onChange }),
        { client: withoutSubscribe(client), tenantId: 'acme' },
      );
      await advance(INTERVAL);
      client.clearCalls();
      // Dated the very millisecond the last check started: the cursor's overlap still finds it.
      const token = client.sentEmails().find((email) => email.inviteId === first)!.token;
      await client.acceptUserInvite({ token });
      await advance(INTERVAL);
      expect(result.current.statusById).toEqual({ [first!]: 'accepted', [second!]: 'pending' });
      expect(onChange).toHaveBeenCalledExactlyOnceWith(
        expect.objectContaining({ id: first, status: 'accepted' }),
        'pending',
      );
      const changesSince = { updatedAfter: expect.any(String) };
      const oldestFirst = { field: 'updatedAt', direction: 'asc' };
      expect(queries(client)).toEqual([
        { tenantId: 'acme', filter: changesSince, order: oldestFirst, limit: 100, offset: 0 },
      ]);
      await advance(2 * INTERVAL);
      expect(onChange).toHaveBeenCalledTimes(1);
    });

    it("never lets another tenant's invites into this tenant's cache, whatever the backend sends", async () => {
      const memory = pagedBy100(true);
      const [mine] = await inviteMany(memory, 1);
      const { success } = await memory.sendUserInvites({
        tenantId: 'elsewhere',
        userInvites: [{ email: 'stranger@example.com' }],
      });
      const theirs = success[0]!;
      // A backend that leaks the other tenant's invite into every answer about changes.
      const client: InviteClient = {
        ...withoutSubscribe(memory),
        userInvites: async (query) => {
          const { data, totalCount } = await memory.userInvites(query);
          if (!query.filter?.updatedAfter) return { data, totalCount };
          return { data: [...data, theirs], totalCount: totalCount + 1 };
        },
      };
      const { result, queryClient } = renderHookWithProviders(() => useInviteStatus([mine!]), {
        client,
        tenantId: 'acme',
      });
      await advance(3 * INTERVAL);
      expect(queries(memory).some((query) => query.filter?.updatedAfter)).toBe(true);
      expect(queryClient.getQueryData(inviteKeys.detail('acme', theirs.id))).toBeUndefined();
      expect(result.current.statusById).toEqual({ [mine!]: 'pending' });
    });
  });
});

describe('createInviteStatusWatcher', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('caps the backoff', async () => {
    const client = createMemoryInviteClient({ tenantId: 'acme' });
    const ids = await inviteMany(client, 1);
    client.failNext('userInvites', 'network', { times: 100 });
    const watcher = createInviteStatusWatcher(withoutSubscribe(client), 'acme', new QueryClient(), {
      maxBackoffMs: 20_000,
    });
    const stop = watcher.watch(ids, 5000);
    await vi.advanceTimersByTimeAsync(0);
    client.clearCalls();
    const times: number[] = [];
    const start = Date.now();
    for (let elapsed = 0; elapsed < 100_000; elapsed += 1000) {
      const before = statusPolls(client).length;
      await vi.advanceTimersByTimeAsync(1000);
      if (statusPolls(client).length > before) times.push(Date.now() - start);
    }
    stop();
    // 10 s, then 20 s, and never longer.
    expect(times.slice(0, 5)).toEqual([10_000, 30_000, 50_000, 70_000, 90_000]);
  });
});
