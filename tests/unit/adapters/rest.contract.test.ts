// @vitest-environment node
// The README's forty-line REST adapter, against a real HTTP server on 127.0.0.1.
import { createMemoryInviteClient } from '../../../src/client/memory/createMemoryInviteClient';
import { describeInviteClientContract } from '../../../src/testing';
import { createRestInviteClient } from '../../../examples/restInviteClient';
import { startRestServer } from '../../helpers/restServer';

const DAY = 24 * 3_600_000;

describeInviteClientContract('the README REST adapter', async () => {
  let now = Date.parse('2026-03-01T09:00:00Z');
  const memory = createMemoryInviteClient({ tenantId: 'team-a', now: () => now, expiresInMs: DAY });
  const server = await startRestServer(memory);
  return {
    client: createRestInviteClient(server.url),
    tenantId: 'team-a',
    otherTenantId: 'team-b',
    tokenFor: (inviteId) =>
      memory.sentEmails().findLast((email) => email.inviteId === inviteId)!.token,
    advanceTime: (ms) => {
      now += ms;
    },
    expiresInMs: DAY,
    resendLimit: 1,
    cleanup: server.close,
  };
});
