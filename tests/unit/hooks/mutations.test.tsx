import { act, waitFor } from '@testing-library/react';
import {
  createMemoryInviteClient,
  type MemoryInviteClient,
} from '../../../src/client/memory/createMemoryInviteClient';
import { useCancelInvite } from '../../../src/hooks/useCancelInvite';
import { useResendInvite } from '../../../src/hooks/useResendInvite';
import { useAcceptInvite } from '../../../src/hooks/useAcceptInvite';
import { useDeclineInvite } from '../../../src/hooks/useDeclineInvite';
import { useUpdateInvite } from '../../../src/hooks/useUpdateInvite';
import { useUserInvite } from '../../../src/hooks/useUserInvite';
import { useUserInvites } from '../../../src/hooks/useUserInvites';
import { renderHookWithProviders } from '../../helpers/renderWithProviders';

async function invite(client: MemoryInviteClient, email = 'ada@example.com') {
  const { success } = await client.sendUserInvites({
    tenantId: client.tenantId,
    userInvites: [{ email }],
  });
  return success[0]!;
}
const tokenOf = (client: MemoryInviteClient, id: string) =>
  client.sentEmails().findLast((email) => email.inviteId === id)!.token;

describe('useCancelInvite', () => {
  async function setup() {
    const client = createMemoryInviteClient({ tenantId: 'acme', latencyMs: 300 });
    const sent = await invite(client);
    const rendered = renderHookWithProviders(
      () => ({ cancel: useCancelInvite(), list: useUserInvites({ limit: 10 }) }),
      { client, tenantId: 'acme' },
    );
    const statusOf = (id: string) =>
      rendered.result.current.list.data?.data.find((item) => item.id === id)?.status;
    await waitFor(() => expect(statusOf(sent.id)).toBe('pending'));
    return { ...rendered, sent, statusOf };
  }

  it('shows canceled in cached lists before the client answers', async () => {
    const { result, client, sent, statusOf } = await setup();
    act(() => result.current.cancel.mutate(sent.id));
    await waitFor(() => expect(statusOf(sent.id)).toBe('canceled'));
    // The backend has not answered yet: the 300 ms call is still under way.
    expect(result.current.cancel.isPending).toBe(true);
    expect(client.calls().filter((call) => call.method === 'cancelUserInvite')).toHaveLength(1);
    await waitFor(() => expect(result.current.cancel.isSuccess).toBe(true));
    expect((await client.userInvite(sent.id))?.status).toBe('canceled');
  });

  it('rolls back and exposes the error when the backend refuses', async () => {
    const { result, client, sent, statusOf } = await setup();
    client.failNext('cancelUserInvite', 'forbidden');
    act(() => result.current.cancel.mutate(sent.id));
    await waitFor(() => expect(statusOf(sent.id)).toBe('canceled'));
    await waitFor(() => expect(result.current.cancel.error?.code).toBe('forbidden'));
    expect(statusOf(sent.id)).toBe('pending');
  });

  it('fetches the real state on conflict, such as an invite accepted meanwhile', async () => {
    const { result, client, sent, statusOf } = await setup();
    await client.acceptUserInvite({ token: tokenOf(client, sent.id) });
    act(() => result.current.cancel.mutate(sent.id));
    await waitFor(() => expect(result.current.cancel.error?.code).toBe('conflict'));
    await waitFor(() => expect(statusOf(sent.id)).toBe('accepted'));
  });
});

describe('useResendInvite', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts a short cooldown after a resend and refuses a double send without asking the client', async () => {
    vi.useFakeTimers();
    const { result, client } = renderHookWithProviders(
      () => useResendInvite({ cooldownMs: 10_000 }),
      {
        memory: { resendRateLimit: false },
      },
    );
    const sent = await invite(client);
    await act(() => result.current.mutateAsync(sent.id));
    expect(result.current.cooldownRemainingMs(sent.id)).toBe(10_000);
    await act(async () => {
      await expect(result.current.mutateAsync(sent.id)).rejects.toMatchObject({
        code: 'rate_limited',
        retryAfterMs: 10_000,
      });
    });
    expect(client.calls().filter((call) => call.method === 'resendUserInvite')).toHaveLength(1);
    await act(() => vi.advanceTimersByTimeAsync(4000));
    expect(result.current.cooldownRemainingMs(sent.id)).toBe(6000);
    await act(() => vi.advanceTimersByTimeAsync(6000));
    expect(result.current.cooldownRemainingMs(sent.id)).toBe(0);
    await act(() => result.current.mutateAsync(sent.id));
    expect(client.sentEmails().map((email) => email.kind)).toEqual(['invite', 'resend', 'resend']);
  });

  it("honours the backend's retryAfterMs, so a UI can say 'available in 42 s'", async () => {
    vi.useFakeTimers();
    const { result, client } = renderHookWithProviders(() => useResendInvite());
    const sent = await invite(client);
    client.failNext('resendUserInvite', 'rate_limited', { retryAfterMs: 42_000 });
    await act(async () => {
      await expect(result.current.mutateAsync(sent.id)).rejects.toMatchObject({
        code: 'rate_limited',
      });
    });
    expect(result.current.cooldownRemainingMs(sent.id)).toBe(42_000);
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(result.current.cooldownRemainingMs(sent.id)).toBe(41_000);
  });

  it('joins a second resend of the same invite while the first is under way: one email', async () => {
    const { result, client } = renderHookWithProviders(() => useResendInvite(), {
      memory: { latencyMs: 30 },
    });
    const sent = await invite(client);
    client.clearCalls();
    let first: Promise<unknown> = Promise.resolve();
    let second: Promise<unknown> = Promise.resolve();
    await act(async () => {
      first = result.current.mutateAsync(sent.id);
      second = result.current.mutateAsync(sent.id);
      await first;
    });
    expect(await second).toBe(await first);
    expect(client.calls().filter((call) => call.method === 'resendUserInvite')).toHaveLength(1);
    // Once it is done, the cooldown refuses another at once, without asking the backend.
    await act(async () => {
      await expect(result.current.mutateAsync(sent.id)).rejects.toMatchObject({
        code: 'rate_limited',
      });
    });
    expect(client.calls().filter((call) => call.method === 'resendUserInvite')).toHaveLength(1);
  });

  it('writes the renewed invite into cached details', async () => {
    let now = Date.parse('2026-03-01T00:00:00Z');
    const client = createMemoryInviteClient({ now: () => now });
    const sent = await invite(client);
    const { result } = renderHookWithProviders(
      () => ({ resend: useResendInvite(), detail: useUserInvite(sent.id) }),
      { client },
    );
    await waitFor(() =>
      expect(result.current.detail.data?.expiresAt).toBe('2026-03-08T00:00:00.000Z'),
    );
    now += 24 * 3_600_000;
    await act(() => result.current.resend.mutateAsync(sent.id));
    await waitFor(() =>
      expect(result.current.detail.data?.expiresAt).toBe('2026-03-09T00:00:00.000Z'),
    );
  });
});

describe('useUpdateInvite and useUserInvite', () => {
  it('changes an invite and shows the answer in its detail', async () => {
    const client = createMemoryInviteClient();
    const { id } = await invite(client);
    const { result } = renderHookWithProviders(
      () => ({ update: useUpdateInvite(), detail: useUserInvite(id) }),
      { client },
    );
    await waitFor(() => expect(result.current.detail.data?.firstName).toBeNull());
    await act(() =>
      result.current.update.mutateAsync({ id, patch: { firstName: 'Ada', roleKeys: ['admin'] } }),
    );
    expect(client.calls().find((call) => call.method === 'updateUserInvite')?.args).toEqual([
      id,
      { firstName: 'Ada', roleKeys: ['admin'] },
    ]);
    await waitFor(() =>
      expect(result.current.detail.data).toMatchObject({ firstName: 'Ada', roleKeys: ['admin'] }),
    );
  });

  it('resolves an unknown invite to null', async () => {
    const { result } = renderHookWithProviders(() => useUserInvite('nope'));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toBeNull();
  });
});

describe('useAcceptInvite and useDeclineInvite', () => {
  it('accepts by token', async () => {
    const { result, client } = renderHookWithProviders(() => useAcceptInvite());
    const sent = await invite(client);
    await act(() => result.current.mutateAsync({ token: tokenOf(client, sent.id) }));
    await waitFor(() => expect(result.current.data?.status).toBe('accepted'));
  });

  it.each([
    ['an unknown token', 'invalid_token'],
    ['an expired invite', 'expired'],
    ['an invite answered already', 'conflict'],
  ] as const)('maps %s to %s', async (_case, code) => {
    let now = Date.parse('2026-03-01T00:00:00Z');
    const { result, client } = renderHookWithProviders(() => useAcceptInvite(), {
      memory: { now: () => now, expiresInMs: 1000 },
    });
    const sent = await invite(client);
    let token = tokenOf(client, sent.id);
    if (code === 'invalid_token') token = 'tok_made_up';
    if (code === 'expired') now += 5000;
    if (code === 'conflict') await client.declineUserInvite({ token });
    await act(async () => {
      await expect(result.current.mutateAsync({ token })).rejects.toMatchObject({ code });
    });
    await waitFor(() => expect(result.current.error?.code).toBe(code));
  });

  it('declines by token, and says forbidden when the client cannot decline', async () => {
    const { result, client } = renderHookWithProviders(() => useDeclineInvite());
    const sent = await invite(client);
    await act(() => result.current.mutateAsync({ token: tokenOf(client, sent.id) }));
    await waitFor(() => expect(result.current.data?.status).toBe('declined'));

    const { declineUserInvite: _decline, ...noDecline } = client;
    const other = renderHookWithProviders(() => useDeclineInvite(), { client: noDecline });
    await act(async () => {
      await expect(other.result.current.mutateAsync({ token: 'x' })).rejects.toMatchObject({
        code: 'forbidden',
      });
    });
  });
});
