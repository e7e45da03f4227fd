import { act, renderHook, waitFor } from '@testing-library/react';
import { useState } from 'react';
import type { UserInvitesQuery } from '../../../src/client/types';
import { useDebouncedValue } from '../../../src/hooks/useDebouncedValue';
import { usePendingInviteEmails } from '../../../src/hooks/usePendingInviteEmails';
import { useRoles } from '../../../src/hooks/useRoles';
import { useUserInvites } from '../../../src/hooks/useUserInvites';
import { inviteKeys, type UserInvitesListParams } from '../../../src/query/inviteKeys';
import { renderHookWithProviders } from '../../helpers/renderWithProviders';

const listCalls = (calls: { method: string; args: unknown[] }[]) =>
  calls
    .filter((call) => call.method === 'userInvites')
    .map((call) => call.args[0] as UserInvitesQuery);

describe('useUserInvites', () => {
  it('resolves to what the client returns, with paging, search, filter and order', async () => {
    const { result, client } = renderHookWithProviders(
      () =>
        useUserInvites(
          {
            limit: 5,
            offset: 5,
            search: 'a',
            filter: { status: ['pending', 'expired'] },
            order: { field: 'email', direction: 'asc' },
          },
          { prefetchNextPage: false },
        ),
      { memory: { seed: 9, seedCount: 60 } },
    );
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const direct = await client.userInvites({
      tenantId: client.tenantId,
      limit: 5,
      offset: 5,
      search: 'a',
      filter: { status: ['pending', 'expired'] },
      order: { field: 'email', direction: 'asc' },
    });
    expect(result.current.data).toEqual(direct);
  });

  it('keeps the previous page on screen while the next loads, and fetches the next page ahead', async () => {
    let params: UserInvitesListParams = { limit: 10, offset: 0 };
    const { result, client, rerender, queryClient } = renderHookWithProviders(
      () => useUserInvites(params),
      {
        memory: { seed: 9, seedCount: 60, latencyMs: 30 },
      },
    );
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const firstPage = result.current.data!;
    await waitFor(() =>
      expect(listCalls(client.calls()).map((query) => query.offset)).toEqual([0, 10]),
    );
    await waitFor(() =>
      expect(
        queryClient.getQueryData(inviteKeys.list(client.tenantId, { limit: 10, offset: 10 })),
      ).toBeDefined(),
    );

    params = { limit: 10, offset: 10 };
    rerender();
    // The second page was prefetched: it shows at once, with no placeholder.
    expect(result.current.isPlaceholderData).toBe(false);
    expect(result.current.data?.data[0]?.id).not.toBe(firstPage.data[0]?.id);

    const secondPage = result.current.data;
    params = { limit: 10, offset: 50 };
    rerender();
    expect(result.current.isPlaceholderData).toBe(true);
    expect(result.current.data).toBe(secondPage);
    await waitFor(() => expect(result.current.isPlaceholderData).toBe(false));
    expect(result.current.data?.data).toHaveLength(10);
  });

  it('does not fetch past the last page', async () => {
    const { result, client } = renderHookWithProviders(() => useUserInvites({ limit: 50 }), {
      memory: { seed: 9, seedCount: 20 },
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(listCalls(client.calls())).toHaveLength(1);
  });
});

describe('usePendingInviteEmails', () => {
  it('keeps the same set across renders until the pending invites change', async () => {
    const { result, client, rerender, queryClient } = renderHookWithProviders(
      () => usePendingInviteEmails(),
      {
        memory: { seed: 9, seedCount: 20 },
      },
    );
    await waitFor(() => expect(result.current.size).toBeGreaterThan(0));
    const first = result.current;
    rerender();
    rerender();
    expect(result.current).toBe(first);

    await act(async () => {
      await client.sendUserInvites({
        tenantId: client.tenantId,
        userInvites: [{ email: 'new.person@example.com' }],
      });
      await queryClient.invalidateQueries();
    });
    await waitFor(() => expect(result.current.has('new.person@example.com')).toBe(true));
    expect(result.current).not.toBe(first);
  });
});

describe('useRoles', () => {
  it("lists the client's roles", async () => {
    const { result } = renderHookWithProviders(() => useRoles());
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.map((role) => role.key)).toEqual(['admin', 'member', 'viewer']);
  });

  it('stays idle and asks nothing when the client has no listRoles', async () => {
    const base = renderHookWithProviders(() => null);
    const { listRoles: _listRoles, ...client } = base.client;
    const { result } = renderHookWithProviders(() => useRoles(), { client });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(result.current.fetchStatus).toBe('idle');
    expect(result.current.data).toBeUndefined();
  });
});

describe('useDebouncedValue', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('turns a typed word into one value, not one per letter', async () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    const { result } = renderHook(() => {
      const [text, setText] = useState('');
      const debounced = useDebouncedValue(text, 300);
      if (seen.at(-1) !== debounced) seen.push(debounced);
      return { setText };
    });
    for (const prefix of ['a', 'ad', 'ada', 'ada@', 'ada@x']) {
      act(() => result.current.setText(prefix));
      await act(() => vi.advanceTimersByTimeAsync(100));
    }
    await act(() => vi.advanceTimersByTimeAsync(300));
    expect(seen).toEqual(['', 'ada@x']);
  });
});
