import { describe } from 'vitest';
import { createContractContext } from './contract/ContractContext';
import { describeAbortRules } from './contract/describeAbortRules';
import { describeDeltaRules } from './contract/describeDeltaRules';
import { describeLifecycleRules } from './contract/describeLifecycleRules';
import { describeListingRules } from './contract/describeListingRules';
import { describeOptionalMethodRules } from './contract/describeOptionalMethodRules';
import { describeSendingRules } from './contract/describeSendingRules';
import { describeTimeRules } from './contract/describeTimeRules';
import type { InviteClientContractHarness } from './contract/InviteClientContractHarness';

export type { InviteClientContractHarness } from './contract/InviteClientContractHarness';

/**
 * Runs every rule of the `InviteClient` contract against a client: sending (validation,
 * de-duplication, partial failure), listing (tenants, filters, search, order, paging, copies),
 * the delta query (`filter.updatedAfter`, when the client declares `supportsUpdatedAfter`), the
 * lifecycle (cancel, accept, decline, resend, update, final statuses), expiry, rate limits,
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
    const context = createContractContext(createHarness);
    describeSendingRules(context);
    describeListingRules(context);
    describeDeltaRules(context);
    describeLifecycleRules(context);
    describeTimeRules(context);
    describeOptionalMethodRules(context);
    describeAbortRules(context);
  });
}
