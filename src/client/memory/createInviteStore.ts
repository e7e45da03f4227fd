import { normalizeEmail } from '../email';
import { InviteClientError } from '../errors';
import { isOpenInviteStatus } from '../status';
import type { InviteStatus, UserInvite } from '../types';
import type { ChangeFeed } from './createChangeFeed';
import { toIso } from './createClock';
import type { Random } from './random';

/**
 * One invite as the memory backend keeps it, with what the API never shows.
 *
 * @example
 * ```ts
 * const record: InviteRecord = { invite, token: 'tok_…', resendTimes: [] };
 * ```
 */
export interface InviteRecord {
  invite: UserInvite;
  /** The token of the last email sent for it; `null` when none was. */
  token: string | null;
  /** When it was resent, oldest first, for the resend rate limit. */
  resendTimes: number[];
}

/**
 * The memory backend's state: invites and their tokens, the members of each tenant, and the
 * ids it hands out. Status changes go out through the {@link ChangeFeed} it was given.
 *
 * @example
 * ```ts
 * const store: InviteStore = createInviteStore({ random, feed });
 * ```
 */
export interface InviteStore {
  /** Every record, oldest first. */
  records(): IterableIterator<InviteRecord>;
  /** The record of `id`, if there is one. */
  find(id: string): InviteRecord | undefined;
  /** The record of `id`; rejects an unknown id with `not_found`. */
  get(id: string): InviteRecord;
  /** The record a token was issued for; rejects any other token with `invalid_token`. */
  getByToken(token: string): InviteRecord;
  /** Keeps `invite` (an accepted one makes its invitee a member). */
  add(invite: UserInvite): InviteRecord;
  /** A new random id, shaped like a UUID. */
  newId(): string;
  /** Gives `record` a new token; the one before stops answering. */
  issueToken(record: InviteRecord): string;
  /** True when `email` belongs to `tenantId`, whatever its case. */
  isMember(tenantId: string, email: string): boolean;
  addMember(tenantId: string, email: string): void;
  /** True when `email` has an open invite in `tenantId`, other than `exceptId`. */
  hasOpenInvite(tenantId: string, email: string, exceptId?: string): boolean;
  /** Moves the invite to `status`, dated `at`, and pushes the change. */
  setStatus(record: InviteRecord, status: InviteStatus, at: number): void;
  /** Dates a change that left the status alone, and pushes it. */
  touch(record: InviteRecord, at: number): void;
}

/**
 * A deep copy of an invite, so nothing a caller does to a result changes what is stored.
 *
 * @example
 * ```ts
 * return copyInvite(record.invite);
 * ```
 */
export function copyInvite(invite: UserInvite): UserInvite {
  return structuredClone(invite);
}

/**
 * Creates an empty {@link InviteStore}. Ids and tokens are drawn from `random`, so a seeded
 * backend hands out the same ones every run.
 *
 * @example
 * ```ts
 * const store = createInviteStore({ random: createRandom(1), feed: createChangeFeed() });
 * const record = store.add(invite);
 * store.issueToken(record);
 * ```
 */
export function createInviteStore({
  random,
  feed,
}: {
  random: Random;
  feed: ChangeFeed;
}): InviteStore {
  const records = new Map<string, InviteRecord>();
  const idByToken = new Map<string, string>();
  const membersByTenant = new Map<string, Set<string>>();

  function membersOf(tenantId: string): Set<string> {
    let members = membersByTenant.get(tenantId);
    if (!members) {
      members = new Set();
      membersByTenant.set(tenantId, members);
    }
    return members;
  }

  const store: InviteStore = {
    records: () => records.values(),

    find: (id) => records.get(id),

    get(id) {
      const record = records.get(id);
      if (!record) {
        throw new InviteClientError('not_found', 'There is no such invite.', { inviteId: id });
      }
      return record;
    },

    getByToken(token) {
      const id = idByToken.get(token);
      const record = id ? records.get(id) : undefined;
      if (!record) throw new InviteClientError('invalid_token', 'This invite link is not valid.');
      return record;
    },

    add(invite) {
      const record: InviteRecord = { invite, token: null, resendTimes: [] };
      records.set(invite.id, record);
      if (invite.status === 'accepted') store.addMember(invite.tenantId, invite.email);
      return record;
    },

    newId: () => random.uuid(),

    issueToken(record) {
      if (record.token) idByToken.delete(record.token);
      const token = `tok_${random.hex(32)}`;
      record.token = token;
      idByToken.set(token, record.invite.id);
      return token;
    },

    isMember: (tenantId, email) => membersOf(tenantId).has(normalizeEmail(email)),

    addMember(tenantId, email) {
      membersOf(tenantId).add(normalizeEmail(email));
    },

    hasOpenInvite(tenantId, email, exceptId) {
      const normalized = normalizeEmail(email);
      for (const { invite } of records.values()) {
        if (
          invite.id !== exceptId &&
          invite.tenantId === tenantId &&
          isOpenInviteStatus(invite.status) &&
          normalizeEmail(invite.email) === normalized
        ) {
          return true;
        }
      }
      return false;
    },

    setStatus(record, status, at) {
      const previous = record.invite.status;
      record.invite.status = status;
      record.invite.statusUpdatedAt = toIso(at);
      record.invite.updatedAt = toIso(at);
      // The token stays findable: a late click then says "expired" or "already accepted", not "invalid".
      feed.publish(record.invite, 'updated', previous);
    },

    touch(record, at) {
      record.invite.updatedAt = toIso(at);
      feed.publish(record.invite, 'updated', record.invite.status);
    },
  };
  return store;
}
