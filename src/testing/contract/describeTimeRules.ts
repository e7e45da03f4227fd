import { describe, expect, it } from 'vitest';
import type { ContractContext } from './ContractContext';
import { expectFailure } from './expectFailure';

/**
 * The rules that need the backend's clock or limits, each skipped (and saying so) when the
 * harness does not give them: expiry, and its revival on resend (`advanceTime` and
 * `expiresInMs`); the resend rate limit (`resendLimit`).
 *
 * @example
 * ```ts
 * describe('InviteClient contract: my client', () => {
 *   describeTimeRules(createContractContext(createHarness));
 * });
 * ```
 */
export function describeTimeRules(t: ContractContext): void {
  describe('expiry', () => {
    it('expires a pending invite once its time has passed; it can no longer be accepted', async (context) => {
      const { client, tenantId } = t;
      if (!t.harness.advanceTime || !t.harness.expiresInMs) {
        return context.skip('the harness has no advanceTime and expiresInMs');
      }
      const sent = await t.invite(t.email('sophie'));
      const token = await t.harness.tokenFor(sent.id);
      expect(sent.expiresAt && Date.parse(sent.expiresAt)).toBeGreaterThan(
        Date.parse(sent.createdAt),
      );
      await t.harness.advanceTime(t.harness.expiresInMs + 1000);
      expect((await client.userInvite(sent.id))?.status).toBe('expired');
      const expired = await client.userInvites({
        tenantId,
        filter: { status: 'expired', id: [sent.id] },
      });
      expect(expired.totalCount).toBe(1);
      await expectFailure((await t.invitee(sent.id)).acceptUserInvite({ token }), 'expired');
      await expectFailure(client.cancelUserInvite(sent.id), 'conflict');
    });

    it('revives an expired invite on resend, with a new expiry', async (context) => {
      const { client } = t;
      if (!t.harness.advanceTime || !t.harness.expiresInMs) {
        return context.skip('the harness has no advanceTime and expiresInMs');
      }
      const sent = await t.invite(t.email('amir'));
      await t.harness.advanceTime(t.harness.expiresInMs + 1000);
      const resent = await client.resendUserInvite(sent.id);
      expect(resent.status).toBe('pending');
      expect(Date.parse(resent.expiresAt!)).toBeGreaterThan(Date.parse(sent.expiresAt!));
      const accepted = await (
        await t.invitee(sent.id)
      ).acceptUserInvite({ token: await t.harness.tokenFor(sent.id) });
      expect(accepted.status).toBe('accepted');
    });
  });

  describe('rate limit', () => {
    it('refuses resends past the limit with rate_limited and a retryAfterMs', async (context) => {
      const { client } = t;
      if (t.harness.resendLimit === undefined)
        return context.skip('the harness sets no resendLimit');
      const sent = await t.invite(t.email('leila'));
      for (let i = 0; i < t.harness.resendLimit; i += 1) await client.resendUserInvite(sent.id);
      const error = await expectFailure(client.resendUserInvite(sent.id), 'rate_limited');
      expect(error.retryAfterMs).toBeGreaterThan(0);
    });
  });
}
