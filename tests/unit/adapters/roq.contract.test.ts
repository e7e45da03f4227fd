import { createRoqInviteClient } from '../../../src/client/adapters/roq';
import { createMemoryInviteClient } from '../../../src/client/memory/createMemoryInviteClient';
import { describeInviteClientContract } from '../../../src/testing';
import { createFakeRoqPlatform } from '../../helpers/fakeRoqPlatform';

const DAY = 24 * 3_600_000;

for (const style of ['browser', 'server'] as const) {
  describeInviteClientContract(`createRoqInviteClient (${style} client)`, () => {
    let now = Date.parse('2026-03-01T09:00:00Z');
    const memory = createMemoryInviteClient({
      tenantId: 'team-a',
      now: () => now,
      expiresInMs: DAY,
      resendRateLimit: { limit: 2, windowMs: 60_000 },
    });
    return {
      client: createRoqInviteClient(
        createFakeRoqPlatform(memory, { style, wrapped: style === 'browser' }),
        { style },
      ),
      tenantId: 'team-a',
      otherTenantId: 'team-b',
      tokenFor: (inviteId) =>
        memory.sentEmails().findLast((email) => email.inviteId === inviteId)!.token,
      advanceTime: (ms) => {
        now += ms;
      },
      expiresInMs: DAY,
      resendLimit: 2,
    };
  });
}
