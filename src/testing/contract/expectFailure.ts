import { expect } from 'vitest';
import { isInviteClientError, type InviteErrorCode } from '../../client/errors';

/**
 * Expects `promise` to reject with an `InviteClientError` of `code` (or of one of the codes the
 * function gives, for rules a backend may answer in more than one documented way), and gives
 * that error.
 *
 * @example
 * ```ts
 * const error = await expectFailure(client.resendUserInvite(id), 'rate_limited');
 * expect(error.retryAfterMs).toBeGreaterThan(0);
 * ```
 */
export async function expectFailure(
  promise: Promise<unknown>,
  code: InviteErrorCode | (() => InviteErrorCode[]),
): Promise<{ code: InviteErrorCode; retryAfterMs?: number }> {
  const codes = typeof code === 'function' ? code() : [code];
  const error: unknown = await promise.then(
    () => new Error(`expected the call to fail with "${codes.join('" or "')}", but it succeeded`),
    (reason: unknown) => reason,
  );
  expect(isInviteClientError(error), `expected an InviteClientError, got ${String(error)}`).toBe(
    true,
  );
  expect(codes).toContain((error as { code: string }).code);
  return error as { code: InviteErrorCode; retryAfterMs?: number };
}
