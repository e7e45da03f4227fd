import type { InviteErrorCode } from './errors';
import type { InviteStatus } from './status';

export type { InviteStatus, KnownInviteStatus } from './status';

/**
 * Free-form data a host stores with an invite (shown to nobody by default).
 *
 * @example
 * ```ts
 * const data: InviteData = { team: 'design', source: 'onboarding' };
 * ```
 */
export type InviteData = Record<string, unknown>;

/**
 * One invite, with every field of the User Invites API, plus `expiresAt`.
 * Dates are ISO 8601 strings, as the API sends them.
 *
 * @example
 * ```ts
 * const invite: UserInvite = await client.userInvite('db7a682d-6dca-4259-b15b-83aef12d1f5c');
 * if (invite?.status === 'accepted') redirect('/team');
 * ```
 */
export interface UserInvite {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  /** Language of the invite email, such as `en-US`. */
  locale: string | null;
  data: InviteData | null;
  roleKeys: string[] | null;
  status: InviteStatus;
  statusUpdatedAt: string;
  tenantId: string;
  createdByUserId: string | null;
  acceptedByUserId: string | null;
  userTokenId: string | null;
  createdAt: string;
  updatedAt: string;
  /** When the invite stops being acceptable; absent when the backend does not say. */
  expiresAt?: string | null;
}

/**
 * One person to invite.
 *
 * @example
 * ```ts
 * const input: UserInviteInput = { email: 'ada@example.com', firstName: 'Ada', roleKeys: ['admin'] };
 * ```
 */
export interface UserInviteInput {
  email: string;
  firstName?: string | null;
  lastName?: string | null;
  /** Language of the invite email; the provider's locale when absent. */
  locale?: string | null;
  data?: InviteData | null;
  /** Keys of the roles the invitee gets on accepting. */
  roleKeys?: string[] | null;
  /** The inviting user; the provider's `currentUserId` when absent. */
  createdByUserId?: string | null;
}

/**
 * What `sendUserInvites` takes.
 *
 * @example
 * ```ts
 * const params: SendUserInvitesParams = { tenantId: 't1', userInvites: [{ email: 'ada@example.com' }] };
 * ```
 */
export interface SendUserInvitesParams {
  tenantId: string;
  userInvites: UserInviteInput[];
}

/**
 * Why one address of a batch was not invited.
 *
 * @example
 * ```ts
 * const error: SendUserInviteError = { email: 'x@', code: 'invalid_email', message: 'Not an email address' };
 * ```
 */
export interface SendUserInviteError {
  email: string;
  code: InviteErrorCode;
  message: string;
  /** With `rate_limited`: how long to wait before trying again. */
  retryAfterMs?: number;
}

/**
 * What `sendUserInvites` resolves to: a batch can partly fail.
 *
 * @example
 * ```ts
 * const { success, errors } = await client.sendUserInvites(params);
 * errors.forEach((e) => console.warn(e.email, e.code));
 * ```
 */
export interface SendUserInvitesResult {
  success: UserInvite[];
  errors: SendUserInviteError[];
}

/**
 * The fields of an invite that `updateUserInvite` may change.
 *
 * @example
 * ```ts
 * await client.updateUserInvite(id, { firstName: 'Ada', roleKeys: ['admin'] });
 * ```
 */
export type UserInvitePatch = Partial<
  Pick<UserInvite, 'firstName' | 'lastName' | 'locale' | 'data' | 'roleKeys' | 'acceptedByUserId'>
>;

/**
 * What `acceptUserInvite` and `declineUserInvite` take: the token from the invite email.
 *
 * @example
 * ```ts
 * await client.acceptUserInvite({ token: new URLSearchParams(location.search).get('token')! });
 * ```
 */
export interface InviteTokenParams {
  token: string;
  /** The user who answers, when the host knows it (stored as `acceptedByUserId`). */
  userId?: string;
}

/**
 * Fields `userInvites` can order by.
 *
 * @example
 * ```ts
 * const field: UserInviteOrderField = 'createdAt';
 * ```
 */
export type UserInviteOrderField =
  'createdAt' | 'updatedAt' | 'statusUpdatedAt' | 'expiresAt' | 'email' | 'status';

/**
 * Sort order of a listing.
 *
 * @example
 * ```ts
 * const order: UserInviteOrder = { field: 'email', direction: 'asc' };
 * ```
 */
export interface UserInviteOrder {
  field: UserInviteOrderField;
  direction: 'asc' | 'desc';
}

/**
 * Filters of a listing; all given filters must match.
 *
 * @example
 * ```ts
 * const filter: UserInviteFilter = { status: ['pending', 'expired'] };
 * ```
 */
export interface UserInviteFilter {
  /** One status, or several (any of them). */
  status?: InviteStatus | InviteStatus[];
  /** An exact address, compared case-insensitively. */
  email?: string;
  /** Only these invites. */
  id?: string[];
  /**
   * Only invites whose `updatedAt` is strictly later than this ISO 8601 time: what changed since
   * then (created, answered, canceled, resent, edited). Honoured only by a client that declares
   * {@link InviteClient.supportsUpdatedAfter}; any other may ignore it.
   */
  updatedAfter?: string;
}

/**
 * What `userInvites` takes.
 *
 * @example
 * ```ts
 * const query: UserInvitesQuery = { tenantId: 't1', limit: 25, offset: 0, search: 'ada' };
 * ```
 */
export interface UserInvitesQuery {
  tenantId: string;
  /** Page size. Defaults to 25; a backend may cap it (the memory client at 1,000). */
  limit?: number;
  offset?: number;
  /** Case-insensitive match on email, first and last name. */
  search?: string;
  filter?: UserInviteFilter;
  /** Defaults to newest first (`createdAt`, `desc`). */
  order?: UserInviteOrder;
}

/**
 * One page of invites, with the number of invites that match in all.
 *
 * @example
 * ```ts
 * const { data, totalCount } = await client.userInvites({ tenantId: 't1' });
 * ```
 */
export interface UserInvitesPage {
  data: UserInvite[];
  totalCount: number;
}

/**
 * Options every read and write accepts.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * client.userInvite(id, { signal: controller.signal });
 * controller.abort();
 * ```
 */
export interface RequestOptions {
  signal?: AbortSignal;
}

/**
 * A change pushed through `subscribe`.
 *
 * @example
 * ```ts
 * client.subscribe?.('t1', (event: InviteChangeEvent) => {
 *   if (event.invite.status === 'accepted') toast(`${event.invite.email} joined`);
 * });
 * ```
 */
export interface InviteChangeEvent {
  type: 'created' | 'updated';
  invite: UserInvite;
  /** The status before this change; `null` for a new invite. */
  previousStatus: InviteStatus | null;
}

/**
 * A role an invitee can be given.
 *
 * @example
 * ```ts
 * const role: InviteRole = { key: 'admin', name: 'Admin', description: 'Can manage the team' };
 * ```
 */
export interface InviteRole {
  key: string;
  name: string;
  description?: string;
}

/**
 * What an invitee may see before answering: the invite, and who invited them to what, when
 * the backend can tell.
 *
 * @example
 * ```ts
 * const preview: InvitePreview = {
 *   invite,
 *   tenantName: 'Acme',
 *   inviterName: 'Alex Kim',
 *   roleNames: ['Admin'],
 * };
 * ```
 */
export interface InvitePreview {
  invite: UserInvite;
  /** The team or organization the invite is to. */
  tenantName?: string;
  /** The person who sent it. */
  inviterName?: string;
  /** Where the invitee can ask for a new invite (shown as a link when the invite has ended). */
  inviterEmail?: string;
  /** A square logo of the team, as an image URL; the page shows the name's initials without it. */
  tenantLogoUrl?: string;
  /** Display names of the invite's `roleKeys`; the page shows the keys without them. */
  roleNames?: string[];
}

/**
 * The backend the hooks and components talk to. Its methods carry the User Invites API's names.
 * Pass one to {@link InviteClientProvider}: the in-memory client for demos and tests, an adapter
 * for a real backend, or your own object.
 *
 * Every method rejects with an {@link InviteClientError} whose `code` says what went wrong.
 *
 * @example
 * ```ts
 * const client: InviteClient = {
 *   sendUserInvites: (params) => api.post('/invites', params),
 *   resendUserInvite: (id) => api.post(`/invites/${id}/resend`),
 *   cancelUserInvite: (id) => api.post(`/invites/${id}/cancel`),
 *   updateUserInvite: (id, patch) => api.patch(`/invites/${id}`, patch),
 *   acceptUserInvite: (params) => api.post('/invites/accept', params),
 *   userInvites: (query) => api.get('/invites', query),
 *   userInvite: (id) => api.get(`/invites/${id}`),
 * };
 * ```
 */
export interface InviteClient {
  /** The most invites one `sendUserInvites` call takes; larger sends are split into batches. Default 100. */
  readonly maxBatchSize?: number;
  /** The largest `limit` `userInvites` honours; the status poller asks for this many ids at once. Default 100. */
  readonly maxPageSize?: number;
  /**
   * `true` when `userInvites` honours `filter.updatedAfter` (strictly later `updatedAt`, this
   * tenant only, with `order: { field: 'updatedAt', direction: 'asc' }`). A client that cannot
   * push then costs one status request per interval however many invites are watched: the
   * watcher asks what changed since its last check instead of asking for every watched id.
   *
   * @example
   * ```ts
   * const client: InviteClient = {
   *   ...restClient,
   *   // Its server answers `filter: { updatedAfter: '2026-03-01T09:00:00.000Z' }` honestly.
   *   supportsUpdatedAfter: true,
   * };
   * ```
   */
  readonly supportsUpdatedAfter?: boolean;
  /**
   * `false` when `updateUserInvite` always refuses (Better Auth's invitations cannot be
   * edited), so the UI hides "Edit invite" instead of offering what must fail. Default `true`.
   *
   * @example
   * ```ts
   * const client: InviteClient = { ...restClient, supportsUpdateUserInvite: false };
   * ```
   */
  readonly supportsUpdateUserInvite?: boolean;
  /**
   * The shortest wait the backend allows between two resends of one invite. The UI waits at
   * least this long after a resend, so its "Resend" button never offers what the backend refuses.
   */
  readonly resendCooldownMs?: number;
  sendUserInvites(
    params: SendUserInvitesParams,
    options?: RequestOptions,
  ): Promise<SendUserInvitesResult>;
  /** Sends the email again with a new token and a renewed expiry. */
  resendUserInvite(id: string, options?: RequestOptions): Promise<UserInvite>;
  cancelUserInvite(id: string, options?: RequestOptions): Promise<UserInvite>;
  updateUserInvite(
    id: string,
    patch: UserInvitePatch,
    options?: RequestOptions,
  ): Promise<UserInvite>;
  acceptUserInvite(params: InviteTokenParams, options?: RequestOptions): Promise<UserInvite>;
  declineUserInvite?(params: InviteTokenParams, options?: RequestOptions): Promise<UserInvite>;
  userInvites(query: UserInvitesQuery, options?: RequestOptions): Promise<UserInvitesPage>;
  /** Resolves to `null` when there is no such invite. */
  userInvite(id: string, options?: RequestOptions): Promise<UserInvite | null>;
  /** A push channel for changes: with it, the UI never polls. Returns the unsubscribe function. */
  subscribe?(tenantId: string, listener: (event: InviteChangeEvent) => void): () => void;
  listRoles?(tenantId: string, options?: RequestOptions): Promise<InviteRole[]>;
  /** The link an invitee opens to answer, for "Copy invite link". */
  getInviteLink?(id: string, options?: RequestOptions): Promise<string>;
  /**
   * What the invitee's token is for; rejects with `invalid_token` when it matches nothing.
   * The more of the preview's optional fields it fills (team logo, inviter, role names), the
   * more the invitee's page can show.
   */
  userInviteByToken?(params: InviteTokenParams, options?: RequestOptions): Promise<InvitePreview>;
}
