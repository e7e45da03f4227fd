import { DEFAULT_MAX_BATCH_SIZE } from '../defaults';
import { isOpenInviteStatus } from '../status';
import type {
  InvitePreview,
  InviteRole,
  InviteTokenParams,
  SendUserInvitesResult,
  UserInvite,
  UserInviteInput,
} from '../types';
import { createCallRunner } from './createCallRunner';
import { createChangeFeed } from './createChangeFeed';
import { createClock, toIso } from './createClock';
import { createFailureInjector } from './createFailureInjector';
import { copyInvite, createInviteStore } from './createInviteStore';
import { createLatency } from './createLatency';
import { listInvites } from './listInvites';
import { createOutbox } from './createOutbox';
import { createResendRateLimit } from './createResendRateLimit';
import {
  checkBatchSize,
  checkCanCancel,
  checkCanResend,
  checkCanRespond,
  expireLapsed,
  inviteLinkOf,
  screenInvitees,
} from './inviteRules';
import type { MemoryInviteClient, MemoryInviteClientOptions } from './MemoryInviteClient';
import { createRandom } from './random';
import { seedInvites } from './seedInvites';

// The public types live next to the part they describe; importers keep this one path.
export type { MemoryCall } from './createCallRunner';
export type { MemoryFailure, MemoryInviteClientMethod } from './createFailureInjector';
export type { SentEmail } from './createOutbox';
export type { MemoryInviteClient, MemoryInviteClientOptions } from './MemoryInviteClient';

const DAY = 24 * 60 * 60 * 1000;
/** Larger than any demo needs, so a listing shows it all unless a test says otherwise. */
const MEMORY_MAX_PAGE_SIZE = 1000;

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
  const maxBatchSize = options.maxBatchSize ?? DEFAULT_MAX_BATCH_SIZE;
  const maxPageSize = options.maxPageSize ?? MEMORY_MAX_PAGE_SIZE;
  const roles = [...(options.roles ?? DEFAULT_MEMORY_ROLES)];
  const inviteLinkBase = options.inviteLinkBase ?? 'https://app.example.com/invite';
  const tenantNames = options.tenantNames ?? { [tenantId]: 'Acme' };
  const userNames = options.userNames ?? { [currentUserId]: 'Alex Kim' };
  const random = createRandom(options.seed ?? 1);
  const nowMs = createClock(options.now);

  const feed = createChangeFeed();
  const store = createInviteStore({ random, feed });
  const outbox = createOutbox();
  const rateLimit = createResendRateLimit(
    options.resendRateLimit ?? { limit: 1, windowMs: 60_000 },
  );
  const failures = createFailureInjector({ random, failureRate: options.failureRate ?? 0 });
  const latency = createLatency({ random, latencyMs: options.latencyMs ?? 0 });
  const runner = createCallRunner({
    latency,
    failures,
    beforeAct: () => expireLapsed(store, nowMs()),
  });

  /** Keeps an invite; an open one gets a token and its email, dated `sentAt`. */
  function admit(invite: UserInvite, sentAt: number): void {
    const record = store.add(invite);
    if (isOpenInviteStatus(invite.status)) {
      store.issueToken(record);
      outbox.send(record, 'invite', sentAt);
    }
  }

  function createInvite(input: UserInviteInput, tenant: string, now: number): UserInvite {
    return {
      id: store.newId(),
      email: input.email,
      firstName: input.firstName?.trim() || null,
      lastName: input.lastName?.trim() || null,
      locale: input.locale ?? null,
      data: input.data ? structuredClone(input.data) : null,
      roleKeys: input.roleKeys ? [...input.roleKeys] : [],
      status: 'pending',
      statusUpdatedAt: toIso(now),
      tenantId: tenant,
      createdByUserId: input.createdByUserId ?? currentUserId,
      acceptedByUserId: null,
      userTokenId: store.newId(),
      createdAt: toIso(now),
      updatedAt: toIso(now),
      expiresAt: toIso(now + expiresInMs),
    };
  }

  function respond(action: 'accepted' | 'declined', params: InviteTokenParams): UserInvite {
    const record = store.getByToken(params.token);
    checkCanRespond(record, action);
    const { invite } = record;
    if (action === 'accepted') {
      invite.acceptedByUserId = params.userId ?? store.newId();
      store.addMember(invite.tenantId, invite.email);
    }
    store.setStatus(record, action, nowMs());
    return copyInvite(invite);
  }

  // Initial state: oldest first, so the outbox reads in the order the emails went out.
  for (const email of options.members ?? []) store.addMember(tenantId, email);
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
    admit(structuredClone(invite), Date.parse(invite.createdAt));
  }
  for (const failure of options.failures ?? []) {
    failures.add(failure.method, failure.code, failure);
  }

  return {
    maxBatchSize,
    maxPageSize,
    supportsUpdatedAfter: options.supportsUpdatedAfter ?? false,
    supportsUpdateUserInvite: true,
    resendCooldownMs: rateLimit.cooldownMs,
    tenantId,

    sendUserInvites: (params, opts) =>
      runner.run('sendUserInvites', [params], opts?.signal, (): SendUserInvitesResult => {
        checkBatchSize(params.userInvites.length, maxBatchSize);
        const now = nowMs();
        const { admitted, errors } = screenInvitees(store, params.tenantId, params.userInvites);
        const success = admitted.map((input) => {
          const invite = createInvite(input, params.tenantId, now);
          admit(invite, now);
          feed.publish(invite, 'created', null);
          return copyInvite(invite);
        });
        return { success, errors };
      }),

    resendUserInvite: (id, opts) =>
      runner.run('resendUserInvite', [id], opts?.signal, () => {
        const record = store.get(id);
        checkCanResend(store, record);
        const now = nowMs();
        rateLimit.take(record, now);
        const { invite } = record;
        store.issueToken(record);
        invite.userTokenId = store.newId();
        invite.expiresAt = toIso(now + expiresInMs);
        if (isOpenInviteStatus(invite.status)) store.touch(record, now);
        else store.setStatus(record, 'pending', now); // an expired invite revives
        outbox.send(record, 'resend', now);
        return copyInvite(invite);
      }),

    cancelUserInvite: (id, opts) =>
      runner.run('cancelUserInvite', [id], opts?.signal, () => {
        const record = store.get(id);
        checkCanCancel(record);
        store.setStatus(record, 'canceled', nowMs());
        return copyInvite(record.invite);
      }),

    updateUserInvite: (id, patch, opts) =>
      runner.run('updateUserInvite', [id, patch], opts?.signal, () => {
        const record = store.get(id);
        const { invite } = record;
        if ('firstName' in patch) invite.firstName = patch.firstName ?? null;
        if ('lastName' in patch) invite.lastName = patch.lastName ?? null;
        if ('locale' in patch) invite.locale = patch.locale ?? null;
        if ('data' in patch) invite.data = patch.data ? structuredClone(patch.data) : null;
        if ('roleKeys' in patch) invite.roleKeys = patch.roleKeys ? [...patch.roleKeys] : null;
        if ('acceptedByUserId' in patch) invite.acceptedByUserId = patch.acceptedByUserId ?? null;
        store.touch(record, nowMs());
        return copyInvite(invite);
      }),

    acceptUserInvite: (params, opts) =>
      runner.run('acceptUserInvite', [params], opts?.signal, () => respond('accepted', params)),

    declineUserInvite: (params, opts) =>
      runner.run('declineUserInvite', [params], opts?.signal, () => respond('declined', params)),

    userInvites: (query, opts) =>
      runner.run('userInvites', [query], opts?.signal, () =>
        listInvites(store, query, maxPageSize),
      ),

    userInvite: (id, opts) =>
      runner.run('userInvite', [id], opts?.signal, () => {
        const record = store.find(id);
        return record ? copyInvite(record.invite) : null;
      }),

    subscribe: (tenant, listener) => feed.subscribe(tenant, listener),

    listRoles: (tenant, opts) =>
      runner.run('listRoles', [tenant], opts?.signal, () => roles.map((role) => ({ ...role }))),

    getInviteLink: (id, opts) =>
      runner.run('getInviteLink', [id], opts?.signal, () =>
        inviteLinkOf(store.get(id), inviteLinkBase),
      ),

    userInviteByToken: (params, opts) =>
      runner.run('userInviteByToken', [params], opts?.signal, (): InvitePreview => {
        const { invite } = store.getByToken(params.token);
        const tenantName = tenantNames[invite.tenantId];
        const inviterName = invite.createdByUserId ? userNames[invite.createdByUserId] : undefined;
        const roleNames = (invite.roleKeys ?? []).map(
          (key) => roles.find((role) => role.key === key)?.name ?? key,
        );
        return {
          invite: copyInvite(invite),
          ...(tenantName ? { tenantName } : {}),
          ...(inviterName ? { inviterName } : {}),
          ...(roleNames.length > 0 ? { roleNames } : {}),
        };
      }),

    sentEmails: () => outbox.list(),
    subscribeSentEmails: (listener) => outbox.subscribe(listener),
    failNext: (method, code, failure) => failures.add(method, code, failure),
    setFailureRate: (rate) => failures.setRate(rate),
    setLatency: (next) => latency.set(next),
    addMember: (email, tenant = tenantId) => store.addMember(tenant, email),
    calls: () => runner.calls(),
    clearCalls: () => runner.clear(),
  };
}
