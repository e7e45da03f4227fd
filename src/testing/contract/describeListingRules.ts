import { beforeEach, describe, expect, it } from 'vitest';
import { maxPageSizeOf } from '../../client/defaults';
import type { UserInvite } from '../../client/types';
import type { ContractContext } from './ContractContext';

/**
 * The rules of `userInvites` and `userInvite`: tenants never see each other, filters by status,
 * email and ids, search, order, paging with a count of every match, copies, and `null` for an
 * unknown id.
 *
 * @example
 * ```ts
 * describe('InviteClient contract: my client', () => {
 *   describeListingRules(createContractContext(createHarness));
 * });
 * ```
 */
export function describeListingRules(t: ContractContext): void {
  describe('userInvites and userInvite', () => {
    let sent: UserInvite[];
    beforeEach(async () => {
      const { client, tenantId } = t;
      const result = await client.sendUserInvites({
        tenantId,
        userInvites: [
          { email: t.email('zed'), firstName: 'Zed', lastName: 'Quinn' },
          { email: t.email('amy'), firstName: 'Amy', lastName: 'Pond' },
          { email: t.email('rory'), firstName: 'Rory', lastName: 'Williams' },
          { email: t.email('river'), firstName: 'River', lastName: 'Song' },
        ],
      });
      sent = result.success;
      expect(sent).toHaveLength(4);
      await client.cancelUserInvite(sent[3]!.id);
    });

    it('never shows one tenant the invites of another', async () => {
      const { client, tenantId } = t;
      const other = await client.sendUserInvites({
        tenantId: t.harness.otherTenantId,
        userInvites: [{ email: t.email('hidden') }],
      });
      const hiddenId = other.success[0]!.id;
      const all = await client.userInvites({ tenantId, limit: maxPageSizeOf(client) });
      expect(all.data.map((i) => i.id)).not.toContain(hiddenId);
      expect(all.data.every((i) => i.tenantId === tenantId)).toBe(true);
      const byId = await client.userInvites({ tenantId, filter: { id: [hiddenId] } });
      expect(byId).toEqual({ data: [], totalCount: 0 });
    });

    it('filters by one status or several', async () => {
      const { client, tenantId } = t;
      const ids = sent.map((i) => i.id);
      const canceled = await client.userInvites({
        tenantId,
        filter: { id: ids, status: 'canceled' },
      });
      expect(canceled.data.map((i) => i.id)).toEqual([sent[3]!.id]);
      const both = await client.userInvites({
        tenantId,
        filter: { id: ids, status: ['pending', 'canceled'] },
      });
      expect(both.totalCount).toBe(4);
    });

    it('filters by email, case-insensitively, and by several ids', async () => {
      const { client, tenantId } = t;
      const byEmail = await client.userInvites({
        tenantId,
        filter: { email: sent[1]!.email.toUpperCase() },
      });
      expect(byEmail.data.map((i) => i.id)).toEqual([sent[1]!.id]);
      const byIds = await client.userInvites({
        tenantId,
        filter: { id: [sent[0]!.id, sent[2]!.id] },
      });
      expect(byIds.data.map((i) => i.id).sort()).toEqual([sent[0]!.id, sent[2]!.id].sort());
      expect(byIds.totalCount).toBe(2);
    });

    it('searches email and names, case-insensitively', async () => {
      const { client, tenantId } = t;
      const ids = sent.map((i) => i.id);
      const byName = await client.userInvites({ tenantId, search: 'POND', filter: { id: ids } });
      expect(byName.data.map((i) => i.id)).toEqual([sent[1]!.id]);
      const byFirst = await client.userInvites({ tenantId, search: 'rory', filter: { id: ids } });
      expect(byFirst.data.map((i) => i.id)).toEqual([sent[2]!.id]);
      const byEmail = await client.userInvites({ tenantId, search: 'ZED.', filter: { id: ids } });
      expect(byEmail.data.map((i) => i.id)).toEqual([sent[0]!.id]);
    });

    it('orders by a field in either direction', async () => {
      const { client, tenantId } = t;
      const ids = sent.map((i) => i.id);
      const asc = await client.userInvites({
        tenantId,
        filter: { id: ids },
        order: { field: 'email', direction: 'asc' },
      });
      const emails = asc.data.map((i) => i.email);
      expect(emails).toEqual([...emails].sort());
      const desc = await client.userInvites({
        tenantId,
        filter: { id: ids },
        order: { field: 'email', direction: 'desc' },
      });
      expect(desc.data.map((i) => i.email)).toEqual([...emails].reverse());
    });

    it('pages with limit and offset, counting every match', async () => {
      const { client, tenantId } = t;
      const ids = sent.map((i) => i.id);
      const order = { field: 'email', direction: 'asc' } as const;
      const first = await client.userInvites({
        tenantId,
        filter: { id: ids },
        order,
        limit: 3,
        offset: 0,
      });
      const second = await client.userInvites({
        tenantId,
        filter: { id: ids },
        order,
        limit: 3,
        offset: 3,
      });
      expect(first.totalCount).toBe(4);
      expect(second.totalCount).toBe(4);
      expect(first.data).toHaveLength(3);
      expect(second.data).toHaveLength(1);
      const seen = [...first.data, ...second.data].map((i) => i.id);
      expect(new Set(seen).size).toBe(4);
      const past = await client.userInvites({
        tenantId,
        filter: { id: ids },
        limit: 3,
        offset: 10,
      });
      expect(past).toEqual({ data: [], totalCount: 4 });
    });

    it('hands out copies: changing a result changes nothing stored', async () => {
      const { client, tenantId } = t;
      const page = await client.userInvites({ tenantId, filter: { id: [sent[0]!.id] } });
      page.data[0]!.email = 'mallory@example.com';
      page.data[0]!.status = 'accepted';
      const single = await client.userInvite(sent[0]!.id);
      single!.firstName = 'Mallory';
      const again = await client.userInvite(sent[0]!.id);
      expect(again).toMatchObject({ email: sent[0]!.email, status: 'pending', firstName: 'Zed' });
    });

    it('resolves an unknown id to null', async () => {
      const { client } = t;
      expect(await client.userInvite('00000000-0000-4000-8000-000000000000')).toBeNull();
    });
  });
}
