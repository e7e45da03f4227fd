import { normalizeEmail, isValidEmail } from '../email';
import { InviteClientError, type InviteErrorCode } from '../errors';
import type {
  InviteChangeEvent,
  InviteClient,
  InvitePreview,
  InviteRole,
  InviteStatus,
  InviteTokenParams,
  RequestOptions,
  SendUserInviteError,
  SendUserInvitesParams,
  SendUserInvitesResult,
  UserInvite,
  UserInvitePatch,
  UserInvitesPage,
  UserInvitesQuery,
} from '../types';
import { compareUserInvites, matchesUserInvitesQuery } from '../matchUserInvitesQuery';
import { createRandom } from './random';
import { seedInvites } from './seedInvites';

/**
 * The methods of the memory client whose calls are logged and can be made to fail.
 *
 * @example
 * ```ts
 * client.failNext('sendUserInvites' satisfies MemoryInviteClientMethod, 'network');
 * ```
 */
export type MemoryInviteClientMethod =
  | 'sendUserInvites'
  | 'resendUserInvite'
  | 'cancelUserInvite'
  | 'updateUserInvite'
  | 'acceptUserInvite'
  | 'declineUserInvite'
  | 'userInvites'
  | 'userInvite'
  | 'listRoles'
  | 'getInviteLink'
  | 'userInviteByToken';

/**
 * A failure to inject: the next `times` calls of `method` (or of any method, `'*'`) reject
 * with `code`.
 *
 * @example
 * ```ts
 * createMemoryInviteClient({ failures: [{ method: 'userInvites', code: 'network', times: 2 }] });
 * ```
 */
export interface MemoryFailure {
  method: MemoryInviteClientMethod | '*';
  code: InviteErrorCode;
  /** How many calls fail; 1 by default. */
  times?: number;
  /** With `rate_limited`; 30 s by default. */
  retryAfterMs?: number;
  message?: string;
}

/**
 * An email the memory backend "sent": it stands in for the invitee's inbox. Its `token` is what
 * `acceptUserInvite` and `declineUserInvite` take.
 *
 * @example
 * ```ts
 * const [email] = client.sentEmails();
 * await client.acceptUserInvite({ token: email.token });
 * ```
 */
export interface SentEmail {
  inviteId: string;
  tenantId: string;
  email: string;
  token: string;
  locale: string | null;
  kind: 'invite' | 'resend';
  sentAt: string;
}

/**
 * One logged call, for tests and benchmarks that count requests.
 *
 * @example
 * ```ts
 * expect(client.calls().filter((c) => c.method === 'userInvites')).toHaveLength(1);
 * ```
 */
export interface MemoryCall {
  method: MemoryInviteClientMethod;
  args: unknown[];
}

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
  readonly maxPageSize: number;
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
  /** Makes the next `times` calls of `method` fail with `code`. */
  failNext(
    method: MemoryInviteClientMethod | '*',
    code: InviteErrorCode,
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

const DAY = 24 * 60 * 60 * 1000;
const MAX_PAGE_SIZE = 1000;
const DEFAULT_PAGE_SIZE = 25;

/**
 * The default roles of the memory client.
 *
 * @example
 * ```ts
 * createMemoryInviteClient({ roles: [...DEFAULT_MEMORY_ROLES, { key: 'billing', name: 'Billing' }] });
 * ```
 */
export const DEFAULT_MEMORY_ROLES: readonly InviteRole[] = [
  { key: 'admin', name: 'Admin', description: 'Manages the team, billing and settings' },
  { key: 'member', name: 'Member', description: 'Works on everything in the team' },
  { key: 'viewer', name: 'Viewer', description: 'Can look but not change' },
];

interface InviteRecord {
  invite: UserInvite;
  token: string | null;
  resendTimes: number[];
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The request was aborted.', 'AbortError');
}

/**
 * An honest backend kept in memory: the default for Storybook, demos and tests. It validates,
 * de-duplicates, expires, rate-limits, pages and pushes changes the way a careful server does,
 * and records every email it would send in {@link MemoryInviteClient.sentEmails}.
 *
 * @example
 * ```tsx
 * const client = createMemoryInviteClient({ seed: 7, latencyMs: [200, 600] });
 *
 * <InviteClientProvider client={client} tenantId={client.tenantId} currentUserId="user_admin">
 *   <App />
 * </InviteClientProvider>
 * ```
 */
export function createMemoryInviteClient(
  options: MemoryInviteClientOptions = {},
): MemoryInviteClient {
  const tenantId = options.tenantId ?? 'tenant_demo';
  const currentUserId = options.currentUserId ?? 'user_admin';
  const expiresInMs = options.expiresInMs ?? 7 * DAY;
  const maxBatchSize = options.maxBatchSize ?? 100;
  const roles = [...(options.roles ?? DEFAULT_MEMORY_ROLES)];
  const resendRateLimit = options.resendRateLimit ?? { limit: 1, windowMs: 60_000 };
  const inviteLinkBase = options.inviteLinkBase ?? 'https://app.example.com/invite';
  const tenantNames = options.tenantNames ?? { [options.tenantId ?? 'tenant_demo']: 'Acme' };
  const userNames = options.userNames ?? { [options.currentUserId ?? 'user_admin']: 'Alex Kim' };
  const random = createRandom(options.seed ?? 1);
  const clock = options.now ?? Date.now;
  let latencyMs = options.latencyMs ?? 0;
  let failureRate = options.failureRate ?? 0;

  const records = new Map<string, InviteRecord>();
  const byToken = new Map<string, string>();
  const members = new Map<string, Set<string>>();
  const outbox: SentEmail[] = [];
  const outboxListeners = new Set<() => void>();
  const changeListeners = new Map<string, Set<(event: InviteChangeEvent) => void>>();
  const failures: (MemoryFailure & { times: number })[] = [];
  const callLog: MemoryCall[] = [];

  const nowMs = () => {
    const value = clock();
    return typeof value === 'number' ? value : value.getTime();
  };
  const iso = (ms: number) => new Date(ms).toISOString();
  const copy = (invite: UserInvite): UserInvite => structuredClone(invite);

  function membersOf(tenant: string): Set<string> {
    let set = members.get(tenant);
    if (!set) {
      set = new Set();
      members.set(tenant, set);
    }
    return set;
  }

  function emit(
    invite: UserInvite,
    type: InviteChangeEvent['type'],
    previous: InviteStatus | null,
  ) {
    const listeners = changeListeners.get(invite.tenantId);
    if (!listeners) return;
    for (const listener of [...listeners]) {
      listener({ type, invite: copy(invite), previousStatus: previous });
    }
  }

  function issueToken(record: InviteRecord): string {
    if (record.token) byToken.delete(record.token);
    const token = `tok_${random.hex(32)}`;
    record.token = token;
    byToken.set(token, record.invite.id);
    return token;
  }

  function sendEmail(record: InviteRecord, kind: SentEmail['kind'], at: number) {
    outbox.push({
      inviteId: record.invite.id,
      tenantId: record.invite.tenantId,
      email: record.invite.email,
      token: record.token ?? '',
      locale: record.invite.locale,
      kind,
      sentAt: iso(at),
    });
    for (const listener of [...outboxListeners]) listener();
  }

  function setStatus(record: InviteRecord, status: InviteStatus, at: number) {
    const previous = record.invite.status;
    record.invite.status = status;
    record.invite.statusUpdatedAt = iso(at);
    record.invite.updatedAt = iso(at);
    // The token stays findable: a late click then says "expired" or "already accepted", not "invalid".
    emit(record.invite, 'updated', previous);
  }

  /** Pending invites whose time ran out become expired, dated when they lapsed. */
  function expireLapsed() {
    const now = nowMs();
    for (const record of records.values()) {
      const { invite } = record;
      if (invite.status !== 'pending' || !invite.expiresAt) continue;
      const expiresAt = Date.parse(invite.expiresAt);
      if (expiresAt <= now) setStatus(record, 'expired', expiresAt);
    }
  }

  function hasPendingInvite(tenant: string, normalizedEmail: string, exceptId?: string): boolean {
    for (const { invite } of records.values()) {
      if (
        invite.id !== exceptId &&
        invite.tenantId === tenant &&
        invite.status === 'pending' &&
        normalizeEmail(invite.email) === normalizedEmail
      ) {
        return true;
      }
    }
    return false;
  }

  function addRecord(invite: UserInvite, sentAt: number) {
    const record: InviteRecord = { invite, token: null, resendTimes: [] };
    records.set(invite.id, record);
    if (invite.status === 'pending') {
      issueToken(record);
      sendEmail(record, 'invite', sentAt);
    }
    if (invite.status === 'accepted') membersOf(invite.tenantId).add(normalizeEmail(invite.email));
    return record;
  }

  function get(id: string): InviteRecord {
    const record = records.get(id);
    if (!record)
      throw new InviteClientError('not_found', 'There is no such invite.', { inviteId: id });
    return record;
  }

  function conflict(record: InviteRecord, action: string): InviteClientError {
    return new InviteClientError(
      'conflict',
      `This invite can't be ${action}: it is ${record.invite.status}.`,
      { inviteId: record.invite.id, email: record.invite.email, status: record.invite.status },
    );
  }

  function takeFailure(method: MemoryInviteClientMethod): InviteClientError | null {
    const index = failures.findIndex((f) => f.method === method || f.method === '*');
    if (index >= 0) {
      const failure = failures[index]!;
      failure.times -= 1;
      if (failure.times <= 0) failures.splice(index, 1);
      return new InviteClientError(
        failure.code,
        failure.message ?? `Injected failure: ${failure.code}.`,
        failure.code === 'rate_limited' ? { retryAfterMs: failure.retryAfterMs ?? 30_000 } : {},
      );
    }
    if (failureRate > 0 && random.next() < failureRate) {
      return new InviteClientError('network', 'The invite service could not be reached.');
    }
    return null;
  }

  async function wait(signal: AbortSignal | undefined) {
    if (signal?.aborted) throw abortError(signal);
    const ms = Array.isArray(latencyMs) ? random.int(latencyMs[0], latencyMs[1]) : latencyMs;
    if (ms <= 0) {
      await Promise.resolve();
    } else {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        }, ms);
        const onAbort = () => {
          clearTimeout(timer);
          reject(abortError(signal!));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    }
    if (signal?.aborted) throw abortError(signal);
  }

  /** Every call: log it, travel, maybe fail, then act on fresh state. */
  async function call<T>(
    method: MemoryInviteClientMethod,
    args: unknown[],
    signal: AbortSignal | undefined,
    act: () => T,
  ): Promise<T> {
    callLog.push({ method, args: structuredClone(args) });
    await wait(signal);
    const failure = takeFailure(method);
    if (failure) throw failure;
    expireLapsed();
    return act();
  }

  // Initial state.
  for (const email of options.members ?? []) membersOf(tenantId).add(normalizeEmail(email));
  const initial =
    options.invites ??
    (options.seed !== undefined
      ? seedInvites({
          random,
          count: options.seedCount ?? 24,
          tenantId,
          currentUserId,
          now: nowMs(),
          expiresInMs,
          roles,
        })
      : []);
  for (const invite of [...initial].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    addRecord(structuredClone(invite), Date.parse(invite.createdAt));
  }
  for (const failure of options.failures ?? []) {
    failures.push({ ...failure, times: failure.times ?? 1 });
  }

  function respond(
    record: InviteRecord,
    action: 'accepted' | 'declined',
    params: InviteTokenParams,
  ) {
    const { invite } = record;
    if (invite.status === 'expired') {
      throw new InviteClientError('expired', 'This invite has expired.', {
        inviteId: invite.id,
        email: invite.email,
        status: invite.status,
      });
    }
    if (invite.status !== 'pending') throw conflict(record, action);
    if (action === 'accepted') {
      invite.acceptedByUserId = params.userId ?? random.uuid();
      membersOf(invite.tenantId).add(normalizeEmail(invite.email));
    }
    setStatus(record, action, nowMs());
    return copy(invite);
  }

  function recordForToken(token: string): InviteRecord {
    const id = byToken.get(token);
    const record = id ? records.get(id) : undefined;
    if (!record) {
      throw new InviteClientError('invalid_token', 'This invite link is not valid.');
    }
    return record;
  }

  const client: MemoryInviteClient = {
    maxBatchSize,
    maxPageSize: MAX_PAGE_SIZE,
    tenantId,

    sendUserInvites(params: SendUserInvitesParams, opts?: RequestOptions) {
      return call('sendUserInvites', [params], opts?.signal, (): SendUserInvitesResult => {
        if (params.userInvites.length > maxBatchSize) {
          throw new InviteClientError(
            'unknown',
            `One request takes at most ${maxBatchSize} invites; this one had ${params.userInvites.length}.`,
          );
        }
        const now = nowMs();
        const success: UserInvite[] = [];
        const errors: SendUserInviteError[] = [];
        const seen = new Set<string>();
        for (const input of params.userInvites) {
          const email = input.email.trim();
          const normalized = normalizeEmail(email);
          if (!isValidEmail(email)) {
            errors.push({
              email,
              code: 'invalid_email',
              message: 'This is not a valid email address.',
            });
            continue;
          }
          if (seen.has(normalized)) continue; // the same person twice in one batch: one invite
          seen.add(normalized);
          if (membersOf(params.tenantId).has(normalized)) {
            errors.push({
              email,
              code: 'already_member',
              message: 'This person is already a member.',
            });
            continue;
          }
          if (hasPendingInvite(params.tenantId, normalized)) {
            errors.push({
              email,
              code: 'already_invited',
              message: 'This person already has a pending invite.',
            });
            continue;
          }
          const invite: UserInvite = {
            id: random.uuid(),
            email,
            firstName: input.firstName?.trim() || null,
            lastName: input.lastName?.trim() || null,
            locale: input.locale ?? null,
            data: input.data ? structuredClone(input.data) : null,
            roleKeys: input.roleKeys ? [...input.roleKeys] : [],
            status: 'pending',
            statusUpdatedAt: iso(now),
            tenantId: params.tenantId,
            createdByUserId: input.createdByUserId ?? currentUserId,
            acceptedByUserId: null,
            userTokenId: random.uuid(),
            createdAt: iso(now),
            updatedAt: iso(now),
            expiresAt: iso(now + expiresInMs),
          };
          addRecord(invite, now);
          emit(invite, 'created', null);
          success.push(copy(invite));
        }
        return { success, errors };
      });
    },

    resendUserInvite(id, opts) {
      return call('resendUserInvite', [id], opts?.signal, () => {
        const record = get(id);
        const { invite } = record;
        if (invite.status !== 'pending' && invite.status !== 'expired') {
          throw conflict(record, 'resent');
        }
        const normalized = normalizeEmail(invite.email);
        if (invite.status === 'expired') {
          if (membersOf(invite.tenantId).has(normalized)) {
            throw new InviteClientError('already_member', 'This person is already a member.', {
              inviteId: id,
              email: invite.email,
            });
          }
          if (hasPendingInvite(invite.tenantId, normalized, id)) {
            throw new InviteClientError(
              'already_invited',
              'This person has a newer pending invite.',
              { inviteId: id, email: invite.email },
            );
          }
        }
        const now = nowMs();
        if (resendRateLimit) {
          record.resendTimes = record.resendTimes.filter((t) => t > now - resendRateLimit.windowMs);
          if (record.resendTimes.length >= resendRateLimit.limit) {
            const retryAfterMs = record.resendTimes[0]! + resendRateLimit.windowMs - now;
            throw new InviteClientError('rate_limited', 'This invite was resent a moment ago.', {
              inviteId: id,
              email: invite.email,
              retryAfterMs,
            });
          }
          record.resendTimes.push(now);
        }
        issueToken(record);
        invite.userTokenId = random.uuid();
        invite.expiresAt = iso(now + expiresInMs);
        if (invite.status === 'expired') {
          setStatus(record, 'pending', now);
        } else {
          invite.updatedAt = iso(now);
          emit(invite, 'updated', invite.status);
        }
        sendEmail(record, 'resend', now);
        return copy(invite);
      });
    },

    cancelUserInvite(id, opts) {
      return call('cancelUserInvite', [id], opts?.signal, () => {
        const record = get(id);
        if (record.invite.status !== 'pending') throw conflict(record, 'canceled');
        setStatus(record, 'canceled', nowMs());
        return copy(record.invite);
      });
    },

    updateUserInvite(id, patch: UserInvitePatch, opts) {
      return call('updateUserInvite', [id, patch], opts?.signal, () => {
        const record = get(id);
        const { invite } = record;
        if ('firstName' in patch) invite.firstName = patch.firstName ?? null;
        if ('lastName' in patch) invite.lastName = patch.lastName ?? null;
        if ('locale' in patch) invite.locale = patch.locale ?? null;
        if ('data' in patch) invite.data = patch.data ? structuredClone(patch.data) : null;
        if ('roleKeys' in patch) invite.roleKeys = patch.roleKeys ? [...patch.roleKeys] : null;
        if ('acceptedByUserId' in patch) invite.acceptedByUserId = patch.acceptedByUserId ?? null;
        invite.updatedAt = iso(nowMs());
        emit(invite, 'updated', invite.status);
        return copy(invite);
      });
    },

    acceptUserInvite(params, opts) {
      return call('acceptUserInvite', [params], opts?.signal, () =>
        respond(recordForToken(params.token), 'accepted', params),
      );
    },

    declineUserInvite(params, opts) {
      return call('declineUserInvite', [params], opts?.signal, () =>
        respond(recordForToken(params.token), 'declined', params),
      );
    },

    userInvites(query: UserInvitesQuery, opts) {
      return call('userInvites', [query], opts?.signal, (): UserInvitesPage => {
        const matches = [...records.values()]
          .map((record) => record.invite)
          .filter((invite) => matchesUserInvitesQuery(invite, query))
          .sort(compareUserInvites(query.order));
        const limit = Math.min(
          Math.max(Math.floor(query.limit ?? DEFAULT_PAGE_SIZE), 0),
          MAX_PAGE_SIZE,
        );
        const offset = Math.max(Math.floor(query.offset ?? 0), 0);
        return {
          data: matches.slice(offset, offset + limit).map(copy),
          totalCount: matches.length,
        };
      });
    },

    userInvite(id, opts) {
      return call('userInvite', [id], opts?.signal, () => {
        const record = records.get(id);
        return record ? copy(record.invite) : null;
      });
    },

    subscribe(tenant, listener) {
      let listeners = changeListeners.get(tenant);
      if (!listeners) {
        listeners = new Set();
        changeListeners.set(tenant, listeners);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    listRoles(tenant, opts) {
      return call('listRoles', [tenant], opts?.signal, () => roles.map((role) => ({ ...role })));
    },

    getInviteLink(id, opts) {
      return call('getInviteLink', [id], opts?.signal, () => {
        const record = get(id);
        if (record.invite.status !== 'pending' || !record.token) throw conflict(record, 'shared');
        return `${inviteLinkBase}?token=${encodeURIComponent(record.token)}`;
      });
    },

    userInviteByToken(params, opts) {
      return call('userInviteByToken', [params], opts?.signal, (): InvitePreview => {
        const { invite } = recordForToken(params.token);
        const tenantName = tenantNames[invite.tenantId];
        const inviterName = invite.createdByUserId ? userNames[invite.createdByUserId] : undefined;
        return {
          invite: copy(invite),
          ...(tenantName ? { tenantName } : {}),
          ...(inviterName ? { inviterName } : {}),
        };
      });
    },

    sentEmails() {
      return outbox.map((email) => ({ ...email }));
    },

    subscribeSentEmails(listener) {
      outboxListeners.add(listener);
      return () => {
        outboxListeners.delete(listener);
      };
    },

    failNext(method, code, failure = {}) {
      failures.push({ ...failure, method, code, times: failure.times ?? 1 });
    },

    setFailureRate(rate) {
      failureRate = rate;
    },

    setLatency(next) {
      latencyMs = next;
    },

    addMember(email, tenant = tenantId) {
      membersOf(tenant).add(normalizeEmail(email));
    },

    calls() {
      return callLog.map((entry) => ({ method: entry.method, args: structuredClone(entry.args) }));
    },

    clearCalls() {
      callLog.length = 0;
    },
  };
  return client;
}
