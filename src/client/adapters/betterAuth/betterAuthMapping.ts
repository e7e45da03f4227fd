import { throwIfAborted } from '../../abort';
import { InviteClientError, type InviteErrorCode } from '../../errors';
import type { InvitePreview, InviteStatus, RequestOptions, UserInvite } from '../../types';
import type { BetterAuthInvitation, BetterAuthResult } from './betterAuthShapes';

/*
 * Between the contract and Better Auth's organization plugin: invitations, errors and signals.
 */

// A Map: a server's code such as `constructor` must find nothing here.
const ERROR_CODES = new Map<string, InviteErrorCode>([
  ['INVALID_EMAIL', 'invalid_email'],
  ['USER_IS_ALREADY_INVITED_TO_THIS_ORGANIZATION', 'already_invited'],
  ['USER_IS_ALREADY_A_MEMBER_OF_THIS_ORGANIZATION', 'already_member'],
  ['INVITATION_NOT_FOUND', 'invalid_token'],
  ['YOU_ARE_NOT_THE_RECIPIENT_OF_THE_INVITATION', 'forbidden'],
  ['ORGANIZATION_NOT_FOUND', 'not_found'],
  ['INVITATION_LIMIT_REACHED', 'rate_limited'],
]);

/**
 * A Better Auth error as an {@link InviteClientError}: its code mapped onto the contract's, or
 * its HTTP status, or `fallback`.
 *
 * @example
 * ```ts
 * toBetterAuthClientError({ code: 'INVITATION_NOT_FOUND', message: 'Not found' }); // invalid_token
 * ```
 */
export function toBetterAuthClientError(
  error: NonNullable<BetterAuthResult<unknown>['error']>,
  fallback: InviteErrorCode = 'unknown',
): InviteClientError {
  const code =
    (error.code && ERROR_CODES.get(error.code)) ||
    (error.status === 429
      ? 'rate_limited'
      : error.status === 401 || error.status === 403
        ? 'forbidden'
        : fallback);
  return new InviteClientError(code, error.message ?? 'Better Auth refused the request.', {
    cause: error,
  });
}

/**
 * The data of a Better Auth call; rejects with its error mapped (see
 * {@link toBetterAuthClientError}), or with `network` when the call itself failed.
 *
 * @example
 * ```ts
 * const invitations = await unwrapResult(organization.listInvitations({ query: { organizationId } }));
 * ```
 */
export async function unwrapResult<T>(
  result: Promise<BetterAuthResult<T>>,
  fallback?: InviteErrorCode,
): Promise<T> {
  const { data, error } = await result.catch((cause: unknown) => {
    throw new InviteClientError('network', 'Better Auth could not be reached.', { cause });
  });
  if (error) throw toBetterAuthClientError(error, fallback);
  return data as T;
}

/**
 * The `fetchOptions` that pass a request's signal on to Better Auth; throws at once when the
 * signal is already aborted, so nothing is sent.
 *
 * @example
 * ```ts
 * organization.cancelInvitation({ invitationId: id, ...toFetchOptions(request) });
 * ```
 */
export function toFetchOptions(request?: RequestOptions): {
  fetchOptions?: { signal: AbortSignal };
} {
  throwIfAborted(request?.signal);
  return request?.signal ? { fetchOptions: { signal: request.signal } } : {};
}

const iso = (date: string | Date | undefined) =>
  date === undefined ? undefined : new Date(date).toISOString();

/**
 * An invitation's status in the contract's words: Better Auth says `rejected` for `declined`,
 * and keeps a pending invitation past its date `pending`, which is `expired` to us.
 *
 * @example
 * ```ts
 * statusOf({ ...invitation, status: 'rejected' }, Date.now()); // 'declined'
 * ```
 */
export function statusOf(invitation: BetterAuthInvitation, now: number): InviteStatus {
  if (invitation.status === 'rejected') return 'declined';
  // Better Auth's own word, read before it becomes ours.
  if (invitation.status === 'pending' && new Date(invitation.expiresAt).getTime() <= now)
    return 'expired';
  return invitation.status;
}

/**
 * A Better Auth invitation as the contract's {@link UserInvite}: roles from its comma-separated
 * `role`, and the creation date standing in for the dates Better Auth does not keep.
 *
 * @example
 * ```ts
 * const invite = toUserInvite(await unwrapResult(organization.getInvitation({ query: { id } })));
 * ```
 */
export function toUserInvite(invitation: BetterAuthInvitation): UserInvite {
  const createdAt = iso(invitation.createdAt) ?? iso(invitation.expiresAt)!;
  return {
    id: invitation.id,
    email: invitation.email,
    firstName: invitation.firstName || null,
    lastName: invitation.lastName || null,
    locale: invitation.locale || null,
    data: null,
    roleKeys: invitation.role ? invitation.role.split(',').map((role) => role.trim()) : [],
    status: statusOf(invitation, Date.now()),
    // Better Auth keeps no status date: the creation date stands in.
    statusUpdatedAt: createdAt,
    tenantId: invitation.organizationId,
    createdByUserId: invitation.inviterId,
    acceptedByUserId: null,
    userTokenId: null,
    createdAt,
    updatedAt: createdAt,
    expiresAt: iso(invitation.expiresAt)!,
  };
}

/**
 * What an invitee sees of a Better Auth invitation before answering: the organization's name,
 * and the inviter's email as their name.
 *
 * @example
 * ```ts
 * toInvitePreview(await unwrapResult(organization.getInvitation({ query: { id: token } })));
 * ```
 */
export function toInvitePreview(invitation: BetterAuthInvitation): InvitePreview {
  return {
    invite: toUserInvite(invitation),
    ...(invitation.organizationName ? { tenantName: invitation.organizationName } : {}),
    ...(invitation.inviterEmail ? { inviterName: invitation.inviterEmail } : {}),
  };
}
