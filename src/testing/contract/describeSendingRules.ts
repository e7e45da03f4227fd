import { describe, expect, it } from 'vitest';
import { INVITE_ERROR_CODES } from '../../client/errors';
import type { UserInvite } from '../../client/types';
import type { ContractContext } from './ContractContext';

/** Every field of the User Invites API, which every invite a client returns must carry. */
const FIELDS: (keyof UserInvite)[] = [
  'id',
  'email',
  'firstName',
  'lastName',
  'locale',
  'data',
  'roleKeys',
  'status',
  'statusUpdatedAt',
  'tenantId',
  'createdByUserId',
  'acceptedByUserId',
  'userTokenId',
  'createdAt',
  'updatedAt',
];

/**
 * The rules of `sendUserInvites`: every field of a new invite, trimming and merging addresses,
 * partial failure (`invalid_email`), `already_invited`, `already_member`, inviting again after
 * a cancel, one invite per tenant, and only documented codes.
 *
 * @example
 * ```ts
 * describe('InviteClient contract: my client', () => {
 *   describeSendingRules(createContractContext(createHarness));
 * });
 * ```
 */
export function describeSendingRules(t: ContractContext): void {
  describe('sendUserInvites', () => {
    it('creates pending invites with every field of the API', async () => {
      const { client, tenantId } = t;
      const address = t.email('ada');
      const result = await client.sendUserInvites({
        tenantId,
        userInvites: [
          {
            email: address,
            firstName: 'Ada',
            lastName: 'Lovelace',
            locale: 'en-GB',
            roleKeys: [],
          },
        ],
      });
      expect(result.errors).toEqual([]);
      const [created] = result.success;
      for (const field of FIELDS) expect(created).toHaveProperty(field);
      expect(created).toMatchObject({
        email: address,
        firstName: 'Ada',
        lastName: 'Lovelace',
        locale: 'en-GB',
        status: 'pending',
        tenantId,
      });
      for (const date of [created!.createdAt, created!.updatedAt, created!.statusUpdatedAt]) {
        expect(Number.isNaN(Date.parse(date))).toBe(false);
      }
      expect(await client.userInvite(created!.id)).toMatchObject({
        id: created!.id,
        status: 'pending',
      });
    });

    it('trims addresses and merges the same person within one batch, whatever the case', async () => {
      const { client, tenantId } = t;
      const address = t.email('grace');
      const result = await client.sendUserInvites({
        tenantId,
        userInvites: [{ email: `  ${address}  ` }, { email: address.toUpperCase() }],
      });
      expect(result.errors).toEqual([]);
      expect(result.success).toHaveLength(1);
      expect(result.success[0]!.email).toBe(address);
      const page = await client.userInvites({ tenantId, filter: { email: address } });
      expect(page.totalCount).toBe(1);
    });

    it('sends the valid addresses of a batch and reports each invalid one as invalid_email', async () => {
      const { client, tenantId } = t;
      const good = t.email('alan');
      const result = await client.sendUserInvites({
        tenantId,
        userInvites: [{ email: 'not-an-email' }, { email: good }, { email: 'x@' }],
      });
      expect(result.success.map((i) => i.email)).toEqual([good]);
      expect(result.errors.map((e) => [e.email, e.code])).toEqual([
        ['not-an-email', 'invalid_email'],
        ['x@', 'invalid_email'],
      ]);
      for (const error of result.errors) expect(error.message).toEqual(expect.any(String));
    });

    it('refuses an address that already has a pending invite in the tenant (already_invited)', async () => {
      const { client, tenantId } = t;
      const address = t.email('katherine');
      await t.invite(address);
      const again = await client.sendUserInvites({
        tenantId,
        userInvites: [{ email: address.toUpperCase() }],
      });
      expect(again.success).toEqual([]);
      expect(again.errors).toEqual([
        expect.objectContaining({ email: address.toUpperCase(), code: 'already_invited' }),
      ]);
    });

    it('refuses an address that already belongs to the tenant (already_member)', async () => {
      const { client, tenantId } = t;
      const address = t.email('linus');
      const sent = await t.invite(address);
      await (
        await t.invitee(sent.id)
      ).acceptUserInvite({ token: await t.harness.tokenFor(sent.id) });
      const again = await client.sendUserInvites({ tenantId, userInvites: [{ email: address }] });
      expect(again.errors).toEqual([expect.objectContaining({ code: 'already_member' })]);
    });

    it('invites the same address again once the earlier invite was canceled', async () => {
      const { client } = t;
      const address = t.email('margaret');
      const first = await t.invite(address);
      await client.cancelUserInvite(first.id);
      const second = await t.invite(address);
      expect(second.id).not.toBe(first.id);
    });

    it('lets one address hold a pending invite in each of two tenants', async () => {
      const { client } = t;
      const address = t.email('tim');
      await t.invite(address);
      const other = await client.sendUserInvites({
        tenantId: t.harness.otherTenantId,
        userInvites: [{ email: address }],
      });
      expect(other.errors).toEqual([]);
      expect(other.success[0]!.tenantId).toBe(t.harness.otherTenantId);
    });

    it('uses only documented error codes in batch errors', async () => {
      const { client, tenantId } = t;
      const address = t.email('barbara');
      await t.invite(address);
      const result = await client.sendUserInvites({
        tenantId,
        userInvites: [{ email: address }, { email: '@@' }],
      });
      for (const error of result.errors) expect(INVITE_ERROR_CODES).toContain(error.code);
    });
  });
}
