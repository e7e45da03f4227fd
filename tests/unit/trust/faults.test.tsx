import { act, screen, waitFor } from '@testing-library/react';
import { createMemoryInviteClient } from '../../../src/client/memory/createMemoryInviteClient';
import { InviteClientError } from '../../../src/client/errors';
import type { InviteClient, RequestOptions } from '../../../src/client/types';
import { AcceptInvite } from '../../../src/components/AcceptInvite';
import { InviteForm } from '../../../src/components/InviteForm';
import { useAcceptInvite } from '../../../src/hooks/useAcceptInvite';
import { useCancelInvite } from '../../../src/hooks/useCancelInvite';
import { useInviteStatus } from '../../../src/hooks/useInviteStatus';
import { useResendInvite } from '../../../src/hooks/useResendInvite';
import { createInviteI18n } from '../../../src/i18n/createInviteI18n';
import { describeInviteError } from '../../../src/i18n/describeError';
import {
  renderHookWithProviders,
  renderWithProviders,
  withoutSubscribe,
} from '../../helpers/renderWithProviders';

/*
 * Every call can end, every error is understood, every action happens once.
 */

async function invitee() {
  const client = createMemoryInviteClient({ tenantId: 'acme' });
  const { success } = await client.sendUserInvites({
    tenantId: 'acme',
    userInvites: [{ email: 'ada@example.com' }],
  });
  const token = client.sentEmails().at(-1)!.token;
  return { client, invite: success[0]!, token };
}

/** An error as another copy of this package throws it: same name and code, another class. */
class ForeignInviteClientError extends Error {
  override name = 'InviteClientError';
  constructor(
    readonly code: string,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

describe('a call that never answers', () => {
  it('lets the accept page out of "Checking your invite…" with a retry', async () => {
    const { client: memory, token } = await invitee();
    // A backend that takes the first call and never answers it, whatever its signal says.
    let first = true;
    const client: InviteClient = {
      ...memory,
      userInviteByToken: (params, options) => {
        if (!first) return memory.userInviteByToken(params, options);
        first = false;
        return new Promise(() => undefined);
      },
    };
    const { user } = renderWithProviders(<AcceptInvite token={token} />, {
      client,
      tenantId: '',
      requestTimeoutMs: 150,
    });
    expect(screen.getByText('Checking your invite…')).toBeInTheDocument();
    expect(
      await screen.findByText("We couldn't reach the server to check your invite."),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: /accept/i })).toBeEnabled();
  });

  it('lets the form out of "Sending…", keeping every address', async () => {
    const client = createMemoryInviteClient({ tenantId: 'acme' });
    client.failNext('sendUserInvites', 'hang');
    const { user } = renderWithProviders(<InviteForm />, { client, requestTimeoutMs: 150 });
    await user.type(screen.getByRole('textbox', { name: 'Email addresses' }), 'ada@example.com,');
    await user.click(screen.getByRole('button', { name: /send/i }));
    expect(await screen.findByText(/couldn't reach the server/i)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /send/i })).toBeEnabled();
    expect(screen.getByText('ada@example.com')).toBeInTheDocument();
  });

  it('waits as long as it takes with requestTimeoutMs={0}', async () => {
    const { client, token } = await invitee();
    client.failNext('userInviteByToken', 'hang');
    renderWithProviders(<AcceptInvite token={token} />, {
      client,
      tenantId: '',
      requestTimeoutMs: 0,
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(screen.getByText('Checking your invite…')).toBeInTheDocument();
  });
});

describe('aborting', () => {
  /** The memory client, recording the signal each call gets. */
  function recording() {
    const memory = createMemoryInviteClient({ tenantId: 'acme', latencyMs: 10_000 });
    const signals: { method: string; signal: AbortSignal | undefined }[] = [];
    const record =
      <A extends unknown[], R>(method: string, run: (...args: A) => R) =>
      (...args: A): R => {
        const options = args.at(-1) as RequestOptions | undefined;
        signals.push({ method, signal: options?.signal });
        return run(...args);
      };
    const client: InviteClient = {
      ...withoutSubscribe(memory),
      cancelUserInvite: record('cancelUserInvite', memory.cancelUserInvite),
      userInvites: record('userInvites', memory.userInvites),
    };
    return { memory, client, signals };
  }

  it('gives a mutation a signal, and aborts it when its component unmounts', async () => {
    const { memory, client, signals } = recording();
    memory.setLatency(0);
    const { success } = await memory.sendUserInvites({
      tenantId: 'acme',
      userInvites: [{ email: 'ada@example.com' }],
    });
    memory.setLatency(10_000);
    const { result, unmount } = renderHookWithProviders(() => useCancelInvite(), {
      client,
      tenantId: 'acme',
    });
    act(() => result.current.mutate(success[0]!.id));
    await waitFor(() => expect(signals.some((s) => s.method === 'cancelUserInvite')).toBe(true));
    const { signal } = signals.find((s) => s.method === 'cancelUserInvite')!;
    expect(signal?.aborted).toBe(false);
    unmount();
    expect(signal?.aborted).toBe(true);
  });

  it('gives status polls a signal, aborted when nobody watches any more', async () => {
    const { memory, client, signals } = recording();
    memory.setLatency(0);
    const { success } = await memory.sendUserInvites({
      tenantId: 'acme',
      userInvites: [{ email: 'ada@example.com' }],
    });
    memory.setLatency(10_000);
    const { unmount } = renderHookWithProviders(() => useInviteStatus(success[0]!.id), {
      client,
      tenantId: 'acme',
    });
    await waitFor(() => expect(signals.some((s) => s.method === 'userInvites')).toBe(true));
    const { signal } = signals.find((s) => s.method === 'userInvites')!;
    expect(signal?.aborted).toBe(false);
    unmount();
    expect(signal?.aborted).toBe(true);
  });
});

describe('a push channel that fails to open', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('polls meanwhile, and opens the channel later, backing off', async () => {
    const memory = createMemoryInviteClient({ tenantId: 'acme' });
    const { success } = await memory.sendUserInvites({
      tenantId: 'acme',
      userInvites: [{ email: 'ada@example.com' }],
    });
    let attempts = 0;
    const client: InviteClient = {
      ...memory,
      subscribe: (tenantId, listener) => {
        attempts += 1;
        if (attempts <= 2) throw new Error('The event stream could not be opened.');
        return memory.subscribe(tenantId, listener);
      },
    };
    const { result } = renderHookWithProviders(() => useInviteStatus(success[0]!.id), {
      client,
      tenantId: 'acme',
    });
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(attempts).toBe(1);
    expect(result.current.mode).toBe('poll');
    expect(result.current.statusById[success[0]!.id]).toBe('pending');

    // Accepted meanwhile: the poll finds it, though no push arrives.
    memory.clearCalls();
    await memory.acceptUserInvite({ token: memory.sentEmails().at(-1)!.token });
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(result.current.statusById[success[0]!.id]).toBe('accepted');

    // Tried again after 5 s, then after 10 s more: open, and polling stops.
    expect(attempts).toBe(2);
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(attempts).toBe(3);
    expect(result.current.mode).toBe('subscribe');
  });
});

describe('errors from another copy of the package', () => {
  it('honours the retryAfterMs of a foreign rate limit on resend', async () => {
    const memory = createMemoryInviteClient({ tenantId: 'acme', resendRateLimit: false });
    const { success } = await memory.sendUserInvites({
      tenantId: 'acme',
      userInvites: [{ email: 'ada@example.com' }],
    });
    let calls = 0;
    const client: InviteClient = {
      ...memory,
      resendUserInvite: () => {
        calls += 1;
        return Promise.reject(new ForeignInviteClientError('rate_limited', 'Slow down', 42_000));
      },
    };
    const { result } = renderHookWithProviders(() => useResendInvite(), {
      client,
      tenantId: 'acme',
    });
    await act(async () => {
      await expect(result.current.mutateAsync(success[0]!.id)).rejects.toMatchObject({
        code: 'rate_limited',
        retryAfterMs: 42_000,
      });
    });
    expect(result.current.cooldownRemainingMs(success[0]!.id)).toBeGreaterThan(40_000);
    // A second try waits, without asking the backend.
    await act(async () => {
      await expect(result.current.mutateAsync(success[0]!.id)).rejects.toMatchObject({
        code: 'rate_limited',
      });
    });
    expect(calls).toBe(1);
  });

  it('shows a human sentence for a code it does not know, never a message key', () => {
    const i18n = createInviteI18n();
    const sentence = describeInviteError(
      i18n,
      new ForeignInviteClientError('quota_exceeded', 'Quota exceeded'),
    );
    expect(sentence).toBe('Something went wrong. Try again.');
    expect(describeInviteError(i18n, new InviteClientError('network', 'x'))).toMatch(
      /couldn't reach the server/,
    );
  });
});

describe('double actions', () => {
  it('runs one call for two mutates of the same thing in one tick', async () => {
    const { client, token } = await invitee();
    const { result } = renderHookWithProviders(() => useAcceptInvite(), {
      client,
      tenantId: '',
    });
    client.clearCalls();
    await act(async () => {
      result.current.mutate({ token });
      result.current.mutate({ token });
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(client.calls().filter((call) => call.method === 'acceptUserInvite')).toHaveLength(1);
  });

  it('accepts once on a double click, and says so', async () => {
    const { client, token } = await invitee();
    client.setLatency(50);
    const { user } = renderWithProviders(<AcceptInvite token={token} />, {
      client,
      tenantId: '',
    });
    const accept = await screen.findByRole('button', { name: /accept/i });
    client.clearCalls();
    await user.dblClick(accept);
    expect(await screen.findByText(/you('ve| have) joined|welcome|accepted/i)).toBeInTheDocument();
    expect(screen.queryByText(/already accepted/i)).not.toBeInTheDocument();
    expect(client.calls().filter((call) => call.method === 'acceptUserInvite')).toHaveLength(1);
  });

  it("waits out the backend's own resend cooldown, not a shorter one of the UI's", async () => {
    const { result, client } = renderHookWithProviders(() => useResendInvite(), {
      memory: { tenantId: 'acme' },
    });
    const { success } = await client.sendUserInvites({
      tenantId: 'acme',
      userInvites: [{ email: 'ada@example.com' }],
    });
    expect(client.resendCooldownMs).toBe(60_000);
    await act(() => result.current.mutateAsync(success[0]!.id));
    expect(result.current.cooldownRemainingMs(success[0]!.id)).toBeGreaterThan(50_000);
  });
});
