// Requests per minute to keep N pending invites up to date against a backend that pages 100 at
// a time: the seed's per-email polling beside useInviteStatus asking by id (chunked), asking
// what changed (delta) and listening (push). All real code, jsdom, fake timers. Each figure
// also says how many requests went out before the minute counted: the first check (every id,
// 100 at a time) and, for the delta, its first catch-up with the sends just made.
import { act, render } from '@testing-library/react';
import { mkdirSync, writeFileSync } from 'node:fs';
import { QueryClient } from '@tanstack/react-query';
import {
  createMemoryInviteClient,
  type MemoryInviteClient,
} from '../src/client/memory/createMemoryInviteClient';
import type { InviteClient, UserInvite } from '../src/client/types';
import { useInviteStatus } from '../src/hooks/useInviteStatus';
import { InviteClientProvider } from '../src/react/InviteClientProvider';
import { SeedPollingPage } from './SeedPollingPage';

const SIZES = [1, 100, 1000, 10_000];
const PAGE_SIZE = 100;
const INTERVAL = 5000;
const MINUTE = 60_000;
/** Before the minute counted: the first check, and the first delta's catch-up with the sends. */
const START_UP = INTERVAL + 100;

/** One figure of the table: requests in the minute measured, and those before it. */
interface Measured {
  perMinute: number;
  startUp: number;
}

/** A memory backend paging 100 at a time, holding `count` pending invites of `acme`. */
async function backend(count: number, supportsUpdatedAfter = false) {
  const client = createMemoryInviteClient({
    tenantId: 'acme',
    maxPageSize: PAGE_SIZE,
    maxBatchSize: 10_000,
    supportsUpdatedAfter,
  });
  const { success } = await client.sendUserInvites({
    tenantId: 'acme',
    userInvites: Array.from({ length: count }, (_, i) => ({ email: `person${i}@example.com` })),
  });
  client.clearCalls();
  return { client, invites: success };
}

/**
 * The seed page asks by email, so what it costs does not depend on the backend: a client that
 * only counts and answers from a map keeps 10,000 pages (120,000 requests a minute) fast.
 */
function countingClient(invites: UserInvite[]) {
  const byEmail = new Map(invites.map((invite) => [invite.email, invite]));
  let count = 0;
  const client = {
    userInvites: async ({ filter }: { filter?: { email?: string } }) => {
      count += 1;
      const invite = byEmail.get(filter?.email ?? '');
      return { data: invite ? [invite] : [], totalCount: invite ? 1 : 0 };
    },
  } as unknown as InviteClient;
  return { client, requests: () => count };
}

function Watch({ ids }: { ids: string[] }) {
  useInviteStatus(ids, { pollIntervalMs: INTERVAL });
  return null;
}

/** Moves the clock by `ms` (under act: what the timers set off renders). */
type Advance = (ms: number) => Promise<void>;
const advanceFakeTimers: Advance = (ms) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });

async function measure(
  requests: () => number,
  ui: (queryClient: QueryClient) => React.ReactElement,
  advance = advanceFakeTimers,
): Promise<Measured> {
  const queryClient = new QueryClient();
  const view = render(ui(queryClient));
  await advance(START_UP);
  const startUp = requests();
  await advance(MINUTE);
  const perMinute = requests() - startUp;
  view.unmount();
  // Its queries' garbage-collection timers would otherwise fire in the rows measured next.
  queryClient.clear();
  return { perMinute, startUp };
}

/**
 * A clock for `setInterval` alone, for the seed pages. Vitest's fake timers slow down as timers
 * pile up (10,000 intervals took about a minute per simulated 5 s here); the seed page uses
 * nothing but `setInterval`, and this fires what falls due in order of time, every interval due
 * at one instant together, then lets their promises settle.
 */
function installIntervalClock() {
  const real = { set: globalThis.setInterval, clear: globalThis.clearInterval };
  const intervals = new Map<number, { every: number; next: number; run: () => void }>();
  let now = 0;
  let lastId = 0;
  globalThis.setInterval = ((run: () => void, every = 0) => {
    intervals.set((lastId += 1), { every: Math.max(every, 1), next: now + every, run });
    return lastId;
  }) as typeof setInterval;
  globalThis.clearInterval = ((id: number) => intervals.delete(id)) as typeof clearInterval;
  const advance: Advance = async (ms) => {
    const end = now + ms;
    for (let steps = 0; steps < 10_000; steps += 1) {
      let due = Number.POSITIVE_INFINITY;
      for (const interval of intervals.values()) due = Math.min(due, interval.next);
      if (due > end) break;
      now = due;
      await act(async () => {
        for (const interval of [...intervals.values()]) {
          if (interval.next !== due) continue;
          interval.next += interval.every;
          interval.run();
        }
      });
    }
    now = end;
  };
  const restore = () => {
    globalThis.setInterval = real.set;
    globalThis.clearInterval = real.clear;
  };
  return { advance, restore };
}

const listings = (client: MemoryInviteClient) => () =>
  client.calls().filter((call) => call.method === 'userInvites').length;

const watching = (client: InviteClient, ids: string[]) => (queryClient: QueryClient) => (
  <InviteClientProvider client={client} tenantId="acme" queryClient={queryClient}>
    <Watch ids={ids} />
  </InviteClientProvider>
);

describe('live status', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('measures requests per minute', async () => {
    const rows: {
      invites: number;
      pageSize: number;
      seed: Measured;
      chunked: Measured;
      delta: Measured;
      push: Measured;
    }[] = [];
    for (const count of SIZES) {
      const { invites } = await backend(count);
      const counting = countingClient(invites);
      const clock = installIntervalClock();
      const seed = await measure(
        counting.requests,
        () => (
          <>
            {invites.map((invite) => (
              <SeedPollingPage
                key={invite.id}
                client={counting.client}
                tenantId="acme"
                email={invite.email}
              />
            ))}
          </>
        ),
        clock.advance,
      ).finally(clock.restore);

      const polled = await backend(count);
      const { subscribe: _subscribe, ...chunkedClient } = polled.client;
      const ids = polled.invites.map((invite) => invite.id);
      const chunked = await measure(listings(polled.client), watching(chunkedClient, ids));

      const changes = await backend(count, true);
      const { subscribe: _s, ...deltaClient } = changes.client;
      const deltaIds = changes.invites.map((invite) => invite.id);
      const delta = await measure(listings(changes.client), watching(deltaClient, deltaIds));

      const pushed = await backend(count);
      const pushIds = pushed.invites.map((invite) => invite.id);
      const push = await measure(listings(pushed.client), watching(pushed.client, pushIds));
      rows.push({ invites: count, pageSize: PAGE_SIZE, seed, chunked, delta, push });
    }
    mkdirSync('.bench-results', { recursive: true });
    writeFileSync('.bench-results/live-status.json', JSON.stringify(rows, null, 2));
    // The figures themselves are the benchmark's output; these only guard the shape of the claim.
    for (const row of rows) {
      expect(row.seed.perMinute).toBe(row.invites * 12);
      expect(row.chunked.perMinute).toBe(Math.ceil(row.invites / PAGE_SIZE) * 12);
      expect(row.delta.perMinute).toBe(12);
      expect(row.push.perMinute).toBe(0);
    }
  }, 300_000);
});
