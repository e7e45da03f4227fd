import type { InviteClient } from '../../client/types';

/**
 * What {@link describeInviteClientContract} needs to drive a client. The optional members turn
 * on the rules that need them; without them those rules are skipped, and say so.
 *
 * @example
 * ```ts
 * const harness: InviteClientContractHarness = {
 *   client,
 *   tenantId: 'team-a',
 *   otherTenantId: 'team-b',
 *   tokenFor: (inviteId) => mailCatcher.tokenFor(inviteId),
 * };
 * ```
 */
export interface InviteClientContractHarness {
  client: InviteClient;
  /** A tenant the suite may write to. */
  tenantId: string;
  /** A second tenant, to check that tenants never see each other. */
  otherTenantId: string;
  /** The token the invitee received for this invite (from an outbox, a mail catcher, a database). */
  tokenFor(inviteId: string): string | Promise<string>;
  /** Moves the backend's clock forward by `ms`: turns on the expiry rules. */
  advanceTime?(ms: number): void | Promise<void>;
  /** How long a new invite stays open; needed with `advanceTime`. */
  expiresInMs?: number;
  /** How many resends of one invite the backend allows before `rate_limited`: turns on that rule. */
  resendLimit?: number;
  /**
   * The client the invitee answers with (accept, decline, preview), when the backend needs the
   * invitee's own session for that. By default the same client.
   */
  inviteeClient?(inviteId: string): InviteClient | Promise<InviteClient>;
  /** The backend keeps the same token (link) on resend: then the old link must keep working. */
  resendKeepsToken?: boolean;
  /**
   * The backend answers "not found" to an invitee whose invite is no longer pending, without
   * saying why: then such a refusal may be `invalid_token` instead of `conflict`.
   */
  opaqueRefusals?: boolean;
  /** The backend cannot change an invite: the update rule is skipped. */
  cannotUpdate?: boolean;
  /** Called after each rule. */
  cleanup?(): void | Promise<void>;
}
