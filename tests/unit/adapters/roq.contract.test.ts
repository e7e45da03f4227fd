import { createRoqInviteClient } from '../../../src/client/adapters/roq';
import { describeInviteClientContract } from '../../../src/testing';
import { createFakeRoqPlatform } from '../../helpers/fakeRoqPlatform';
import { memoryHarness } from '../../helpers/memoryHarness';

for (const style of ['browser', 'server'] as const) {
  describeInviteClientContract(`createRoqInviteClient (${style} client)`, () =>
    memoryHarness({ resendLimit: 2 }, (memory) =>
      createRoqInviteClient(
        createFakeRoqPlatform(memory, { style, wrapped: style === 'browser' }),
        { style },
      ),
    ),
  );
}
