import { linkSignals } from '../../../src/client/abort';
import { createMemoryInviteClient } from '../../../src/client/memory/createMemoryInviteClient';
import { withAbortSignal } from '../../../src/client/withAbortSignal';
import { isRequestTimeout, withRequestTimeout } from '../../../src/client/withRequestTimeout';

/** Listeners a signal holds: added, minus those whose `signal` option has aborted. */
function countListeners(signal: AbortSignal) {
  const added: (AbortSignal | undefined)[] = [];
  const original = signal.addEventListener.bind(signal);
  signal.addEventListener = ((type: string, listener: EventListener, options?: unknown) => {
    added.push((options as AddEventListenerOptions | undefined)?.signal);
    original(type, listener, options as AddEventListenerOptions);
  }) as typeof signal.addEventListener;
  return () => added.filter((remover) => !remover?.aborted).length;
}

describe('request signals', () => {
  it('links two signals and lets go of both once released', () => {
    const a = new AbortController();
    const b = new AbortController();
    const heldByA = countListeners(a.signal);
    const linked = linkSignals(a.signal, b.signal);
    expect(heldByA()).toBe(1);
    b.abort('gone');
    expect(linked.signal.aborted).toBe(true);
    expect(linked.signal.reason).toBe('gone');
    linked.release();
    expect(heldByA()).toBe(0);
  });

  it('leaves no listener on a long-lived signal after many calls', async () => {
    const lifetime = new AbortController();
    const held = countListeners(lifetime.signal);
    const client = withRequestTimeout(
      withAbortSignal(createMemoryInviteClient(), () => lifetime.signal),
      5_000,
    );
    for (let i = 0; i < 50; i += 1) await client.userInvites({ tenantId: 'tenant_demo' });
    expect(held()).toBe(0);
  });

  it('aborts the call it times out, with a network error marked as a timeout', async () => {
    let seen: AbortSignal | undefined;
    const memory = createMemoryInviteClient();
    const client = withRequestTimeout(
      {
        ...memory,
        userInvite: (_id, options) => {
          seen = options?.signal;
          return new Promise(() => undefined);
        },
      },
      50,
    );
    const error = await client.userInvite('x', {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'network' });
    expect(isRequestTimeout(error)).toBe(true);
    expect(seen?.aborted).toBe(true);
  });

  it('gives every provider of one client the same wrapper', () => {
    const memory = createMemoryInviteClient();
    expect(withRequestTimeout(memory, 30_000)).toBe(withRequestTimeout(memory, 30_000));
    expect(withRequestTimeout(memory, 0)).toBe(memory);
  });
});
