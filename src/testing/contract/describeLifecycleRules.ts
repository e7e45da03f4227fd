import { describe, expect, it } from 'vitest';
import type { InviteErrorCode } from '../../client/errors';
import type { ContractContext } from './ContractContext';
import { expectFailure } from './expectFailure';

/**
 * The lifecycle of an invite: cancel (a pending invite only), accept and decline with the
 * emailed token (final after that), refusals of canceled invites and unknown tokens, resend
 * with a new token, and update.
 *
 * @example
 * ```ts
 * describe('InviteClient contract: my client', () => {
 *   describeLifecycleRules(createContractContext(createHarness));
 * });
 * ```
 */
export function describeLifecycleRules(t: ContractContext): void {
  describe('lifecycle', () => {
    const refusal = (): InviteErrorCode[] =>
      t.harness.opaqueRefusals ? ['conflict', 'invalid_token'] : ['conflict'];
    it('cancels a pending invite, and only a pending one', async () => {
      const { client } = t;
      const sent = await t.invite(t.email('dennis'));
      const canceled = await client.cancelUserInvite(sent.id);
      expect(canceled).toMatchObject({ id: sent.id, status: 'canceled' });
      expect((await t.find(sent.id)).status).toBe('canceled');
      await expectFailure(client.cancelUserInvite(sent.id), 'conflict');
      await expectFailure(
        client.cancelUserInvite('00000000-0000-4000-8000-000000000000'),
        'not_found',
      );
    });

    it('accepts with the emailed token; an accepted invite never changes again', async () => {
      const { client } = t;
      const sent = await t.invite(t.email('radia'));
      const token = await t.harness.tokenFor(sent.id);
      const answerer = await t.invitee(sent.id);
      const accepted = await answerer.acceptUserInvite({ token });
      expect(accepted).toMatchObject({ id: sent.id, status: 'accepted' });
      expect((await t.find(sent.id)).status).toBe('accepted');
      await expectFailure(answerer.acceptUserInvite({ token }), 'conflict');
      await expectFailure(client.cancelUserInvite(sent.id), 'conflict');
      await expectFailure(client.resendUserInvite(sent.id), 'conflict');
      expect((await t.find(sent.id)).status).toBe('accepted');
    });

    it('declines with the emailed token; a declined invite cannot be accepted', async (context) => {
      const { client } = t;
      if (!client.declineUserInvite) return context.skip('the client has no declineUserInvite');
      const sent = await t.invite(t.email('ken'));
      const token = await t.harness.tokenFor(sent.id);
      const answerer = await t.invitee(sent.id);
      const declined = await answerer.declineUserInvite!({ token });
      expect(declined).toMatchObject({ id: sent.id, status: 'declined' });
      await expectFailure(answerer.acceptUserInvite({ token }), 'conflict');
      expect((await t.find(sent.id)).status).toBe('declined');
    });

    it('refuses to accept a canceled invite', async () => {
      const { client } = t;
      const sent = await t.invite(t.email('frances'));
      const token = await t.harness.tokenFor(sent.id);
      await client.cancelUserInvite(sent.id);
      await expectFailure((await t.invitee(sent.id)).acceptUserInvite({ token }), refusal);
      expect((await t.find(sent.id)).status).toBe('canceled');
    });

    it('refuses a token that matches no invite (invalid_token)', async () => {
      const { client } = t;
      await expectFailure(client.acceptUserInvite({ token: 'no-such-token' }), 'invalid_token');
    });

    it('resends with a new token: the old one stops working (or, declared, keeps working)', async () => {
      const { client } = t;
      const sent = await t.invite(t.email('guido'));
      const oldToken = await t.harness.tokenFor(sent.id);
      const resent = await client.resendUserInvite(sent.id);
      expect(resent).toMatchObject({ id: sent.id, status: 'pending' });
      const newToken = await t.harness.tokenFor(sent.id);
      const answerer = await t.invitee(sent.id);
      if (t.harness.resendKeepsToken) {
        expect(newToken).toBe(oldToken);
      } else {
        expect(newToken).not.toBe(oldToken);
        await expectFailure(answerer.acceptUserInvite({ token: oldToken }), 'invalid_token');
      }
      expect((await answerer.acceptUserInvite({ token: newToken })).status).toBe('accepted');
    });

    it('refuses to resend a canceled invite, or one that does not exist', async () => {
      const { client } = t;
      const sent = await t.invite(t.email('hedy'));
      await client.cancelUserInvite(sent.id);
      await expectFailure(client.resendUserInvite(sent.id), 'conflict');
      await expectFailure(
        client.resendUserInvite('00000000-0000-4000-8000-000000000000'),
        'not_found',
      );
    });

    it('updates names, locale, roles and data, and leaves the status alone', async (context) => {
      const { client } = t;
      if (t.harness.cannotUpdate)
        return context.skip('the backend cannot change an invite (cannotUpdate)');
      const sent = await t.invite(t.email('yukihiro'));
      const updated = await client.updateUserInvite(sent.id, {
        firstName: 'Yukihiro',
        lastName: 'Matsumoto',
        locale: 'ja-JP',
        data: { team: 'core' },
      });
      expect(updated).toMatchObject({
        id: sent.id,
        firstName: 'Yukihiro',
        lastName: 'Matsumoto',
        locale: 'ja-JP',
        data: { team: 'core' },
        status: 'pending',
      });
      expect(await t.find(sent.id)).toMatchObject({ firstName: 'Yukihiro', locale: 'ja-JP' });
      await expectFailure(
        client.updateUserInvite('00000000-0000-4000-8000-000000000000', { firstName: 'X' }),
        'not_found',
      );
    });
  });
}
