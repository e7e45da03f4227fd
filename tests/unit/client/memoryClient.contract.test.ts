import { describeInviteClientContract } from '../../../src/testing';
import { memoryHarness } from '../../helpers/memoryHarness';

describeInviteClientContract('createMemoryInviteClient', () =>
  memoryHarness({ expiresInMs: 7 * 24 * 3_600_000, resendLimit: 3 }),
);
