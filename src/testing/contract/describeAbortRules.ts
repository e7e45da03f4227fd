import { describe, expect, it } from 'vitest';
import type { ContractContext } from './ContractContext';

/**
 * The abort rule: a call whose signal is already aborted rejects with an `AbortError` and does
 * nothing.
 *
 * @example
 * ```ts
 * describe('InviteClient contract: my client', () => {
 *   describeAbortRules(createContractContext(createHarness));
 * });
 * ```
 */
export function describeAbortRules(t: ContractContext): void {
  describe('abort signals', () => {
    it('rejects a call whose signal is already aborted, and does nothing', async () => {
      const { client, tenantId } = t;
      const address = t.email('chen');
      const controller = new AbortController();
      controller.abort();
      const failure = await client
        .sendUserInvites(
          { tenantId, userInvites: [{ email: address }] },
          { signal: controller.signal },
        )
        .then(
          () => null,
          (error: unknown) => error,
        );
      expect(failure).toMatchObject({ name: 'AbortError' });
      const page = await client.userInvites({ tenantId, filter: { email: address } });
      expect(page.totalCount).toBe(0);
      await expect(
        client.userInvites({ tenantId }, { signal: controller.signal }),
      ).rejects.toMatchObject({ name: 'AbortError' });
      await expect(client.userInvite('x', { signal: controller.signal })).rejects.toMatchObject({
        name: 'AbortError',
      });
    });
  });
}
