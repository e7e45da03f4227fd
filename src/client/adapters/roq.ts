import { throwIfAborted } from '../abort';
import { DEFAULT_MAX_BATCH_SIZE } from '../defaults';
import { InviteClientError } from '../errors';
import type { InviteClient, UserInvitePatch } from '../types';
import {
  toRoqArgs,
  toRoqClientError,
  toRoqInviteInput,
  toSendError,
  toUserInvite,
  unwrap,
} from './roq/roqMapping';
import type {
  RoqSendError,
  RoqUserInvite,
  RoqUserInviteInput,
  RoqUserInvitesArgs,
} from './roq/roqShapes';

export type {
  RoqSendError,
  RoqUserInvite,
  RoqUserInviteInput,
  RoqUserInvitesArgs,
  RoqUserInvitesFilter,
} from './roq/roqShapes';

/*
 * The ROQ platform's user-invite calls, typed by shape only: no ROQ package is needed.
 * Two call styles exist. The browser client (`roqBrowserClient.roqPlatform`) takes objects
 * (`resendUserInvite({ userInviteId })`); the server client (`roqClient.asUser(id)`) takes bare
 * ids (`resendUserInvite(id)`). Responses may come wrapped in their operation's name
 * (`{ sendUserInvites: { success, errors } }`) or bare; both are accepted.
 */

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
  /**
   * Whether the platform filters invites by `updatedAt` (`{ updatedAt: { moreThan } }`), so status
   * polls ask only for what changed. Default `true`; set `false` for a platform that does not.
   */
  supportsUpdatedAfter?: boolean;
}

/** ROQ's calls take no signal: an already aborted request is not sent at all. */
async function call<T>(run: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  throwIfAborted(signal);
  try {
    return await run();
  } catch (error) {
    throw toRoqClientError(error);
  }
}

/**
 * An {@link InviteClient} over the ROQ platform, browser or server client. Roles go out as
 * ROQ's `roles`; per-address batch errors and thrown errors are mapped onto the contract's
 * codes. ROQ has no push channel, so the UI polls: one request per interval, asking what
 * changed since the last check (`updatedAt: { moreThan }`), however many invites are watched.
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
    maxBatchSize: options.maxBatchSize ?? DEFAULT_MAX_BATCH_SIZE,
    supportsUpdatedAfter: options.supportsUpdatedAfter ?? true,

    sendUserInvites: (params, requestOptions) =>
      call(async () => {
        const answer = unwrap<{ success: RoqUserInvite[]; errors: RoqSendError[] }>(
          'sendUserInvites',
          await platform.sendUserInvites({
            userInvites: {
              tenantId: params.tenantId,
              userInvites: params.userInvites.map(toRoqInviteInput),
            },
          }),
        );
        return {
          success: (answer.success ?? []).map(toUserInvite),
          errors: (answer.errors ?? []).map(toSendError),
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
          await platform.userInvites(toRoqArgs(query)),
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
