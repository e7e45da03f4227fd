// Requests per minute to keep N pending invites up to date: the seed's per-email polling
// beside useInviteStatus (polling and subscribing), all real code against a counting client.
import { act, render } from '@testing-library/react';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createMemoryInviteClient } from '../src/client/memory/createMemoryInviteClient';
import type { InviteClient } from '../src/client/types';
import { useInviteStatus } from '../src/hooks/useInviteStatus';
import { InviteClientProvider } from '../src/react/InviteClientProvider';
import { QueryClient } from '@tanstack/react-query';
import { SeedPollingPage } from './SeedPollingPage';

const SIZES = [1, 10, 100, 1000];
const MINUTE = 60_000;

async function setup(count: number) {
  const client = createMemoryInviteClient({ tenantId: 'acme', maxBatchSize: 1000 });
  const { success } = await client.sendUserInvites({
    tenantId: 'acme',
    userInvites: Array.from({ length: count }, (_, i) => ({ email: `person${i}@example.com` })),
  });
  return { client, invites: success };
}

function Watch({ ids }: { ids: string[] }) {
  useInviteStatus(ids);
  return null;
}

async function requestsPerMinute(
  client: ReturnType<typeof createMemoryInviteClient>,
  ui: React.ReactElement,
) {
  const view = render(ui);
  await act(() => vi.advanceTimersByTimeAsync(100)); // start-up: watchers settle, first check
  client.clearCalls();
  await act(() => vi.advanceTimersByTimeAsync(MINUTE));
  const count = client.calls().filter((call) => call.method === 'userInvites').length;
  view.unmount();
  return count;
}

const provider = (client: InviteClient, children: React.ReactNode) => (
  <InviteClientProvider client={client} tenantId="acme" queryClient={new QueryClient()}>
    {children}
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
      seed: number;
      polling: number;
      pollingPerComponent: number;
      subscribing: number;
    }[] = [];
    for (const count of SIZES) {
      const seed = await setup(count);
      const seedRequests = await requestsPerMinute(
        seed.client,
        <>
          {seed.invites.map((invite) => (
            <SeedPollingPage
              key={invite.id}
              client={seed.client}
              tenantId="acme"
              email={invite.email}
            />
          ))}
        </>,
      );

      const polled = await setup(count);
      const { subscribe: _subscribe, ...pollOnly } = polled.client;
      const ids = polled.invites.map((invite) => invite.id);
      const pollingRequests = await requestsPerMinute(
        polled.client,
        provider(pollOnly, <Watch ids={ids} />),
      );

      // The same, with one component per invite (a table row each): still one shared poller.
      const perRow = await setup(count);
      const { subscribe: _s, ...perRowClient } = perRow.client;
      const perRowRequests = await requestsPerMinute(
        perRow.client,
        provider(
          perRowClient,
          perRow.invites.map((invite) => <Watch key={invite.id} ids={[invite.id]} />),
        ),
      );

      const pushed = await setup(count);
      const pushedRequests = await requestsPerMinute(
        pushed.client,
        provider(pushed.client, <Watch ids={pushed.invites.map((invite) => invite.id)} />),
      );
      rows.push({
        invites: count,
        seed: seedRequests,
        polling: pollingRequests,
        pollingPerComponent: perRowRequests,
        subscribing: pushedRequests,
      });
    }
    mkdirSync('.bench-results', { recursive: true });
    writeFileSync('.bench-results/live-status.json', JSON.stringify(rows, null, 2));
    // The figures themselves are the benchmark's output; these only guard the shape of the claim.
    expect(rows.every((row) => row.seed === row.invites * 12)).toBe(true);
  }, 120_000);
});
