// @vitest-environment node
// The README's forty-line REST adapter, against a real HTTP server on 127.0.0.1.
import { describeInviteClientContract } from '../../../src/testing';
import { createRestInviteClient } from '../../../examples/restInviteClient';
import { memoryHarness } from '../../helpers/memoryHarness';
import { startRestServer } from '../../helpers/restServer';

describeInviteClientContract('the README REST adapter', async () => {
  const harness = memoryHarness();
  const server = await startRestServer(harness.memory);
  return { ...harness, client: createRestInviteClient(server.url), cleanup: server.close };
});
