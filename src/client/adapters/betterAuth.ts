import { DEFAULT_MAX_BATCH_SIZE, DEFAULT_PAGE_LIMIT } from '../defaults';
import { isValidEmail, normalizeEmail } from '../email';
import { InviteClientError } from '../errors';
import { compareUserInvites, matchesUserInvitesQuery } from '../matchUserInvitesQuery';
import { canCancelInvite, canResendInvite } from '../status';
import type {
  InviteClient,
  InvitePreview,
  InviteStatus,
  RequestOptions,
  SendUserInviteError,
  UserInvite,
  UserInviteInput,
} from '../types';
import {
  toBetterAuthClientError,
  toFetchOptions,
  toInvitePreview,
  toUserInvite,
  unwrapResult,
} from './betterAuth/betterAuthMapping';
import type { BetterAuthInvitation, BetterAuthResult } from './betterAuth/betterAuthShapes';
import { mapLimited } from '../../shared/mapLimited';

export type { BetterAuthInvitation, BetterAuthResult } from './betterAuth/betterAuthShapes';

/*
 * Better Auth's organization plugin, typed by shape: this module imports nothing from
 * better-auth. The token of an invite is Better Auth's invitation id.
 */

/** Search, filters, order and paging happen here over one listing, so a page can be large. */
const MAX_PAGE_SIZE = 1000;

type FetchOptions = { fetchOptions?: { signal?: AbortSignal } };

/** The calls this adapter makes, with the arguments it passes. */
interface OrganizationApi {
  inviteMember(
    args: { email: string; role: string; organizationId?: string; resend?: boolean } & Record<
      string,
      unknown
    > &
      FetchOptions,
  ): Promise<BetterAuthResult<BetterAuthInvitation>>;
  cancelInvitation(
    args: { invitationId: string } & FetchOptions,
  ): Promise<BetterAuthResult<BetterAuthInvitation>>;
  acceptInvitation(
    args: { invitationId: string } & FetchOptions,
  ): Promise<BetterAuthResult<{ invitation: BetterAuthInvitation }>>;
  rejectInvitation(
    args: { invitationId: string } & FetchOptions,
  ): Promise<BetterAuthResult<{ invitation: BetterAuthInvitation | null }>>;
  getInvitation(
    args: { query: { id: string } } & FetchOptions,
  ): Promise<BetterAuthResult<BetterAuthInvitation>>;
  listInvitations(
    args: { query: { organizationId?: string } } & FetchOptions,
  ): Promise<BetterAuthResult<BetterAuthInvitation[]>>;
}

/**
 * The part of `createAuthClient({ plugins: [organizationClient()] })` this adapter uses. Its
 * parameters are left open (`never`) so Better Auth's own, precisely typed client fits as it is.
 *
 * @example
 * ```ts
 * const authClient: BetterAuthOrganizationClient = createAuthClient({ plugins: [organizationClient()] });
 * ```
 */
export interface BetterAuthOrganizationClient {
  organization: {
    [Call in keyof OrganizationApi]: (args: never) => Promise<BetterAuthResult<unknown>>;
  };
}

/**
 * Options of {@link createBetterAuthInviteClient}.
 *
 * @example
 * ```ts
 * const options: BetterAuthInviteClientOptions = { organizationId: org.id, invitationFields: ['firstName', 'lastName'] };
 * ```
 */
export interface BetterAuthInviteClientOptions {
  /** The organization used when a call names no tenant. The provider's `tenantId` wins. */
  organizationId?: string;
  /** The role of an invite that names none. Default `member`. */
  defaultRole?: string;
  /** Invites sent at once in a batch (one request per address). Default 4. */
  concurrency?: number;
  /**
   * Fields your server stores on invitations through the organization plugin's
   * `schema.invitation.additionalFields`; only these are sent. Default none.
   */
  invitationFields?: ('firstName' | 'lastName' | 'locale')[];
}

/**
 * An {@link InviteClient} over Better Auth's organization plugin (`organizationClient()`).
 * Each address is one `inviteMember` call (a few at a time), with per-address errors mapped to
 * the contract's codes; resend uses its `resend` option; `rejected` reads as `declined`, and a
 * pending invitation past `expiresAt` as `expired`. Search, filters, order and paging, which the
 * server lacks, happen in the adapter over `listInvitations`.
 *
 * Better Auth shapes a few answers differently from the contract, and this adapter says so:
 * the token is the invitation id, so a resend keeps the same link; an invitee who opens a link
 * that is no longer pending hears "not found", which reads as `invalid_token` unless this
 * client answered that invite itself; and invitations cannot be edited (`updateUserInvite`
 * fails with `forbidden`).
 *
 * @example
 * ```tsx
 * import { createAuthClient } from 'better-auth/react';
 * import { organizationClient } from 'better-auth/client/plugins';
 * import { createBetterAuthInviteClient } from 'invite-widgets/better-auth';
 *
 * const authClient = createAuthClient({ plugins: [organizationClient()] });
 * const client = createBetterAuthInviteClient(authClient, { organizationId: activeOrg.id });
 * ```
 */
export function createBetterAuthInviteClient(
  authClient: BetterAuthOrganizationClient,
  options: BetterAuthInviteClientOptions = {},
): InviteClient {
  const organization = authClient.organization as unknown as OrganizationApi;
  const fields = options.invitationFields ?? [];
  const organizationOf = new Map<string, string>();
  // What this client answered itself: Better Auth will not tell an invitee later.
  const answered = new Map<string, InviteStatus>();

  const orgId = (tenantId: string | undefined) => {
    const id = tenantId || options.organizationId;
    if (!id)
      throw new InviteClientError(
        'unknown',
        'No organization: pass a tenantId or the organizationId option.',
      );
    return id;
  };

  async function list(organizationId: string, request?: RequestOptions) {
    const invitations = await unwrapResult(
      organization.listInvitations({ query: { organizationId }, ...toFetchOptions(request) }),
    );
    for (const invitation of invitations)
      organizationOf.set(invitation.id, invitation.organizationId);
    return invitations;
  }

  async function find(id: string, request?: RequestOptions): Promise<BetterAuthInvitation | null> {
    const orgs = new Set(
      [organizationOf.get(id), options.organizationId, ...organizationOf.values()].filter(
        Boolean,
      ) as string[],
    );
    for (const organizationId of orgs) {
      const found = (await list(organizationId, request)).find(
        (invitation) => invitation.id === id,
      );
      if (found) return found;
    }
    return null;
  }

  async function findOrThrow(id: string, request?: RequestOptions) {
    const invitation = await find(id, request);
    if (!invitation)
      throw new InviteClientError('not_found', 'There is no such invite.', { inviteId: id });
    return invitation;
  }

  const conflict = (invite: UserInvite, action: string) =>
    new InviteClientError('conflict', `This invite can't be ${action}: it is ${invite.status}.`, {
      inviteId: invite.id,
      email: invite.email,
      status: invite.status,
    });

  async function respond(
    token: string,
    kind: 'accepted' | 'declined',
    request?: RequestOptions,
  ): Promise<UserInvite> {
    const previous = answered.get(token);
    if (previous) {
      throw new InviteClientError('conflict', `This invite was already ${previous}.`, {
        inviteId: token,
        status: previous,
      });
    }
    const signal = toFetchOptions(request);
    const result =
      kind === 'accepted'
        ? (await unwrapResult(organization.acceptInvitation({ invitationId: token, ...signal })))
            .invitation
        : (await unwrapResult(organization.rejectInvitation({ invitationId: token, ...signal })))
            .invitation;
    answered.set(token, kind);
    if (!result) throw new InviteClientError('invalid_token', 'This invite link is not valid.');
    return toUserInvite(result);
  }

  return {
    maxBatchSize: DEFAULT_MAX_BATCH_SIZE,
    supportsUpdateUserInvite: false,
    maxPageSize: MAX_PAGE_SIZE,

    async sendUserInvites(params, request) {
      toFetchOptions(request);
      const organizationId = orgId(params.tenantId);
      const errors: SendUserInviteError[] = [];
      const unique: UserInviteInput[] = [];
      const seen = new Set<string>();
      for (const input of params.userInvites) {
        const email = input.email.trim();
        if (!isValidEmail(email)) {
          errors.push({
            email,
            code: 'invalid_email',
            message: 'This is not a valid email address.',
          });
        } else if (!seen.has(normalizeEmail(email))) {
          seen.add(normalizeEmail(email));
          unique.push({ ...input, email });
        }
      }
      const outcomes = await mapLimited(unique, options.concurrency ?? 4, async (input) => {
        const extra: Record<string, unknown> = {};
        for (const field of fields) if (input[field]) extra[field] = input[field];
        const result = await organization
          .inviteMember({
            email: input.email,
            role: input.roleKeys?.length
              ? input.roleKeys.join(',')
              : (options.defaultRole ?? 'member'),
            organizationId,
            ...extra,
            ...toFetchOptions(request),
          })
          .catch((cause: unknown): BetterAuthResult<BetterAuthInvitation> => ({
            data: null,
            error: { code: 'NETWORK', message: String(cause) },
          }));
        return { input, result };
      });
      const success: UserInvite[] = [];
      for (const { input, result } of outcomes) {
        if (result.data) {
          organizationOf.set(result.data.id, organizationId);
          success.push(toUserInvite(result.data));
        } else {
          const error = toBetterAuthClientError(
            result.error ?? {},
            result.error?.code === 'NETWORK' ? 'network' : 'unknown',
          );
          errors.push({ email: input.email, code: error.code, message: error.message });
        }
      }
      return { success, errors };
    },

    async resendUserInvite(id, request) {
      const invitation = await findOrThrow(id, request);
      const invite = toUserInvite(invitation);
      if (!canResendInvite(invite.status)) throw conflict(invite, 'resent');
      const renewed = await unwrapResult(
        organization.inviteMember({
          email: invitation.email,
          role: invitation.role,
          organizationId: invitation.organizationId,
          resend: true,
          ...toFetchOptions(request),
        }),
      );
      organizationOf.set(renewed.id, renewed.organizationId);
      return toUserInvite({ ...invitation, ...renewed });
    },

    async cancelUserInvite(id, request) {
      // Better Auth would cancel an accepted invitation too: check first.
      const invite = toUserInvite(await findOrThrow(id, request));
      if (!canCancelInvite(invite.status)) throw conflict(invite, 'canceled');
      return toUserInvite(
        await unwrapResult(
          organization.cancelInvitation({ invitationId: id, ...toFetchOptions(request) }),
        ),
      );
    },

    async updateUserInvite(id, _patch, request) {
      await findOrThrow(id, request);
      throw new InviteClientError(
        'forbidden',
        'Better Auth cannot change an invitation; cancel it and invite again.',
      );
    },

    acceptUserInvite: ({ token }, request) => respond(token, 'accepted', request),
    declineUserInvite: ({ token }, request) => respond(token, 'declined', request),

    async userInvites(query, request) {
      const invitations = await list(orgId(query.tenantId), request);
      const matches = invitations
        .map(toUserInvite)
        .filter((invite) => matchesUserInvitesQuery(invite, query))
        .sort(compareUserInvites(query.order));
      const offset = Math.max(query.offset ?? 0, 0);
      const limit = Math.min(Math.max(query.limit ?? DEFAULT_PAGE_LIMIT, 0), MAX_PAGE_SIZE);
      return { data: matches.slice(offset, offset + limit), totalCount: matches.length };
    },

    async userInvite(id, request) {
      const invitation = await find(id, request);
      return invitation ? toUserInvite(invitation) : null;
    },

    async userInviteByToken({ token }, request): Promise<InvitePreview> {
      const invitation = await unwrapResult(
        organization.getInvitation({ query: { id: token }, ...toFetchOptions(request) }),
      );
      return toInvitePreview(invitation);
    },
  };
}
