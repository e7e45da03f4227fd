import type { InviteErrorCode } from '../errors';
import type {
  InviteChangeEvent,
  InviteClient,
  InvitePreview,
  InviteRole,
  InviteTokenParams,
  RequestOptions,
  UserInvite,
} from '../types';
import type { MemoryCall } from './createCallRunner';
import type { MemoryFailure, MemoryInviteClientMethod } from './createFailureInjector';
import type { SentEmail } from './createOutbox';

/**
 * Options of {@link createMemoryInviteClient}.
 *
 * @example
 * ```ts
 * const options: MemoryInviteClientOptions = { seed: 42, latencyMs: [150, 400] };
 * ```
 */
export interface MemoryInviteClientOptions {
  /** The tenant seeded invites and `members` belong to. Default `'tenant_demo'`. */
  tenantId?: string;
  /** The user that seeded invites are sent by. Default `'user_admin'`. */
  currentUserId?: string;
  /** Initial invites. Pending ones get a token and an entry in the outbox. */
  invites?: UserInvite[];
  /** Seed for deterministic demo invites (over every status and date); also drives ids, tokens and latency. */
  seed?: number;
  /** How many invites `seed` creates. Default 24. */
  seedCount?: number;
  /** Delay of every call: a fixed number or a `[min, max]` range. Default 0. */
  latencyMs?: number | [number, number];
  /** The clock. Default `Date.now`. */
  now?: () => number | Date;
  /** How long an invite stays open. Default 7 days. */
  expiresInMs?: number;
  /** The most invites one `sendUserInvites` call takes. Default 100. */
  maxBatchSize?: number;
  /**
   * The largest `limit` `userInvites` honours; a larger one gets this many. Default 1,000; set
   * 100 to model a backend that pages 100 at a time.
   */
  maxPageSize?: number;
  /**
   * Declares `supportsUpdatedAfter`, so the status watcher asks what changed since its last
   * check instead of asking for every watched id. Default `false`, to model a backend that
   * cannot; `filter.updatedAfter` is honoured either way.
   */
  supportsUpdatedAfter?: boolean;
  /** Roles an invitee can be given. Default Admin, Member and Viewer. */
  roles?: InviteRole[];
  /** Emails that already belong to `tenantId`. */
  members?: string[];
  /** Failures to inject, in order. */
  failures?: MemoryFailure[];
  /** Share of calls (0 to 1) that fail with `network`, drawn from the seed. Default 0. */
  failureRate?: number;
  /** Resends allowed per invite in a time window; `false` for none. Default 1 per 60 s. */
  resendRateLimit?: { limit: number; windowMs: number } | false;
  /** Base of the links `getInviteLink` gives. Default `https://app.example.com/invite`. */
  inviteLinkBase?: string;
  /** Display names of tenants, for the invitee's preview. Default: `tenantId` is "Acme". */
  tenantNames?: Record<string, string>;
  /** Display names of users, for "invited by". Default: `currentUserId` is "Alex Kim". */
  userNames?: Record<string, string>;
}

/**
 * The in-memory backend: an {@link InviteClient} with every optional method, plus the controls
 * a demo or a test needs.
 *
 * @example
 * ```ts
 * const client: MemoryInviteClient = createMemoryInviteClient({ seed: 1 });
 * client.failNext('resendUserInvite', 'rate_limited', { retryAfterMs: 42_000 });
 * ```
 */
export interface MemoryInviteClient extends InviteClient {
  readonly maxBatchSize: number;
  /** The `maxPageSize` option: 1,000 unless given. */
  readonly maxPageSize: number;
  /** The `supportsUpdatedAfter` option: `false` unless given. */
  readonly supportsUpdatedAfter: boolean;
  /** Always `true`: the memory backend edits pending invites. */
  readonly supportsUpdateUserInvite: true;
  /**
   * The pace of resends that never meets `resendRateLimit`: its window when the limit is 1
   * (60,000 by default), the window divided by the limit, rounded up, when it is more, and 0
   * when `resendRateLimit` is `false`.
   */
  readonly resendCooldownMs: number;
  /** The tenant given in the options. */
  readonly tenantId: string;
  declineUserInvite(params: InviteTokenParams, options?: RequestOptions): Promise<UserInvite>;
  subscribe(tenantId: string, listener: (event: InviteChangeEvent) => void): () => void;
  listRoles(tenantId: string, options?: RequestOptions): Promise<InviteRole[]>;
  getInviteLink(id: string, options?: RequestOptions): Promise<string>;
  userInviteByToken(params: InviteTokenParams, options?: RequestOptions): Promise<InvitePreview>;
  /** The outbox: every email sent so far, oldest first. */
  sentEmails(): SentEmail[];
  /** Calls `listener` after every email sent. Returns the unsubscribe function. */
  subscribeSentEmails(listener: () => void): () => void;
  /**
   * Makes the next `times` calls of `method` (or of any method, `'*'`) fail with `code`.
   *
   * With `'hang'` instead of a code (or `{ hang: true }` in the options, which then ignore the
   * code), those calls never answer: they stay pending until their `AbortSignal` aborts, and
   * then reject with the signal's reason, the way a request to a server that went silent does.
   *
   * @example
   * ```ts
   * client.failNext('userInvites', 'network', { times: 2 });
   * client.failNext('sendUserInvites', 'hang'); // only an abort ends the next send
   * ```
   */
  failNext(
    method: MemoryInviteClientMethod | '*',
    code: InviteErrorCode | 'hang',
    options?: Omit<MemoryFailure, 'method' | 'code'>,
  ): void;
  /** Changes the share of calls that fail with `network`. */
  setFailureRate(rate: number): void;
  /** Changes the delay of every call. */
  setLatency(latencyMs: number | [number, number]): void;
  /** Makes `email` a member of the tenant, so inviting it fails with `already_member`. */
  addMember(email: string, tenantId?: string): void;
  /** Every call made so far, oldest first. */
  calls(): MemoryCall[];
  /** Forgets the logged calls. */
  clearCalls(): void;
}
