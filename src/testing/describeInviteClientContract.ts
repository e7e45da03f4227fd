import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVITE_ERROR_CODES, isInviteClientError, type InviteErrorCode } from '../client/errors';
import type { InviteChangeEvent, InviteClient, UserInvite } from '../client/types';

/**
 * What {@link describeInviteClientContract} needs to drive a client. The optional members turn
 * on the rules that need them; without them those rules are skipped, and say so.
 *
 * @example
 * ```ts
 * const harness: InviteClientContractHarness = {
 *   client,
 *   tenantId: 'team-a',
 *   otherTenantId: 'team-b',
 *   tokenFor: (inviteId) => mailCatcher.tokenFor(inviteId),
 * };
 * ```
 */
export interface InviteClientContractHarness {
  client: InviteClient;
  /** A tenant the suite may write to. */
  tenantId: string;
  /** A second tenant, to check that tenants never see each other. */
  otherTenantId: string;
  /** The token the invitee received for this invite (from an outbox, a mail catcher, a database). */
  tokenFor(inviteId: string): string | Promise<string>;
  /** Moves the backend's clock forward by `ms`: turns on the expiry rules. */
  advanceTime?(ms: number): void | Promise<void>;
  /** How long a new invite stays open; needed with `advanceTime`. */
  expiresInMs?: number;
  /** How many resends of one invite the backend allows before `rate_limited`: turns on that rule. */
  resendLimit?: number;
  /**
   * The client the invitee answers with (accept, decline, preview), when the backend needs the
   * invitee's own session for that. By default the same client.
   */
  inviteeClient?(inviteId: string): InviteClient | Promise<InviteClient>;
  /** The backend keeps the same token (link) on resend: then the old link must keep working. */
  resendKeepsToken?: boolean;
  /**
   * The backend answers "not found" to an invitee whose invite is no longer pending, without
   * saying why: then such a refusal may be `invalid_token` instead of `conflict`.
   */
  opaqueRefusals?: boolean;
  /** The backend cannot change an invite: the update rule is skipped. */
  cannotUpdate?: boolean;
  /** Called after each rule. */
  cleanup?(): void | Promise<void>;
}

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

async function expectFailure(
  promise: Promise<unknown>,
  code: InviteErrorCode | (() => InviteErrorCode[]),
) {
  const codes = typeof code === 'function' ? code() : [code];
  const error: unknown = await promise.then(
    () => new Error(`expected the call to fail with "${codes.join('" or "')}", but it succeeded`),
    (reason: unknown) => reason,
  );
  expect(isInviteClientError(error), `expected an InviteClientError, got ${String(error)}`).toBe(
    true,
  );
  expect(codes).toContain((error as { code: string }).code);
  return error as { code: InviteErrorCode; retryAfterMs?: number };
}

/**
 * Runs every rule of the `InviteClient` contract against a client: sending (validation,
 * de-duplication, partial failure), listing (tenants, filters, search, order, paging, copies),
 * the lifecycle (cancel, accept, decline, resend, update, final statuses), expiry, rate limits,
 * abort signals and `subscribe`. Call it in a Vitest test file; `createHarness` runs before
 * each rule, so every rule starts from a fresh backend.
 *
 * @example
 * ```ts
 * // my-adapter.contract.test.ts
 * import { describeInviteClientContract } from 'invite-widgets/testing';
 *
 * describeInviteClientContract('my REST adapter', async () => {
 *   const server = await startTestServer();
 *   return {
 *     client: createRestInviteClient(server.url),
 *     tenantId: 'team-a',
 *     otherTenantId: 'team-b',
 *     tokenFor: (id) => server.lastTokenFor(id),
 *     cleanup: () => server.close(),
 *   };
 * });
 * ```
 */
export function describeInviteClientContract(
  name: string,
  createHarness: () => InviteClientContractHarness | Promise<InviteClientContractHarness>,
): void {
  describe(`InviteClient contract: ${name}`, () => {
    let harness: InviteClientContractHarness;
    let client: InviteClient;
    let tenantId: string;
    let counter = 0;
    const email = (label: string) => `${label}.${(counter += 1)}@example.com`;

    beforeEach(async () => {
      harness = await createHarness();
      client = harness.client;
      tenantId = harness.tenantId;
    });
    afterEach(async () => {
      await harness?.cleanup?.();
    });

    async function invite(address: string) {
      const result = await client.sendUserInvites({ tenantId, userInvites: [{ email: address }] });
      expect(result.errors).toEqual([]);
      expect(result.success).toHaveLength(1);
      return result.success[0]!;
    }

    /** The client the invitee of `inviteId` answers with. */
    async function invitee(inviteId: string): Promise<InviteClient> {
      return harness.inviteeClient ? harness.inviteeClient(inviteId) : client;
    }

    async function find(id: string) {
      const page = await client.userInvites({ tenantId, filter: { id: [id] } });
      expect(page.data).toHaveLength(1);
      return page.data[0]!;
    }

    describe('sendUserInvites', () => {
      it('creates pending invites with every field of the API', async () => {
        const address = email('ada');
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
        const address = email('grace');
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
        const good = email('alan');
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
        const address = email('katherine');
        await invite(address);
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
        const address = email('linus');
        const sent = await invite(address);
        await (await invitee(sent.id)).acceptUserInvite({ token: await harness.tokenFor(sent.id) });
        const again = await client.sendUserInvites({ tenantId, userInvites: [{ email: address }] });
        expect(again.errors).toEqual([expect.objectContaining({ code: 'already_member' })]);
      });

      it('invites the same address again once the earlier invite was canceled', async () => {
        const address = email('margaret');
        const first = await invite(address);
        await client.cancelUserInvite(first.id);
        const second = await invite(address);
        expect(second.id).not.toBe(first.id);
      });

      it('lets one address hold a pending invite in each of two tenants', async () => {
        const address = email('tim');
        await invite(address);
        const other = await client.sendUserInvites({
          tenantId: harness.otherTenantId,
          userInvites: [{ email: address }],
        });
        expect(other.errors).toEqual([]);
        expect(other.success[0]!.tenantId).toBe(harness.otherTenantId);
      });

      it('uses only documented error codes in batch errors', async () => {
        const address = email('barbara');
        await invite(address);
        const result = await client.sendUserInvites({
          tenantId,
          userInvites: [{ email: address }, { email: '@@' }],
        });
        for (const error of result.errors) expect(INVITE_ERROR_CODES).toContain(error.code);
      });
    });

    describe('userInvites and userInvite', () => {
      let sent: UserInvite[];
      beforeEach(async () => {
        const result = await client.sendUserInvites({
          tenantId,
          userInvites: [
            { email: email('zed'), firstName: 'Zed', lastName: 'Quinn' },
            { email: email('amy'), firstName: 'Amy', lastName: 'Pond' },
            { email: email('rory'), firstName: 'Rory', lastName: 'Williams' },
            { email: email('river'), firstName: 'River', lastName: 'Song' },
          ],
        });
        sent = result.success;
        expect(sent).toHaveLength(4);
        await client.cancelUserInvite(sent[3]!.id);
      });

      it('never shows one tenant the invites of another', async () => {
        const other = await client.sendUserInvites({
          tenantId: harness.otherTenantId,
          userInvites: [{ email: email('hidden') }],
        });
        const hiddenId = other.success[0]!.id;
        const all = await client.userInvites({ tenantId, limit: 1000 });
        expect(all.data.map((i) => i.id)).not.toContain(hiddenId);
        expect(all.data.every((i) => i.tenantId === tenantId)).toBe(true);
        const byId = await client.userInvites({ tenantId, filter: { id: [hiddenId] } });
        expect(byId).toEqual({ data: [], totalCount: 0 });
      });

      it('filters by one status or several', async () => {
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
        const ids = sent.map((i) => i.id);
        const byName = await client.userInvites({ tenantId, search: 'POND', filter: { id: ids } });
        expect(byName.data.map((i) => i.id)).toEqual([sent[1]!.id]);
        const byFirst = await client.userInvites({ tenantId, search: 'rory', filter: { id: ids } });
        expect(byFirst.data.map((i) => i.id)).toEqual([sent[2]!.id]);
        const byEmail = await client.userInvites({ tenantId, search: 'ZED.', filter: { id: ids } });
        expect(byEmail.data.map((i) => i.id)).toEqual([sent[0]!.id]);
      });

      it('orders by a field in either direction', async () => {
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
        const page = await client.userInvites({ tenantId, filter: { id: [sent[0]!.id] } });
        page.data[0]!.email = 'mallory@example.com';
        page.data[0]!.status = 'accepted';
        const single = await client.userInvite(sent[0]!.id);
        single!.firstName = 'Mallory';
        const again = await client.userInvite(sent[0]!.id);
        expect(again).toMatchObject({ email: sent[0]!.email, status: 'pending', firstName: 'Zed' });
      });

      it('resolves an unknown id to null', async () => {
        expect(await client.userInvite('00000000-0000-4000-8000-000000000000')).toBeNull();
      });
    });

    describe('lifecycle', () => {
      const refusal = (): InviteErrorCode[] =>
        harness.opaqueRefusals ? ['conflict', 'invalid_token'] : ['conflict'];
      it('cancels a pending invite, and only a pending one', async () => {
        const sent = await invite(email('dennis'));
        const canceled = await client.cancelUserInvite(sent.id);
        expect(canceled).toMatchObject({ id: sent.id, status: 'canceled' });
        expect((await find(sent.id)).status).toBe('canceled');
        await expectFailure(client.cancelUserInvite(sent.id), 'conflict');
        await expectFailure(
          client.cancelUserInvite('00000000-0000-4000-8000-000000000000'),
          'not_found',
        );
      });

      it('accepts with the emailed token; an accepted invite never changes again', async () => {
        const sent = await invite(email('radia'));
        const token = await harness.tokenFor(sent.id);
        const answerer = await invitee(sent.id);
        const accepted = await answerer.acceptUserInvite({ token });
        expect(accepted).toMatchObject({ id: sent.id, status: 'accepted' });
        expect((await find(sent.id)).status).toBe('accepted');
        await expectFailure(answerer.acceptUserInvite({ token }), 'conflict');
        await expectFailure(client.cancelUserInvite(sent.id), 'conflict');
        await expectFailure(client.resendUserInvite(sent.id), 'conflict');
        expect((await find(sent.id)).status).toBe('accepted');
      });

      it('declines with the emailed token; a declined invite cannot be accepted', async (context) => {
        if (!client.declineUserInvite) return context.skip('the client has no declineUserInvite');
        const sent = await invite(email('ken'));
        const token = await harness.tokenFor(sent.id);
        const answerer = await invitee(sent.id);
        const declined = await answerer.declineUserInvite!({ token });
        expect(declined).toMatchObject({ id: sent.id, status: 'declined' });
        await expectFailure(answerer.acceptUserInvite({ token }), 'conflict');
        expect((await find(sent.id)).status).toBe('declined');
      });

      it('refuses to accept a canceled invite', async () => {
        const sent = await invite(email('frances'));
        const token = await harness.tokenFor(sent.id);
        await client.cancelUserInvite(sent.id);
        await expectFailure((await invitee(sent.id)).acceptUserInvite({ token }), refusal);
        expect((await find(sent.id)).status).toBe('canceled');
      });

      it('refuses a token that matches no invite (invalid_token)', async () => {
        await expectFailure(client.acceptUserInvite({ token: 'no-such-token' }), 'invalid_token');
      });

      it('resends with a new token: the old one stops working (or, declared, keeps working)', async () => {
        const sent = await invite(email('guido'));
        const oldToken = await harness.tokenFor(sent.id);
        const resent = await client.resendUserInvite(sent.id);
        expect(resent).toMatchObject({ id: sent.id, status: 'pending' });
        const newToken = await harness.tokenFor(sent.id);
        const answerer = await invitee(sent.id);
        if (harness.resendKeepsToken) {
          expect(newToken).toBe(oldToken);
        } else {
          expect(newToken).not.toBe(oldToken);
          await expectFailure(answerer.acceptUserInvite({ token: oldToken }), 'invalid_token');
        }
        expect((await answerer.acceptUserInvite({ token: newToken })).status).toBe('accepted');
      });

      it('refuses to resend a canceled invite, or one that does not exist', async () => {
        const sent = await invite(email('hedy'));
        await client.cancelUserInvite(sent.id);
        await expectFailure(client.resendUserInvite(sent.id), 'conflict');
        await expectFailure(
          client.resendUserInvite('00000000-0000-4000-8000-000000000000'),
          'not_found',
        );
      });

      it('updates names, locale, roles and data, and leaves the status alone', async (context) => {
        if (harness.cannotUpdate)
          return context.skip('the backend cannot change an invite (cannotUpdate)');
        const sent = await invite(email('yukihiro'));
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
        expect(await find(sent.id)).toMatchObject({ firstName: 'Yukihiro', locale: 'ja-JP' });
        await expectFailure(
          client.updateUserInvite('00000000-0000-4000-8000-000000000000', { firstName: 'X' }),
          'not_found',
        );
      });
    });

    describe('expiry', () => {
      it('expires a pending invite once its time has passed; it can no longer be accepted', async (context) => {
        if (!harness.advanceTime || !harness.expiresInMs) {
          return context.skip('the harness has no advanceTime and expiresInMs');
        }
        const sent = await invite(email('sophie'));
        const token = await harness.tokenFor(sent.id);
        expect(sent.expiresAt && Date.parse(sent.expiresAt)).toBeGreaterThan(
          Date.parse(sent.createdAt),
        );
        await harness.advanceTime(harness.expiresInMs + 1000);
        expect((await client.userInvite(sent.id))?.status).toBe('expired');
        const expired = await client.userInvites({
          tenantId,
          filter: { status: 'expired', id: [sent.id] },
        });
        expect(expired.totalCount).toBe(1);
        await expectFailure((await invitee(sent.id)).acceptUserInvite({ token }), 'expired');
        await expectFailure(client.cancelUserInvite(sent.id), 'conflict');
      });

      it('revives an expired invite on resend, with a new expiry', async (context) => {
        if (!harness.advanceTime || !harness.expiresInMs) {
          return context.skip('the harness has no advanceTime and expiresInMs');
        }
        const sent = await invite(email('amir'));
        await harness.advanceTime(harness.expiresInMs + 1000);
        const resent = await client.resendUserInvite(sent.id);
        expect(resent.status).toBe('pending');
        expect(Date.parse(resent.expiresAt!)).toBeGreaterThan(Date.parse(sent.expiresAt!));
        const accepted = await (
          await invitee(sent.id)
        ).acceptUserInvite({ token: await harness.tokenFor(sent.id) });
        expect(accepted.status).toBe('accepted');
      });
    });

    describe('rate limit', () => {
      it('refuses resends past the limit with rate_limited and a retryAfterMs', async (context) => {
        if (harness.resendLimit === undefined)
          return context.skip('the harness sets no resendLimit');
        const sent = await invite(email('leila'));
        for (let i = 0; i < harness.resendLimit; i += 1) await client.resendUserInvite(sent.id);
        const error = await expectFailure(client.resendUserInvite(sent.id), 'rate_limited');
        expect(error.retryAfterMs).toBeGreaterThan(0);
      });
    });

    describe('userInviteByToken', () => {
      it('tells what a token is for, and refuses one that matches nothing', async (context) => {
        if (!client.userInviteByToken) return context.skip('the client has no userInviteByToken');
        const sent = await invite(email('noor'));
        const answerer = await invitee(sent.id);
        const preview = await answerer.userInviteByToken!({
          token: await harness.tokenFor(sent.id),
        });
        expect(preview.invite).toMatchObject({ id: sent.id, email: sent.email, status: 'pending' });
        await expectFailure(
          answerer.userInviteByToken!({ token: 'no-such-token' }),
          'invalid_token',
        );
      });
    });

    describe('abort signals', () => {
      it('rejects a call whose signal is already aborted, and does nothing', async () => {
        const address = email('chen');
        const controller = new AbortController();
        controller.abort();
        const failure = await client
          .sendUserInvites(
            { tenantId, userInvites: [{ email: address }] },
            { signal: controller.signal },
          )
          .then(
            () => null,
            (error: unknown) => error,
          );
        expect(failure).toMatchObject({ name: 'AbortError' });
        const page = await client.userInvites({ tenantId, filter: { email: address } });
        expect(page.totalCount).toBe(0);
        await expect(
          client.userInvites({ tenantId }, { signal: controller.signal }),
        ).rejects.toMatchObject({ name: 'AbortError' });
        await expect(client.userInvite('x', { signal: controller.signal })).rejects.toMatchObject({
          name: 'AbortError',
        });
      });
    });

    describe('subscribe', () => {
      it('pushes every change of the tenant, and nothing after unsubscribing', async (context) => {
        if (!client.subscribe) return context.skip('the client has no subscribe');
        const events: InviteChangeEvent[] = [];
        const otherEvents: InviteChangeEvent[] = [];
        const stop = client.subscribe(tenantId, (event) => events.push(event));
        const stopOther = client.subscribe(harness.otherTenantId, (event) =>
          otherEvents.push(event),
        );
        const sent = await invite(email('priya'));
        await (await invitee(sent.id)).acceptUserInvite({ token: await harness.tokenFor(sent.id) });
        const second = await invite(email('mateo'));
        await client.cancelUserInvite(second.id);
        // A push channel may deliver a moment later than the call resolves.
        await vi.waitFor(() => {
          const summary = events.map((e) => [
            e.type,
            e.invite.id,
            e.previousStatus,
            e.invite.status,
          ]);
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
        const third = await invite(email('aisha'));
        await client.cancelUserInvite(third.id);
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(events.some((e) => e.invite.id === third.id)).toBe(false);
        expect(otherEvents).toEqual([]);
      });
    });
  });
}
