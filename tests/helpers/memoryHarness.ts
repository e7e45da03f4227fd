import {
  createMemoryInviteClient,
  type MemoryInviteClient,
} from '../../src/client/memory/createMemoryInviteClient';
import type { InviteClient } from '../../src/client/types';
import type { InviteClientContractHarness } from '../../src/testing';

const DAY = 24 * 3_600_000;

/**
 * A contract harness over a memory backend with a clock the suite can move: `wrap` puts the
 * client under test (an adapter, a REST client) in front of that backend.
 */
export function memoryHarness(
  options: { expiresInMs?: number; resendLimit?: number } = {},
  wrap: (memory: MemoryInviteClient) => InviteClient = (memory) => memory,
): InviteClientContractHarness & { memory: MemoryInviteClient } {
  const expiresInMs = options.expiresInMs ?? DAY;
  const resendLimit = options.resendLimit ?? 1;
  let now = Date.parse('2026-03-01T09:00:00Z');
  const memory = createMemoryInviteClient({
    tenantId: 'team-a',
    now: () => now,
    expiresInMs,
    resendRateLimit: { limit: resendLimit, windowMs: 60_000 },
  });
  return {
    memory,
    client: wrap(memory),
    tenantId: 'team-a',
    otherTenantId: 'team-b',
    tokenFor: (inviteId) => {
      const email = memory.sentEmails().findLast((sent) => sent.inviteId === inviteId);
      if (!email) throw new Error(`no email was sent for invite ${inviteId}`);
      return email.token;
    },
    advanceTime: (ms) => {
      now += ms;
    },
    expiresInMs,
    resendLimit,
  };
}
