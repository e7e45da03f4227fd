import { afterEach, beforeEach, expect } from 'vitest';
import type { InviteClient, UserInvite } from '../../client/types';
import type { InviteClientContractHarness } from './InviteClientContractHarness';

/**
 * What every rule group of the contract works with: the harness of the running rule (a fresh
 * one per rule) and the steps rules share.
 *
 * @example
 * ```ts
 * export function describeMyRules(t: ContractContext): void {
 *   it('cancels', async () => {
 *     const sent = await t.invite(t.email('ada'));
 *     await t.client.cancelUserInvite(sent.id);
 *   });
 * }
 * ```
 */
export interface ContractContext {
  /** The harness of the running rule. */
  readonly harness: InviteClientContractHarness;
  /** The client under test: `harness.client`. */
  readonly client: InviteClient;
  /** The tenant the rules write to: `harness.tenantId`. */
  readonly tenantId: string;
  /** An address no other rule of this run uses: `label.N@example.com`. */
  email(label: string): string;
  /** Invites `address` to the tenant, expecting it to work, and gives the new invite. */
  invite(address: string): Promise<UserInvite>;
  /** The client the invitee of `inviteId` answers with. */
  invitee(inviteId: string): Promise<InviteClient>;
  /** The invite `id` as the tenant's listing shows it, expecting it to be there. */
  find(id: string): Promise<UserInvite>;
}

/**
 * Registers, in the current `describe` block, the hooks that give each rule a fresh harness
 * (and clean it up after), and returns the {@link ContractContext} the rule groups read it
 * through.
 *
 * @example
 * ```ts
 * describe('InviteClient contract: my client', () => {
 *   const t = createContractContext(createHarness);
 *   describeSendingRules(t);
 * });
 * ```
 */
export function createContractContext(
  createHarness: () => InviteClientContractHarness | Promise<InviteClientContractHarness>,
): ContractContext {
  let current: InviteClientContractHarness | undefined;
  let counter = 0;

  beforeEach(async () => {
    current = await createHarness();
  });
  afterEach(async () => {
    await current?.cleanup?.();
  });

  const context: ContractContext = {
    get harness() {
      if (!current) throw new Error('The contract harness is only there while a rule runs.');
      return current;
    },
    get client() {
      return context.harness.client;
    },
    get tenantId() {
      return context.harness.tenantId;
    },

    email: (label) => `${label}.${(counter += 1)}@example.com`,

    async invite(address) {
      const result = await context.client.sendUserInvites({
        tenantId: context.tenantId,
        userInvites: [{ email: address }],
      });
      expect(result.errors).toEqual([]);
      expect(result.success).toHaveLength(1);
      return result.success[0]!;
    },

    async invitee(inviteId) {
      const { harness } = context;
      return harness.inviteeClient ? harness.inviteeClient(inviteId) : harness.client;
    },

    async find(id) {
      const page = await context.client.userInvites({
        tenantId: context.tenantId,
        filter: { id: [id] },
      });
      expect(page.data).toHaveLength(1);
      return page.data[0]!;
    },
  };
  return context;
}
