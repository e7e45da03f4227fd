import { act, waitFor } from '@testing-library/react';
import { createMemoryInviteClient } from '../../../src/client/memory/createMemoryInviteClient';
import type { InviteClient, SendUserInvitesParams } from '../../../src/client/types';
import { useSendInvites } from '../../../src/hooks/useSendInvites';
import { useUserInvites } from '../../../src/hooks/useUserInvites';
import { renderHookWithProviders } from '../../helpers/renderWithProviders';

const sentBatches = (calls: { method: string; args: unknown[] }[]) =>
  calls
    .filter((call) => call.method === 'sendUserInvites')
    .map((call) =>
      (call.args[0] as SendUserInvitesParams).userInvites.map((invite) => invite.email),
    );

describe('useSendInvites', () => {
  it('trims, validates and de-duplicates before sending; invalid addresses never reach the client', async () => {
    const { result, client } = renderHookWithProviders(() => useSendInvites(), { locale: 'de-DE' });
    let outcome: Awaited<ReturnType<typeof result.current.mutateAsync>> | undefined;
    await act(async () => {
      outcome = await result.current.mutateAsync([
        '  ada@example.com ',
        'ADA@example.com',
        'not an email',
        { email: 'grace@example.com', firstName: 'Grace', roleKeys: ['admin'], locale: 'en-GB' },
      ]);
    });
    expect(client.calls().filter((call) => call.method === 'sendUserInvites')).toEqual([
      {
        method: 'sendUserInvites',
        args: [
          {
            tenantId: 'tenant_test',
            userInvites: [
              { email: 'ada@example.com', createdByUserId: 'user_admin', locale: 'de-DE' },
              {
                email: 'grace@example.com',
                firstName: 'Grace',
                roleKeys: ['admin'],
                locale: 'en-GB',
                createdByUserId: 'user_admin',
              },
            ],
          },
        ],
      },
    ]);
    expect(outcome!.success.map((invite) => invite.email)).toEqual([
      'ada@example.com',
      'grace@example.com',
    ]);
    expect(outcome!.errors).toEqual([
      { email: 'not an email', code: 'invalid_email', message: expect.any(String) },
    ]);
  });

  it("splits a large send into the client's batches, merges the results and reports progress", async () => {
    const { result, client } = renderHookWithProviders(() => useSendInvites(), {
      memory: { maxBatchSize: 3 },
    });
    const emails = Array.from({ length: 8 }, (_, i) => `p${i}@example.com`);
    let outcome: Awaited<ReturnType<typeof result.current.mutateAsync>> | undefined;
    await act(async () => {
      outcome = await result.current.mutateAsync(emails);
    });
    expect(sentBatches(client.calls())).toEqual([
      emails.slice(0, 3),
      emails.slice(3, 6),
      emails.slice(6),
    ]);
    expect(outcome!.success).toHaveLength(8);
    expect(result.current.progress).toEqual({ sent: 8, total: 8 });
  });

  it('keeps partial results when a later batch fails, and returns the unsent addresses as errors', async () => {
    const memory = createMemoryInviteClient({ tenantId: 'acme', maxBatchSize: 2 });
    let calls = 0;
    const flaky: InviteClient = {
      ...memory,
      sendUserInvites: (params, options) => {
        calls += 1;
        if (calls === 2) {
          return (
            memory.failNext('sendUserInvites', 'rate_limited', { retryAfterMs: 42_000 }),
            memory.sendUserInvites(params, options)
          );
        }
        return memory.sendUserInvites(params, options);
      },
    };
    const { result } = renderHookWithProviders(() => useSendInvites(), {
      client: flaky,
      tenantId: 'acme',
    });
    let outcome: Awaited<ReturnType<typeof result.current.mutateAsync>> | undefined;
    await act(async () => {
      outcome = await result.current.mutateAsync([
        'a@x.io',
        'b@x.io',
        'c@x.io',
        'd@x.io',
        'e@x.io',
      ]);
    });
    expect(outcome!.success.map((invite) => invite.email)).toEqual(['a@x.io', 'b@x.io']);
    expect(outcome!.errors.map((error) => [error.email, error.code, error.retryAfterMs])).toEqual([
      ['c@x.io', 'rate_limited', 42_000],
      ['d@x.io', 'rate_limited', 42_000],
      ['e@x.io', 'rate_limited', 42_000],
    ]);
    expect(calls).toBe(2);
  });

  it('rejects with the error when nothing could be sent', async () => {
    const { result, client } = renderHookWithProviders(() => useSendInvites());
    client.failNext('sendUserInvites', 'network');
    await act(async () => {
      await expect(result.current.mutateAsync(['ada@example.com'])).rejects.toMatchObject({
        code: 'network',
      });
    });
    await waitFor(() => expect(result.current.error?.code).toBe('network'));
  });

  it('puts new invites into cached lists at once, then revalidates', async () => {
    const { result, client } = renderHookWithProviders(
      () => ({ send: useSendInvites(), list: useUserInvites({ limit: 5 }) }),
      { memory: { latencyMs: 40 } },
    );
    await waitFor(() => expect(result.current.list.data?.totalCount).toBe(0));
    await act(async () => {
      await result.current.send.mutateAsync(['ada@example.com']);
    });
    // Straight after the answer, before the revalidation has had time to come back.
    expect(result.current.list.data?.data.map((invite) => invite.email)).toEqual([
      'ada@example.com',
    ]);
    expect(result.current.list.data?.totalCount).toBe(1);
    await waitFor(() =>
      expect(client.calls().filter((call) => call.method === 'userInvites')).toHaveLength(2),
    );
  });
});
