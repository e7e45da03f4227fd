import { describe, expect, it, vi } from 'vitest';
import type { InviteChangeEvent } from '../../client/types';
import type { ContractContext } from './ContractContext';
import { expectFailure } from './expectFailure';

/**
 * The rules of the optional methods a client may have, each skipped (and saying so) without
 * it: `userInviteByToken` tells what a token is for; `subscribe` pushes every change of its
 * tenant, and nothing after unsubscribing.
 *
 * @example
 * ```ts
 * describe('InviteClient contract: my client', () => {
 *   describeOptionalMethodRules(createContractContext(createHarness));
 * });
 * ```
 */
export function describeOptionalMethodRules(t: ContractContext): void {
  describe('userInviteByToken', () => {
    it('tells what a token is for, and refuses one that matches nothing', async (context) => {
      const { client } = t;
      if (!client.userInviteByToken) return context.skip('the client has no userInviteByToken');
      const sent = await t.invite(t.email('noor'));
      const answerer = await t.invitee(sent.id);
      const preview = await answerer.userInviteByToken!({
        token: await t.harness.tokenFor(sent.id),
      });
      expect(preview.invite).toMatchObject({ id: sent.id, email: sent.email, status: 'pending' });
      await expectFailure(answerer.userInviteByToken!({ token: 'no-such-token' }), 'invalid_token');
    });
  });

  describe('subscribe', () => {
    it('pushes every change of the tenant, and nothing after unsubscribing', async (context) => {
      const { client, tenantId } = t;
      if (!client.subscribe) return context.skip('the client has no subscribe');
      const events: InviteChangeEvent[] = [];
      const otherEvents: InviteChangeEvent[] = [];
      const stop = client.subscribe(tenantId, (event) => events.push(event));
      const stopOther = client.subscribe(t.harness.otherTenantId, (event) =>
        otherEvents.push(event),
      );
      const sent = await t.invite(t.email('priya'));
      await (
        await t.invitee(sent.id)
      ).acceptUserInvite({ token: await t.harness.tokenFor(sent.id) });
      const second = await t.invite(t.email('mateo'));
      await client.cancelUserInvite(second.id);
      // A push channel may deliver a moment later than the call resolves.
      await vi.waitFor(() => {
        const summary = events.map((e) => [e.type, e.invite.id, e.previousStatus, e.invite.status]);
        expect(summary).toEqual(
          expect.arrayContaining([
            ['created', sent.id, null, 'pending'],
            ['updated', sent.id, 'pending', 'accepted'],
            ['created', second.id, null, 'pending'],
            ['updated', second.id, 'pending', 'canceled'],
          ]),
        );
      });
      stop();
      stopOther();
      const third = await t.invite(t.email('aisha'));
      await client.cancelUserInvite(third.id);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(events.some((e) => e.invite.id === third.id)).toBe(false);
      expect(otherEvents).toEqual([]);
    });
  });
}
