// The status watcher over the ROQ adapter, on a platform that pages 100 at a time: what changed
// is asked with `updatedAt: { moreThan }`, one request per interval however many invites.
import { QueryClient } from '@tanstack/react-query';
import {
  createRoqInviteClient,
  type RoqPlatform,
  type RoqUserInvite,
  type RoqUserInvitesArgs,
} from '../../../src/client/adapters/roq';
import { createMemoryInviteClient } from '../../../src/client/memory/createMemoryInviteClient';
import { createInviteStatusWatcher } from '../../../src/live/createInviteStatusWatcher';
import { createFakeRoqPlatform } from '../../helpers/fakeRoqPlatform';

const INTERVAL = 5000;

/** A fake platform over a fresh memory backend, recording the args of every listing. */
async function platformWith(count: number, expiresInMs?: number) {
  const memory = createMemoryInviteClient({
    tenantId: 'acme',
    maxBatchSize: 1000,
    ...(expiresInMs ? { expiresInMs } : {}),
  });
  const { success } = await memory.sendUserInvites({
    tenantId: 'acme',
    userInvites: Array.from({ length: count }, (_, i) => ({ email: `person${i}@example.com` })),
  });
  const fake = createFakeRoqPlatform(memory, { style: 'browser', wrapped: false });
  const listings: RoqUserInvitesArgs[] = [];
  const platform: RoqPlatform = {
    ...fake,
    userInvites: (args) => {
      listings.push(structuredClone(args));
      return fake.userInvites(args);
    },
  };
  return { memory, platform, listings, ids: success.map((invite) => invite.id) };
}

describe('the status watcher over the ROQ adapter', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks what changed with updatedAt: { moreThan }, once per interval for 1,000 invites', async () => {
    const { memory, platform, listings, ids } = await platformWith(1000);
    const client = createRoqInviteClient(platform);
    expect(client.supportsUpdatedAfter).toBe(true);
    const onChange = vi.fn();
    const stop = createInviteStatusWatcher(client, 'acme', new QueryClient()).watch(
      ids,
      INTERVAL,
      onChange,
    );
    await vi.advanceTimersByTimeAsync(2 * INTERVAL); // by id once, then the first catch-up
    listings.length = 0;
    await vi.advanceTimersByTimeAsync(4 * INTERVAL);
    expect(listings).toHaveLength(4);
    for (const args of listings) {
      expect(args).toMatchObject({
        limit: 100,
        offset: 0,
        order: { order: 'ASC', sort: 'updatedAt' },
        filter: { tenantId: { equalTo: 'acme' }, updatedAt: { moreThan: expect.any(String) } },
      });
      expect(args.filter?.id).toBeUndefined();
    }

    await memory.cancelUserInvite(ids[7]!);
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(onChange).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({
        previousStatus: 'pending',
        invite: expect.objectContaining({ id: ids[7], status: 'canceled' }),
      }),
    );
    stop();
  });

  it('asks by id, once, for invites whose expiry passed when the platform dates no change for them', async () => {
    // A platform that works expiry out when it reads (the stored invite never changes), so no
    // `updatedAt` moves; and whose clock is behind for the second invite: still pending.
    const { platform, listings, ids } = await platformWith(2);
    const lapsesAt = Date.now() + 3 * INTERVAL - 1;
    const expireOnRead = (invite: RoqUserInvite): RoqUserInvite => ({
      ...invite,
      expiresAt: new Date(lapsesAt).toISOString(),
      status: invite.id === ids[0] && Date.now() >= lapsesAt ? 'expired' : invite.status,
    });
    const client = createRoqInviteClient({
      ...platform,
      userInvites: async (args) => {
        const page = (await platform.userInvites(args)) as {
          data: RoqUserInvite[];
          totalCount: number;
        };
        return { ...page, data: page.data.map(expireOnRead) };
      },
    });
    const onChange = vi.fn();
    const stop = createInviteStatusWatcher(client, 'acme', new QueryClient()).watch(
      ids,
      INTERVAL,
      onChange,
    );
    await vi.advanceTimersByTimeAsync(2 * INTERVAL);
    listings.length = 0;
    await vi.advanceTimersByTimeAsync(5 * INTERVAL);
    expect(onChange).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({
        invite: expect.objectContaining({ id: ids[0], status: 'expired' }),
      }),
    );
    const byId = listings.filter((args) => args.filter?.id);
    expect(byId.map((args) => args.filter?.id?.valueIn)).toEqual([ids]);
    expect(listings.length - byId.length).toBe(5); // and the deltas, one per interval
    stop();
  });
});
