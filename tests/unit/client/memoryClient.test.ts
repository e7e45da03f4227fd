import {
  createMemoryInviteClient,
  type MemoryInviteClient,
} from '../../../src/client/memory/createMemoryInviteClient';
import { INVITE_STATUSES } from '../../../src/client/status';
import type { UserInvite } from '../../../src/client/types';
import { describeInviteClientContract } from '../../../src/testing';
import { memoryHarness } from '../../helpers/memoryHarness';

const DAY = 24 * 60 * 60 * 1000;
const START = Date.parse('2026-03-01T09:00:00Z');

function lastToken(client: MemoryInviteClient, inviteId: string) {
  return client.sentEmails().findLast((email) => email.inviteId === inviteId)!.token;
}

describe('createMemoryInviteClient', () => {
  describe('seed', () => {
    it('creates the same plausible invites for the same seed, over every status', async () => {
      const a = createMemoryInviteClient({ seed: 7, seedCount: 120, now: () => START });
      const b = createMemoryInviteClient({ seed: 7, seedCount: 120, now: () => START });
      const pageA = await a.userInvites({ tenantId: a.tenantId, limit: 1000 });
      const pageB = await b.userInvites({ tenantId: b.tenantId, limit: 1000 });
      expect(pageA).toEqual(pageB);
      expect(pageA.totalCount).toBe(120);
      const statuses = new Set(pageA.data.map((invite) => invite.status));
      expect([...statuses].sort()).toEqual([...INVITE_STATUSES].sort());
      const emails = pageA.data.map((invite) => invite.email.toLowerCase());
      expect(new Set(emails).size).toBe(emails.length);
    });

    it('keeps every seeded pending invite open and every expired one lapsed', async () => {
      const client = createMemoryInviteClient({ seed: 3, seedCount: 200, now: () => START });
      const { data } = await client.userInvites({ tenantId: client.tenantId, limit: 1000 });
      for (const invite of data) {
        const expiresAt = Date.parse(invite.expiresAt!);
        if (invite.status === 'pending') expect(expiresAt).toBeGreaterThan(START);
        if (invite.status === 'expired') expect(expiresAt).toBeLessThanOrEqual(START);
        expect(Date.parse(invite.createdAt)).toBeLessThanOrEqual(START);
      }
      const pending = data.filter((invite) => invite.status === 'pending');
      expect(
        client
          .sentEmails()
          .map((email) => email.inviteId)
          .sort(),
      ).toEqual(pending.map((invite) => invite.id).sort());
    });

    it('gives different invites for another seed', async () => {
      const a = createMemoryInviteClient({ seed: 1 });
      const b = createMemoryInviteClient({ seed: 2 });
      const [pageA, pageB] = await Promise.all([
        a.userInvites({ tenantId: a.tenantId }),
        b.userInvites({ tenantId: b.tenantId }),
      ]);
      expect(pageA.data.map((i) => i.email)).not.toEqual(pageB.data.map((i) => i.email));
    });
  });

  describe('initial invites and members', () => {
    const base: UserInvite = {
      id: 'inv-1',
      email: 'ada@example.com',
      firstName: 'Ada',
      lastName: null,
      locale: 'en-US',
      data: null,
      roleKeys: ['admin'],
      status: 'pending',
      statusUpdatedAt: '2026-02-28T09:00:00.000Z',
      tenantId: 'acme',
      createdByUserId: 'u1',
      acceptedByUserId: null,
      userTokenId: 't1',
      createdAt: '2026-02-28T09:00:00.000Z',
      updatedAt: '2026-02-28T09:00:00.000Z',
      expiresAt: '2026-03-07T09:00:00.000Z',
    };

    it('serves given invites, emails the pending ones, and survives an unknown status', async () => {
      const client = createMemoryInviteClient({
        tenantId: 'acme',
        now: () => START,
        invites: [base, { ...base, id: 'inv-2', email: 'odd@example.com', status: 'archived' }],
      });
      const page = await client.userInvites({
        tenantId: 'acme',
        order: { field: 'email', direction: 'asc' },
      });
      expect(page.data.map((i) => [i.email, i.status])).toEqual([
        ['ada@example.com', 'pending'],
        ['odd@example.com', 'archived'],
      ]);
      expect(client.sentEmails()).toEqual([
        expect.objectContaining({ inviteId: 'inv-1', kind: 'invite', email: 'ada@example.com' }),
      ]);
      const accepted = await client.acceptUserInvite({
        token: lastToken(client, 'inv-1'),
        userId: 'u-ada',
      });
      expect(accepted.acceptedByUserId).toBe('u-ada');
    });

    it('refuses members given in the options, case-insensitively', async () => {
      const client = createMemoryInviteClient({ tenantId: 'acme', members: ['Boss@Example.com'] });
      const result = await client.sendUserInvites({
        tenantId: 'acme',
        userInvites: [{ email: 'boss@example.com' }],
      });
      expect(result.errors).toEqual([
        { email: 'boss@example.com', code: 'already_member', message: expect.any(String) },
      ]);
      client.addMember('new@example.com');
      const again = await client.sendUserInvites({
        tenantId: 'acme',
        userInvites: [{ email: 'new@example.com' }],
      });
      expect(again.errors[0]!.code).toBe('already_member');
    });
  });

  describe('sending', () => {
    it('fills createdByUserId from the options and records the email in the outbox', async () => {
      const client = createMemoryInviteClient({ currentUserId: 'user_42', now: () => START });
      const { success } = await client.sendUserInvites({
        tenantId: client.tenantId,
        userInvites: [{ email: 'grace@example.com', locale: 'fr-FR', roleKeys: ['viewer'] }],
      });
      expect(success[0]).toMatchObject({
        createdByUserId: 'user_42',
        roleKeys: ['viewer'],
        expiresAt: new Date(START + 7 * DAY).toISOString(),
      });
      expect(client.sentEmails()).toEqual([
        {
          inviteId: success[0]!.id,
          tenantId: client.tenantId,
          email: 'grace@example.com',
          token: expect.stringMatching(/^tok_/),
          locale: 'fr-FR',
          kind: 'invite',
          sentAt: new Date(START).toISOString(),
        },
      ]);
    });

    it('refuses a batch larger than maxBatchSize, and sends nothing of it', async () => {
      const client = createMemoryInviteClient({ maxBatchSize: 2 });
      expect(client.maxBatchSize).toBe(2);
      const userInvites = ['a', 'b', 'c'].map((name) => ({ email: `${name}@example.com` }));
      await expect(
        client.sendUserInvites({ tenantId: client.tenantId, userInvites }),
      ).rejects.toMatchObject({
        code: 'unknown',
        message: expect.stringContaining('at most 2'),
      });
      expect(client.sentEmails()).toEqual([]);
    });
  });

  describe('listing', () => {
    it('pages at most 1,000 invites by default', async () => {
      const client = createMemoryInviteClient({ seed: 5, seedCount: 1_050, now: () => START });
      expect(client.maxPageSize).toBe(1_000);
      const page = await client.userInvites({ tenantId: client.tenantId, limit: 5_000 });
      expect(page.data).toHaveLength(1_000);
      expect(page.totalCount).toBe(1_050);
    });

    it('caps the page at maxPageSize, to model a backend that pages 100 at a time', async () => {
      const client = createMemoryInviteClient({
        seed: 5,
        seedCount: 150,
        maxPageSize: 100,
        now: () => START,
      });
      expect(client.maxPageSize).toBe(100);
      const order = { field: 'email', direction: 'asc' } as const;
      const first = await client.userInvites({ tenantId: client.tenantId, limit: 1_000, order });
      expect(first.data).toHaveLength(100);
      expect(first.totalCount).toBe(150);
      const rest = await client.userInvites({
        tenantId: client.tenantId,
        limit: 1_000,
        offset: 100,
        order,
      });
      expect(rest.data).toHaveLength(50);
      const ids = new Set([...first.data, ...rest.data].map((invite) => invite.id));
      expect(ids.size).toBe(150);
      const small = await client.userInvites({ tenantId: client.tenantId, limit: 30 });
      expect(small.data).toHaveLength(30);
    });

    it('declares supportsUpdatedAfter only when asked, and lists what changed strictly after a time either way', async () => {
      expect(createMemoryInviteClient().supportsUpdatedAfter).toBe(false);
      expect(createMemoryInviteClient({ supportsUpdatedAfter: true }).supportsUpdatedAfter).toBe(
        true,
      );
      let now = START;
      const client = createMemoryInviteClient({ now: () => now });
      const tenantId = client.tenantId;
      const { success } = await client.sendUserInvites({
        tenantId,
        userInvites: [{ email: 'ada@example.com' }, { email: 'grace@example.com' }],
      });
      now += 1000;
      const canceled = await client.cancelUserInvite(success[0]!.id);
      const since = (updatedAfter: string) =>
        client.userInvites({ tenantId, filter: { updatedAfter } });
      expect((await since(new Date(START).toISOString())).data).toEqual([canceled]);
      expect((await since(new Date(START - 1).toISOString())).totalCount).toBe(2);
      expect((await since(canceled.updatedAt)).data).toEqual([]);
      await expect(since('last tuesday')).rejects.toMatchObject({ code: 'unknown' });
    });
  });

  describe('resend', () => {
    it('sends a reminder with a new token and renews the expiry', async () => {
      let now = START;
      const client = createMemoryInviteClient({ now: () => now });
      const { success } = await client.sendUserInvites({
        tenantId: client.tenantId,
        userInvites: [{ email: 'alan@example.com' }],
      });
      now += DAY;
      const resent = await client.resendUserInvite(success[0]!.id);
      expect(resent.expiresAt).toBe(new Date(START + 8 * DAY).toISOString());
      expect(client.sentEmails().map((email) => email.kind)).toEqual(['invite', 'resend']);
    });

    it('rate-limits resends per invite and says how long to wait', async () => {
      let now = START;
      const client = createMemoryInviteClient({ now: () => now });
      const { success } = await client.sendUserInvites({
        tenantId: client.tenantId,
        userInvites: [{ email: 'alan@example.com' }, { email: 'kay@example.com' }],
      });
      await client.resendUserInvite(success[0]!.id);
      now += 18_000;
      await expect(client.resendUserInvite(success[0]!.id)).rejects.toMatchObject({
        code: 'rate_limited',
        retryAfterMs: 42_000,
        email: 'alan@example.com',
      });
      await expect(client.resendUserInvite(success[1]!.id)).resolves.toMatchObject({
        status: 'pending',
      });
      now += 42_000;
      await expect(client.resendUserInvite(success[0]!.id)).resolves.toMatchObject({
        status: 'pending',
      });
    });

    it('declares the window of a one-per-window limit as its resend cooldown', async () => {
      let now = START;
      const client = createMemoryInviteClient({ now: () => now });
      expect(client.resendCooldownMs).toBe(60_000);
      const { success } = await client.sendUserInvites({
        tenantId: client.tenantId,
        userInvites: [{ email: 'alan@example.com' }],
      });
      const id = success[0]!.id;
      await client.resendUserInvite(id);
      now += client.resendCooldownMs - 1;
      await expect(client.resendUserInvite(id)).rejects.toMatchObject({ code: 'rate_limited' });
      now += 1;
      await expect(client.resendUserInvite(id)).resolves.toMatchObject({ status: 'pending' });
    });

    it('declares a cooldown, rounded up, that a larger limit never meets, and 0 without a limit', async () => {
      let now = START;
      const client = createMemoryInviteClient({
        now: () => now,
        resendRateLimit: { limit: 3, windowMs: 60_001 },
      });
      expect(client.resendCooldownMs).toBe(20_001);
      const { success } = await client.sendUserInvites({
        tenantId: client.tenantId,
        userInvites: [{ email: 'alan@example.com' }, { email: 'kay@example.com' }],
      });
      const [paced, hurried] = success.map((invite) => invite.id);
      for (let i = 0; i < 8; i += 1) {
        await expect(client.resendUserInvite(paced!)).resolves.toMatchObject({ status: 'pending' });
        now += client.resendCooldownMs;
      }
      for (let i = 0; i < 3; i += 1) await client.resendUserInvite(hurried!);
      await expect(client.resendUserInvite(hurried!)).rejects.toMatchObject({
        code: 'rate_limited',
      });

      const unlimited = createMemoryInviteClient({ resendRateLimit: false });
      expect(unlimited.resendCooldownMs).toBe(0);
    });

    it('refuses to revive an expired invite when the address has a newer pending one', async () => {
      let now = START;
      const client = createMemoryInviteClient({ now: () => now, expiresInMs: DAY });
      const first = await client.sendUserInvites({
        tenantId: client.tenantId,
        userInvites: [{ email: 'alan@example.com' }],
      });
      now += 2 * DAY;
      await client.sendUserInvites({
        tenantId: client.tenantId,
        userInvites: [{ email: 'alan@example.com' }],
      });
      await expect(client.resendUserInvite(first.success[0]!.id)).rejects.toMatchObject({
        code: 'already_invited',
      });
    });
  });

  describe('expiry', () => {
    it('pushes the lapse of an invite to subscribers, dated when it lapsed', async () => {
      let now = START;
      const client = createMemoryInviteClient({ now: () => now, expiresInMs: DAY });
      const { success } = await client.sendUserInvites({
        tenantId: client.tenantId,
        userInvites: [{ email: 'ada@example.com' }],
      });
      const events: string[] = [];
      client.subscribe(client.tenantId, (event) =>
        events.push(`${event.previousStatus}->${event.invite.status}`),
      );
      now += 3 * DAY;
      const invite = await client.userInvite(success[0]!.id);
      expect(invite).toMatchObject({
        status: 'expired',
        statusUpdatedAt: new Date(START + DAY).toISOString(),
      });
      expect(events).toEqual(['pending->expired']);
    });
  });

  describe('latency, abort and failures', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('answers after the latency, and an abort during it rejects and changes nothing', async () => {
      vi.useFakeTimers();
      const client = createMemoryInviteClient({ latencyMs: 300 });
      const controller = new AbortController();
      const send = client.sendUserInvites(
        { tenantId: client.tenantId, userInvites: [{ email: 'ada@example.com' }] },
        { signal: controller.signal },
      );
      const settled = vi.fn();
      send.then(settled, settled);
      await vi.advanceTimersByTimeAsync(299);
      expect(settled).not.toHaveBeenCalled();
      controller.abort();
      await expect(send).rejects.toMatchObject({ name: 'AbortError' });
      const list = client.userInvites({ tenantId: client.tenantId });
      await vi.advanceTimersByTimeAsync(300);
      expect((await list).totalCount).toBe(0);
    });

    it('draws the latency from a [min, max] range', async () => {
      vi.useFakeTimers();
      const client = createMemoryInviteClient({ latencyMs: [100, 200] });
      const done = vi.fn();
      void client.userInvites({ tenantId: client.tenantId }).then(done);
      await vi.advanceTimersByTimeAsync(99);
      expect(done).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(101);
      expect(done).toHaveBeenCalled();
    });

    it('fails the next calls of a method with the injected code, then recovers', async () => {
      const client = createMemoryInviteClient({
        failures: [{ method: 'userInvites', code: 'network', times: 2 }],
      });
      const query = { tenantId: client.tenantId };
      await expect(client.userInvites(query)).rejects.toMatchObject({ code: 'network' });
      await expect(client.userInvite('x')).resolves.toBeNull();
      await expect(client.userInvites(query)).rejects.toMatchObject({ code: 'network' });
      await expect(client.userInvites(query)).resolves.toMatchObject({ totalCount: 0 });

      client.failNext('sendUserInvites', 'rate_limited', { retryAfterMs: 5000 });
      await expect(
        client.sendUserInvites({
          tenantId: client.tenantId,
          userInvites: [{ email: 'a@example.com' }],
        }),
      ).rejects.toMatchObject({ code: 'rate_limited', retryAfterMs: 5000 });
      expect(client.sentEmails()).toEqual([]);
    });

    it('makes the next call hang until its signal aborts, then rejects with the reason', async () => {
      const client = createMemoryInviteClient();
      client.failNext('sendUserInvites', 'hang');
      const controller = new AbortController();
      const send = client.sendUserInvites(
        { tenantId: client.tenantId, userInvites: [{ email: 'ada@example.com' }] },
        { signal: controller.signal },
      );
      const settled = vi.fn();
      send.then(settled, settled);
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(settled).not.toHaveBeenCalled();
      const reason = new Error('gave up');
      controller.abort(reason);
      await expect(send).rejects.toBe(reason);
      expect(client.sentEmails()).toEqual([]);
      await expect(client.userInvites({ tenantId: client.tenantId })).resolves.toMatchObject({
        totalCount: 0,
      });
      const next = await client.sendUserInvites({
        tenantId: client.tenantId,
        userInvites: [{ email: 'ada@example.com' }],
      });
      expect(next.success).toHaveLength(1);
    });

    it('hangs for good without a signal, and with hang in the options whatever the code', async () => {
      vi.useFakeTimers();
      const client = createMemoryInviteClient({
        failures: [{ method: 'userInvite', code: 'network', hang: true }],
      });
      client.failNext('*', 'forbidden', { hang: true, times: 2 });
      const settled = vi.fn();
      void client.userInvite('x').then(settled, settled);
      void client.userInvites({ tenantId: client.tenantId }).then(settled, settled);
      const controller = new AbortController();
      const listRoles = client.listRoles(client.tenantId, { signal: controller.signal });
      listRoles.catch(() => {});
      await vi.advanceTimersByTimeAsync(24 * 60 * 60 * 1000);
      expect(settled).not.toHaveBeenCalled();
      controller.abort();
      await expect(listRoles).rejects.toMatchObject({ name: 'AbortError' });
      await expect(client.userInvite('x')).resolves.toBeNull();
      expect(settled).not.toHaveBeenCalled();
    });

    it('fails a seeded share of calls with a failure rate', async () => {
      const client = createMemoryInviteClient({ seed: 11, failureRate: 0.5 });
      const outcomes = await Promise.all(
        Array.from({ length: 200 }, () =>
          client.userInvites({ tenantId: client.tenantId }).then(
            () => 'ok',
            (e: { code: string }) => e.code,
          ),
        ),
      );
      const failed = outcomes.filter((outcome) => outcome === 'network').length;
      expect(failed).toBeGreaterThan(60);
      expect(failed).toBeLessThan(140);
      expect(outcomes.every((o) => o === 'ok' || o === 'network')).toBe(true);
      client.setFailureRate(0);
      await expect(client.userInvites({ tenantId: client.tenantId })).resolves.toBeDefined();
    });

    it('logs every call with its arguments', async () => {
      const client = createMemoryInviteClient();
      await client.userInvites({ tenantId: client.tenantId, limit: 5 });
      await client.userInvite('abc');
      expect(client.calls()).toEqual([
        { method: 'userInvites', args: [{ tenantId: client.tenantId, limit: 5 }] },
        { method: 'userInvite', args: ['abc'] },
      ]);
      client.clearCalls();
      expect(client.calls()).toEqual([]);
    });
  });

  describe('extras', () => {
    it('lists roles and gives a link only for a pending invite', async () => {
      const client = createMemoryInviteClient({ inviteLinkBase: 'https://acme.test/join' });
      expect((await client.listRoles(client.tenantId)).map((role) => role.key)).toEqual([
        'admin',
        'member',
        'viewer',
      ]);
      const { success } = await client.sendUserInvites({
        tenantId: client.tenantId,
        userInvites: [{ email: 'ada@example.com' }],
      });
      const link = await client.getInviteLink(success[0]!.id);
      expect(link).toBe(`https://acme.test/join?token=${lastToken(client, success[0]!.id)}`);
      await client.cancelUserInvite(success[0]!.id);
      await expect(client.getInviteLink(success[0]!.id)).rejects.toMatchObject({
        code: 'conflict',
      });
    });
  });
});

// The contract's delta rules, on the memory backend's own `updatedAfter` filter.
describeInviteClientContract('createMemoryInviteClient declaring supportsUpdatedAfter', () =>
  memoryHarness({}, (memory) => ({ ...memory, supportsUpdatedAfter: true })),
);
