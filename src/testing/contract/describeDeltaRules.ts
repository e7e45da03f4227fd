import { describe, expect, it } from 'vitest';
import { maxPageSizeOf } from '../../client/defaults';
import type { UserInvite, UserInvitesQuery } from '../../client/types';
import type { ContractContext } from './ContractContext';

const latest = (invites: UserInvite[]) =>
  invites.reduce((a, b) => (Date.parse(b.updatedAt) > Date.parse(a.updatedAt) ? b : a)).updatedAt;

/**
 * The rules of the delta query, for a client that declares `supportsUpdatedAfter` (skipped, and
 * saying so, for one that does not): `filter.updatedAfter` lists exactly the invites of the
 * tenant changed strictly after the cursor (sent, canceled, edited), in order of their last
 * change when asked, and combines with the other filters; another tenant's changes never show.
 *
 * @example
 * ```ts
 * describe('InviteClient contract: my client', () => {
 *   describeDeltaRules(createContractContext(createHarness));
 * });
 * ```
 */
export function describeDeltaRules(t: ContractContext): void {
  /** Lets the backend's clock pass the invites written so far. */
  const letTimePass = async () => {
    if (t.harness.advanceTime) await t.harness.advanceTime(1000);
    else await new Promise((resolve) => setTimeout(resolve, 20));
  };
  const changedAfter = (updatedAfter: string, query: Partial<UserInvitesQuery> = {}) =>
    t.client.userInvites({
      tenantId: t.tenantId,
      order: { field: 'updatedAt', direction: 'asc' },
      limit: maxPageSizeOf(t.client),
      ...query,
      filter: { ...query.filter, updatedAfter },
    });

  describe('updatedAfter', () => {
    it('lists exactly the invites of the tenant changed after the cursor, oldest change first', async (context) => {
      const { client, harness } = t;
      if (!client.supportsUpdatedAfter) {
        return context.skip('the client does not declare supportsUpdatedAfter');
      }
      const untouched = await t.invite(t.email('lin'));
      const canceled = await t.invite(t.email('omar'));
      const edited = await t.invite(t.email('zoe'));
      const cursor = latest([untouched, canceled, edited]);
      await letTimePass();

      await client.cancelUserInvite(canceled.id);
      if (!harness.cannotUpdate) await client.updateUserInvite(edited.id, { firstName: 'Zoe' });
      const created = await t.invite(t.email('yara'));
      const changed = [canceled.id, ...(harness.cannotUpdate ? [] : [edited.id]), created.id];

      const page = await changedAfter(cursor);
      expect(page.data.map((invite) => invite.id).sort()).toEqual([...changed].sort());
      expect(page.totalCount).toBe(changed.length);
      const times = page.data.map((invite) => Date.parse(invite.updatedAt));
      expect(times.every((time) => time > Date.parse(cursor))).toBe(true);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(page.data.find((invite) => invite.id === canceled.id)?.status).toBe('canceled');

      // Strictly later: the newest change as the cursor leaves nothing.
      expect((await changedAfter(latest(page.data))).data).toEqual([]);
    });

    it('combines with the other filters, and never lists another tenant', async (context) => {
      const { client, harness } = t;
      if (!client.supportsUpdatedAfter) {
        return context.skip('the client does not declare supportsUpdatedAfter');
      }
      const mine = [await t.invite(t.email('ines')), await t.invite(t.email('kofi'))];
      const theirs = await client.sendUserInvites({
        tenantId: harness.otherTenantId,
        userInvites: [{ email: t.email('elsewhere') }],
      });
      expect(theirs.success).toHaveLength(1);
      const cursor = latest([...mine, ...theirs.success]);
      await letTimePass();

      await client.cancelUserInvite(mine[0]!.id);
      await client.cancelUserInvite(theirs.success[0]!.id);
      const later = await t.invite(t.email('noor'));

      const all = await changedAfter(cursor);
      expect(all.data.map((invite) => invite.id).sort()).toEqual([mine[0]!.id, later.id].sort());
      expect(all.data.every((invite) => invite.tenantId === t.tenantId)).toBe(true);
      const canceledOnly = await changedAfter(cursor, { filter: { status: 'canceled' } });
      expect(canceledOnly.data.map((invite) => invite.id)).toEqual([mine[0]!.id]);

      const elsewhere = await changedAfter(cursor, { tenantId: harness.otherTenantId });
      expect(elsewhere.data.map((invite) => invite.id)).toEqual([theirs.success[0]!.id]);
    });
  });
}
