import { createMemoryInviteClient } from '../../../src/client/memory/createMemoryInviteClient';
import { describeInviteClientContract } from '../../../src/testing';

const DAY = 24 * 60 * 60 * 1000;

describeInviteClientContract('createMemoryInviteClient', () => {
  let now = Date.parse('2026-03-01T09:00:00Z');
  const client = createMemoryInviteClient({
    tenantId: 'team-a',
    now: () => now,
    expiresInMs: 7 * DAY,
    resendRateLimit: { limit: 3, windowMs: 60_000 },
  });
  return {
    client,
    tenantId: 'team-a',
    otherTenantId: 'team-b',
    tokenFor: (inviteId) => {
      const email = client.sentEmails().findLast((sent) => sent.inviteId === inviteId);
      if (!email) throw new Error(`no email was sent for invite ${inviteId}`);
      return email.token;
    },
    advanceTime: (ms) => {
      now += ms;
    },
    expiresInMs: 7 * DAY,
    resendLimit: 3,
  };
});
