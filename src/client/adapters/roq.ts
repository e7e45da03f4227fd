import {
  InviteClientError,
  isInviteErrorCode,
  toInviteClientError,
  type InviteErrorCode,
} from '../errors';
import type {
  InviteClient,
  InviteData,
  SendUserInviteError,
  UserInvite,
  UserInviteFilter,
  UserInvitePatch,
  UserInvitesQuery,
} from '../types';

/*
 * The ROQ platform's user-invite calls, typed by shape only: no ROQ package is needed.
 * Two call styles exist. The browser client (`roqBrowserClient.roqPlatform`) takes objects
 * (`resendUserInvite({ userInviteId })`); the server client (`roqClient.asUser(id)`) takes bare
 * ids (`resendUserInvite(id)`). Responses may come wrapped in their operation's name
 * (`{ sendUserInvites: { success, errors } }`) or bare; both are accepted.
 */

/**
 * An invite as the ROQ platform returns it.
 *
 * @example
 * ```ts
 * const invite: RoqUserInvite = { id: 'db7a…', email: 'wick.john@roq.tech', status: 'pending', … };
 * ```
 */
export interface RoqUserInvite {
  id: string;
  email: string;
  firstName?: string | null;
  lastName?: string | null;
  locale?: string | null;
  data?: InviteData | null;
  roleKeys?: string[] | null;
  status: string;
  statusUpdatedAt?: string | null;
  tenantId: string;
  createdByUserId?: string | null;
  acceptedByUserId?: string | null;
  userTokenId?: string | null;
  createdAt: string;
  updatedAt: string;
  expiresAt?: string | null;
}

/**
 * One invitee as ROQ's `sendUserInvites` takes it (roles as `roles`).
 *
 * @example
 * ```ts
 * const input: RoqUserInviteInput = { email: 'a@b.co', locale: 'en-US', roles: ['content-creator'] };
 * ```
 */
export interface RoqUserInviteInput {
  email: string;
  firstName?: string;
  lastName?: string;
  locale?: string;
  data?: InviteData;
  createdByUserId?: string;
  roles?: string[];
}

/**
 * A per-address failure of a ROQ batch send, in whatever shape the platform gives it.
 *
 * @example
 * ```ts
 * const error: RoqSendError = { email: 'a@b.co', code: 'already_invited', message: 'Already invited' };
 * ```
 */
export interface RoqSendError {
  email?: string;
  code?: string;
  message?: string;
  error?: string;
  userInvite?: { email?: string };
}

/**
 * A ROQ list filter.
 *
 * @example
 * ```ts
 * const filter: RoqUserInvitesFilter = { email: { equalTo: 'wick.john@roq.tech' } };
 * ```
 */
export interface RoqUserInvitesFilter {
  tenantId?: { equalTo: string };
  email?: { equalTo: string };
  status?: { equalTo: string } | { valueIn: string[] };
  id?: { valueIn: string[] };
}

/**
 * What ROQ's `userInvites` takes.
 *
 * @example
 * ```ts
 * const args: RoqUserInvitesArgs = { limit: 10, filter: { email: { equalTo: 'a@b.co' } } };
 * ```
 */
export interface RoqUserInvitesArgs {
  limit?: number;
  offset?: number;
  search?: { value: string; fields?: string[] };
  filter?: RoqUserInvitesFilter;
  order?: { order: 'ASC' | 'DESC'; sort: string };
}

type Wrapped<Key extends string, T> = T | { [K in Key]: T };
type MaybeWrapped<Key extends string, T> = Promise<Wrapped<Key, T>>;

/**
 * The platform object of either ROQ client, by shape.
 *
 * @example
 * ```ts
 * const platform: RoqPlatform = roqBrowserClient.roqPlatform;
 * ```
 */
export interface RoqPlatform {
  sendUserInvites(args: {
    userInvites: { tenantId: string; userInvites: RoqUserInviteInput[] };
  }): MaybeWrapped<'sendUserInvites', { success: RoqUserInvite[]; errors: RoqSendError[] }>;
  resendUserInvite(
    args: { userInviteId: string } | string,
  ): MaybeWrapped<'resendUserInvite', RoqUserInvite>;
  cancelUserInvite(
    args: { userInviteId: string } | string,
  ): MaybeWrapped<'cancelUserInvite', RoqUserInvite>;
  userInvites(
    args: RoqUserInvitesArgs,
  ): MaybeWrapped<'userInvites', { data: RoqUserInvite[]; totalCount: number }>;
  userInvite?(args: { id: string }): MaybeWrapped<'userInvite', RoqUserInvite | null>;
  acceptUserInvite?(args: {
    acceptUserInvite: { token: string };
  }): MaybeWrapped<'acceptUserInvite', RoqUserInvite>;
  updateUserInvite?(args: {
    id: string;
    userInvite: Partial<Omit<RoqUserInvite, 'id'>>;
  }): MaybeWrapped<'updateUserInvite', RoqUserInvite>;
}

/**
 * Options of {@link createRoqInviteClient}.
 *
 * @example
 * ```ts
 * const options: RoqInviteClientOptions = { style: 'server' };
 * ```
 */
export interface RoqInviteClientOptions {
  /**
   * `browser` (default) for `roqBrowserClient.roqPlatform`: resend and cancel take
   * `{ userInviteId }`. `server` for `roqClient.asUser(id)`: they take the bare id.
   */
  style?: 'browser' | 'server';
  /** The most invites one send takes. Default 100. */
  maxBatchSize?: number;
}

function unwrap<T>(key: string, value: unknown): T {
  if (value && typeof value === 'object' && key in value) return (value as Record<string, T>)[key]!;
  return value as T;
}

function toUserInvite(invite: RoqUserInvite): UserInvite {
  return {
    id: invite.id,
    email: invite.email,
    firstName: invite.firstName || null,
    lastName: invite.lastName || null,
    locale: invite.locale ?? null,
    data: invite.data ?? null,
    roleKeys: invite.roleKeys ?? null,
    status: invite.status,
    statusUpdatedAt: invite.statusUpdatedAt ?? invite.updatedAt,
    tenantId: invite.tenantId,
    createdByUserId: invite.createdByUserId ?? null,
    acceptedByUserId: invite.acceptedByUserId ?? null,
    userTokenId: invite.userTokenId ?? null,
    createdAt: invite.createdAt,
    updatedAt: invite.updatedAt,
    ...(invite.expiresAt !== undefined ? { expiresAt: invite.expiresAt } : {}),
  };
}

const MESSAGE_CODES: [RegExp, InviteErrorCode][] = [
  [/invalid.*e-?mail|e-?mail.*invalid/i, 'invalid_email'],
  [/already.*(member|part of)/i, 'already_member'],
  [/already.*invit|pending invit/i, 'already_invited'],
  [/expired/i, 'expired'],
  [/token/i, 'invalid_token'],
  [/not.?found/i, 'not_found'],
  [/too many|rate.?limit/i, 'rate_limited'],
  [/forbidden|not allowed|permission|unauthori/i, 'forbidden'],
];

/** Maps what ROQ says (a code, a message, an HTTP status) onto the contract's codes. */
function codeOf(
  code: string | undefined,
  message: string | undefined,
  status?: number,
): InviteErrorCode {
  const normalized = code?.toLowerCase().replace(/[^a-z]+/g, '_');
  if (isInviteErrorCode(normalized)) return normalized;
  if (status === 429) return 'rate_limited';
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  for (const [pattern, mapped] of MESSAGE_CODES)
    if (pattern.test(`${code ?? ''} ${message ?? ''}`)) return mapped;
  return 'unknown';
}

interface RoqErrorShape {
  code?: string;
  message?: string;
  status?: number;
  statusCode?: number;
  retryAfterMs?: number;
  /** GraphQL errors carry their details here; `retryAfter` in seconds, as in the HTTP header. */
  extensions?: { code?: string; retryAfter?: number; retryAfterMs?: number };
}

function toError(error: unknown): InviteClientError {
  if (error instanceof InviteClientError || error instanceof TypeError)
    return toInviteClientError(error);
  const shape = (error ?? {}) as RoqErrorShape;
  const code = codeOf(
    shape.code ?? shape.extensions?.code,
    shape.message,
    shape.status ?? shape.statusCode,
  );
  const retryAfterMs =
    shape.retryAfterMs ??
    shape.extensions?.retryAfterMs ??
    (shape.extensions?.retryAfter !== undefined ? shape.extensions.retryAfter * 1000 : undefined);
  return new InviteClientError(code, shape.message ?? 'The ROQ platform refused the request.', {
    cause: error,
    ...(code === 'rate_limited' && retryAfterMs !== undefined ? { retryAfterMs } : {}),
  });
}

/** ROQ's calls take no signal: an already aborted request is not sent at all. */
async function call<T>(run: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  if (signal?.aborted)
    throw signal.reason ?? new DOMException('The request was aborted.', 'AbortError');
  try {
    return await run();
  } catch (error) {
    throw toError(error);
  }
}

function toFilter(tenantId: string, filter: UserInviteFilter = {}): RoqUserInvitesFilter {
  const roq: RoqUserInvitesFilter = { tenantId: { equalTo: tenantId } };
  if (filter.email !== undefined) roq.email = { equalTo: filter.email };
  if (filter.status !== undefined) {
    roq.status = Array.isArray(filter.status)
      ? { valueIn: filter.status }
      : { equalTo: filter.status };
  }
  if (filter.id) roq.id = { valueIn: filter.id };
  return roq;
}

function toArgs(query: UserInvitesQuery): RoqUserInvitesArgs {
  const order = query.order ?? { field: 'createdAt', direction: 'desc' };
  return {
    limit: query.limit ?? 25,
    offset: query.offset ?? 0,
    filter: toFilter(query.tenantId, query.filter),
    order: { order: order.direction === 'asc' ? 'ASC' : 'DESC', sort: order.field },
    ...(query.search?.trim()
      ? { search: { value: query.search.trim(), fields: ['email', 'firstName', 'lastName'] } }
      : {}),
  };
}

/**
 * An {@link InviteClient} over the ROQ platform, browser or server client. Roles go out as
 * ROQ's `roles`; per-address batch errors and thrown errors are mapped onto the contract's
 * codes. ROQ has no push channel, so the UI polls (one request per interval for all watched
 * invites).
 *
 * @example
 * ```tsx
 * import { roqBrowserClient } from '@/lib/roq/roq-client';
 *
 * const client = createRoqInviteClient(roqBrowserClient.roqPlatform);
 * <InviteClientProvider client={client} tenantId={session.user.tenantId} currentUserId={session.roqUserId}>
 * ```
 *
 * @example
 * ```ts
 * // On a server, acting as a user:
 * const client = createRoqInviteClient(roqClient.asUser(userId), { style: 'server' });
 * ```
 */
export function createRoqInviteClient(
  platform: RoqPlatform,
  options: RoqInviteClientOptions = {},
): InviteClient {
  const byId = (id: string) => (options.style === 'server' ? id : { userInviteId: id });
  const client: InviteClient = {
    maxBatchSize: options.maxBatchSize ?? 100,

    sendUserInvites: (params, requestOptions) =>
      call(async () => {
        const userInvites = params.userInvites.map(
          ({ roleKeys, firstName, lastName, locale, data, createdByUserId, email }) => ({
            email,
            ...(firstName ? { firstName } : {}),
            ...(lastName ? { lastName } : {}),
            ...(locale ? { locale } : {}),
            ...(data ? { data } : {}),
            ...(createdByUserId ? { createdByUserId } : {}),
            ...(roleKeys && roleKeys.length > 0 ? { roles: roleKeys } : {}),
          }),
        );
        const answer = unwrap<{ success: RoqUserInvite[]; errors: RoqSendError[] }>(
          'sendUserInvites',
          await platform.sendUserInvites({
            userInvites: { tenantId: params.tenantId, userInvites },
          }),
        );
        return {
          success: (answer.success ?? []).map(toUserInvite),
          errors: (answer.errors ?? []).map((error): SendUserInviteError => {
            const message = error.message ?? error.error ?? 'This invite could not be sent.';
            return {
              email: error.email ?? error.userInvite?.email ?? '',
              code: codeOf(error.code, message),
              message,
            };
          }),
        };
      }, requestOptions?.signal),

    resendUserInvite: (id, requestOptions) =>
      call(
        async () =>
          toUserInvite(unwrap('resendUserInvite', await platform.resendUserInvite(byId(id)))),
        requestOptions?.signal,
      ),

    cancelUserInvite: (id, requestOptions) =>
      call(
        async () =>
          toUserInvite(unwrap('cancelUserInvite', await platform.cancelUserInvite(byId(id)))),
        requestOptions?.signal,
      ),

    updateUserInvite: (id, patch: UserInvitePatch, requestOptions) =>
      call(async () => {
        if (!platform.updateUserInvite)
          throw new InviteClientError('forbidden', 'This ROQ client cannot update invites.');
        return toUserInvite(
          unwrap('updateUserInvite', await platform.updateUserInvite({ id, userInvite: patch })),
        );
      }, requestOptions?.signal),

    acceptUserInvite: ({ token }, requestOptions) =>
      call(async () => {
        if (!platform.acceptUserInvite) {
          throw new InviteClientError(
            'forbidden',
            'This ROQ client cannot accept invites; accept them on the server.',
          );
        }
        return toUserInvite(
          unwrap(
            'acceptUserInvite',
            await platform.acceptUserInvite({ acceptUserInvite: { token } }),
          ),
        );
      }, requestOptions?.signal),

    userInvites: (query, requestOptions) =>
      call(async () => {
        const page = unwrap<{ data: RoqUserInvite[]; totalCount: number }>(
          'userInvites',
          await platform.userInvites(toArgs(query)),
        );
        return { data: page.data.map(toUserInvite), totalCount: page.totalCount };
      }, requestOptions?.signal),

    userInvite: (id, requestOptions) =>
      call(async () => {
        if (platform.userInvite) {
          const invite = unwrap<RoqUserInvite | null>(
            'userInvite',
            await platform.userInvite({ id }),
          );
          return invite ? toUserInvite(invite) : null;
        }
        const page = unwrap<{ data: RoqUserInvite[] }>(
          'userInvites',
          await platform.userInvites({ filter: { id: { valueIn: [id] } }, limit: 1 }),
        );
        return page.data[0] ? toUserInvite(page.data[0]) : null;
      }, requestOptions?.signal),
  };
  return client;
}
