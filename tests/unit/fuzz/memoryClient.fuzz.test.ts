import fc from 'fast-check';
import { normalizeEmail } from '../../../src/client/email';
import { createMemoryInviteClient } from '../../../src/client/memory/createMemoryInviteClient';
import { FINAL_INVITE_STATUSES, INVITE_STATUSES } from '../../../src/client/status';
import type { InviteStatus, UserInvite } from '../../../src/client/types';

const TENANTS = ['team-a', 'team-b', 'team-c'];
const EMAILS = [
  'ada@example.com',
  'ADA@example.com',
  'grace@example.com',
  'alan@example.com',
  'linus@example.com',
  'bad@',
];

type Operation =
  | { kind: 'send'; tenant: number; emails: number[] }
  | { kind: 'resend' | 'cancel' | 'accept' | 'decline'; pick: number }
  | { kind: 'advance'; ms: number };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({
    kind: fc.constant('send' as const),
    tenant: fc.nat(TENANTS.length - 1),
    emails: fc.array(fc.nat(EMAILS.length - 1), { minLength: 1, maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constantFrom(
      'resend' as const,
      'cancel' as const,
      'accept' as const,
      'decline' as const,
    ),
    pick: fc.nat(50),
  }),
  fc.record({
    kind: fc.constant('advance' as const),
    ms: fc.integer({ min: 0, max: 3 * 24 * 3_600_000 }),
  }),
);

const filterArb = fc.record(
  {
    status: fc.oneof(
      fc.constantFrom(...INVITE_STATUSES),
      fc.subarray([...INVITE_STATUSES], { minLength: 1 }),
    ),
    email: fc.constantFrom(...EMAILS),
    search: fc.constantFrom('ada', 'GRACE', 'example', 'zzz'),
  },
  { requiredKeys: [] },
);

describe('createMemoryInviteClient, random sequences of operations', () => {
  it('keeps its invariants', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(operation, { maxLength: 40 }),
        fc.array(filterArb, { minLength: 1, maxLength: 3 }),
        async (operations, filters) => {
          let now = Date.parse('2026-03-01T00:00:00Z');
          const client = createMemoryInviteClient({
            now: () => now,
            expiresInMs: 2 * 24 * 3_600_000,
            resendRateLimit: false,
          });
          const finalSeen = new Map<string, InviteStatus>();
          const all = async () =>
            (
              await Promise.all(
                TENANTS.map((tenantId) => client.userInvites({ tenantId, limit: 1000 })),
              )
            ).flatMap((page) => page.data);

          for (const op of operations) {
            const invites = await all();
            const target =
              invites.length > 0 && 'pick' in op ? invites[op.pick % invites.length]! : undefined;
            const token =
              target &&
              client.sentEmails().findLast((email) => email.inviteId === target.id)?.token;
            const attempt = async () => {
              switch (op.kind) {
                case 'send':
                  await client.sendUserInvites({
                    tenantId: TENANTS[op.tenant]!,
                    userInvites: op.emails.map((i) => ({ email: EMAILS[i]! })),
                  });
                  break;
                case 'resend':
                  if (target) await client.resendUserInvite(target.id);
                  break;
                case 'cancel':
                  if (target) await client.cancelUserInvite(target.id);
                  break;
                case 'accept':
                  if (token) await client.acceptUserInvite({ token });
                  break;
                case 'decline':
                  if (token) await client.declineUserInvite({ token });
                  break;
                case 'advance':
                  now += op.ms;
                  break;
              }
            };
            await attempt().catch((error: unknown) => {
              // Refusals are fine; anything but a documented refusal is not.
              expect(error).toMatchObject({ name: 'InviteClientError' });
            });

            const after = await all();
            // One pending invite per address and tenant.
            const pending = after
              .filter((invite) => invite.status === 'pending')
              .map((invite) => `${invite.tenantId}|${normalizeEmail(invite.email)}`);
            expect(new Set(pending).size).toBe(pending.length);
            // Final statuses never change.
            for (const invite of after) {
              const seen = finalSeen.get(invite.id);
              if (seen) expect(invite.status).toBe(seen);
              if ((FINAL_INVITE_STATUSES as readonly string[]).includes(invite.status))
                finalSeen.set(invite.id, invite.status);
            }
          }

          // Tenants never see each other, and totalCount is the filtered count.
          for (const tenantId of TENANTS) {
            const page = await client.userInvites({ tenantId, limit: 1000 });
            expect(page.data.every((invite: UserInvite) => invite.tenantId === tenantId)).toBe(
              true,
            );
            for (const { search, ...filter } of filters) {
              const expected = page.data.filter((invite) => {
                const statuses = filter.status === undefined ? null : [filter.status].flat();
                if (statuses && !(statuses as string[]).includes(invite.status)) return false;
                if (filter.email && normalizeEmail(invite.email) !== normalizeEmail(filter.email))
                  return false;
                if (
                  search &&
                  !`${invite.email} ${invite.firstName ?? ''} ${invite.lastName ?? ''}`
                    .toLowerCase()
                    .includes(search.toLowerCase())
                )
                  return false;
                return true;
              });
              const filtered = await client.userInvites({
                tenantId,
                filter,
                ...(search ? { search } : {}),
                limit: 2,
              });
              expect(filtered.totalCount).toBe(expected.length);
              expect(filtered.data.length).toBe(Math.min(2, expected.length));
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
