import { normalizeEmail } from './email';
import { InviteClientError, isInviteErrorCode } from './errors';
import type {
  InvitePreview,
  InviteRole,
  SendUserInviteError,
  SendUserInvitesResult,
  UserInvite,
  UserInvitesPage,
} from './types';

/*
 * The one place where what an `InviteClient` returns becomes trusted. A host's adapter can
 * return anything, so every reader takes `unknown`, never throws on a bad shape (except where a
 * call has nothing usable to give, documented on each), and returns fresh objects.
 *
 * A status is kept as the server's raw string, whatever it is: `constructor`, `__proto__` and
 * `toString` included. Code that looks a status up must use a `Map` or an
 * `Object.create(null)` object, never a plain object literal.
 */

type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isPlainObject = (value: unknown): value is Fields => {
  if (!isRecord(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

// ISO 8601 as servers send it: a date, optionally a time with seconds, fraction and offset.
const ISO_DATE =
  /^(?:\d{4}|[+-]\d{6})-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
// The range `Date` can represent; `toISOString` throws outside it.
const MAX_EPOCH_MS = 8.64e15;

/** An ISO string, or `''` for "unknown date". */
function readDate(value: unknown): string {
  if (typeof value === 'string') {
    // The server's text is kept as it is, so a date survives a round trip unchanged.
    return ISO_DATE.test(value) && Number.isFinite(Date.parse(value)) ? value : '';
  }
  const ms = typeof value === 'number' ? value : value instanceof Date ? value.getTime() : NaN;
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_EPOCH_MS ? new Date(ms).toISOString() : '';
}

/**
 * What a client returned for one invite, in the shape the UI may trust; `null` for anything
 * that is not an object with a non-empty string `id`.
 *
 * - `email` and `tenantId`: strings, `''` when missing.
 * - `status`: the server's string as it is (see the module note on lookups); `''` when it is
 *   not a string, which no known status equals, so the UI shows it as unknown.
 * - `createdAt`, `updatedAt`, `statusUpdatedAt`: ISO strings; `''` means "unknown date".
 *   Epoch milliseconds and `Date` objects are converted; other strings must be ISO 8601.
 * - `expiresAt`: an ISO string, `null` when the server sends `null`, absent when it sends
 *   nothing or something that is not a date.
 * - `roleKeys`: strings only, `null` when not an array; `data`: a plain object or `null`.
 *
 * @example
 * ```ts
 * readUserInvite({ id: 'i1', email: 'ada@example.com', createdAt: 0 })?.createdAt;
 * // '1970-01-01T00:00:00.000Z'
 * readUserInvite({ email: 'ada@example.com' }); // null: no id
 * ```
 */
export function readUserInvite(value: unknown): UserInvite | null {
  if (!isRecord(value) || typeof value.id !== 'string' || value.id === '') return null;
  const { roleKeys, data, expiresAt } = value;
  const invite: UserInvite = {
    id: value.id,
    email: typeof value.email === 'string' ? value.email : '',
    firstName: stringOrNull(value.firstName),
    lastName: stringOrNull(value.lastName),
    locale: stringOrNull(value.locale),
    // Spread, not `Object.assign`: an own `__proto__` key stays data instead of a prototype.
    data: isPlainObject(data) ? { ...data } : null,
    roleKeys: Array.isArray(roleKeys)
      ? roleKeys.filter((key): key is string => typeof key === 'string')
      : null,
    status: typeof value.status === 'string' ? value.status : '',
    statusUpdatedAt: readDate(value.statusUpdatedAt),
    tenantId: typeof value.tenantId === 'string' ? value.tenantId : '',
    createdByUserId: stringOrNull(value.createdByUserId),
    acceptedByUserId: stringOrNull(value.acceptedByUserId),
    userTokenId: stringOrNull(value.userTokenId),
    createdAt: readDate(value.createdAt),
    updatedAt: readDate(value.updatedAt),
  };
  const expires = expiresAt === null ? null : readDate(expiresAt);
  if (expires !== '') invite.expiresAt = expires;
  return invite;
}

/**
 * What a client returned for a call that must answer with an invite (resend, cancel, update,
 * accept, decline), read as {@link readUserInvite} reads it.
 *
 * @throws {InviteClientError} `unknown` when there is no readable invite: the call may have
 * worked, but there is nothing to show or cache, and the message tells the developer why.
 * @example
 * ```ts
 * readUserInviteAnswer({ id: 'i1', status: 'canceled' }).status; // 'canceled'
 * readUserInviteAnswer(undefined); // throws InviteClientError('unknown')
 * ```
 */
export function readUserInviteAnswer(value: unknown): UserInvite {
  const invite = readUserInvite(value);
  if (invite !== null) return invite;
  throw new InviteClientError(
    'unknown',
    'The backend answered without a readable invite (an object with a non-empty string id).',
  );
}

/** Readable invites of a list, each id once (the first wins). */
function readInvites(value: unknown): UserInvite[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const invites: UserInvite[] = [];
  for (const item of value) {
    const invite = readUserInvite(item);
    if (invite === null || seen.has(invite.id)) continue;
    seen.add(invite.id);
    invites.push(invite);
  }
  return invites;
}

/** A count as a number of things: a non-negative number, or a string of digits. */
function readCount(value: unknown): number | null {
  const count =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d+$/.test(value)
        ? +value
        : NaN;
  return Number.isFinite(count) && count >= 0 ? Math.floor(count) : null;
}

/**
 * What a client returned for `userInvites`, in the shape the UI may trust. Unreadable items
 * (see {@link readUserInvite}) are dropped, and an id that comes twice keeps its first invite.
 *
 * `totalCount` is the server's count (a non-negative number or a string of digits, rounded
 * down) but never less than the invites of the page: when it is missing, not a count, or
 * smaller than `data.length`, it is `data.length`.
 *
 * @example
 * ```ts
 * readUserInvitesPage({ data: [{ id: 'i1' }, null], totalCount: 'many' });
 * // { data: [{ id: 'i1', … }], totalCount: 1 }
 * ```
 */
export function readUserInvitesPage(value: unknown): UserInvitesPage {
  const page = isRecord(value) ? value : {};
  const data = readInvites(page.data);
  return { data, totalCount: Math.max(data.length, readCount(page.totalCount) ?? 0) };
}

/**
 * The message of the error {@link readSendUserInvitesResult} adds for a forgotten address.
 *
 * @example
 * ```ts
 * const forgotten = result.errors.filter((e) => e.message === UNACCOUNTED_ADDRESS_MESSAGE);
 * ```
 */
export const UNACCOUNTED_ADDRESS_MESSAGE = 'The backend did not say what became of this address.';
const NO_REASON_MESSAGE = 'This address could not be invited.';

function readSendError(value: unknown): SendUserInviteError | null {
  if (!isRecord(value) || typeof value.email !== 'string' || value.email.trim() === '') {
    return null;
  }
  const { code, message, retryAfterMs } = value;
  const error: SendUserInviteError = {
    email: value.email,
    code: isInviteErrorCode(code) ? code : 'unknown',
    message: typeof message === 'string' && message !== '' ? message : NO_REASON_MESSAGE,
  };
  if (typeof retryAfterMs === 'number' && Number.isFinite(retryAfterMs) && retryAfterMs >= 0) {
    error.retryAfterMs = retryAfterMs;
  }
  return error;
}

/**
 * What a client returned for `sendUserInvites`, in the shape the UI may trust, accounting for
 * every address of `sent`.
 *
 * `success` holds the readable invites (see {@link readUserInvite}). An error without an email
 * is dropped; a code outside `INVITE_ERROR_CODES` becomes `unknown`; a missing message gets a
 * default; `retryAfterMs` is kept only when a finite, non-negative number. Then any address of
 * `sent` found neither in `success` nor in `errors` (compared normalised) is added as an
 * `unknown` error with {@link UNACCOUNTED_ADDRESS_MESSAGE}, so no address is silently lost.
 *
 * @example
 * ```ts
 * readSendUserInvitesResult({ success: [], errors: [{ code: 'teapot' }] }, [{ email: 'ada@example.com' }]);
 * // { success: [], errors: [{ email: 'ada@example.com', code: 'unknown', message: 'The backend did not say…' }] }
 * ```
 */
export function readSendUserInvitesResult(
  value: unknown,
  sent: readonly { email: string }[],
): SendUserInvitesResult {
  const result = isRecord(value) ? value : {};
  // A sent invite without an address cannot be matched to what was sent: it does not count as
  // sent (its address comes back below as unaccounted for, so nothing is lost or announced blank).
  const success = readInvites(result.success).filter((invite) => invite.email !== '');
  const errors = Array.isArray(result.errors)
    ? result.errors.map(readSendError).filter((error) => error !== null)
    : [];
  const accounted = new Set(
    [...success, ...errors].map((item) => normalizeEmail(item.email)).filter((key) => key !== ''),
  );
  for (const { email } of sent) {
    const key = normalizeEmail(email);
    if (accounted.has(key)) continue;
    accounted.add(key);
    errors.push({ email, code: 'unknown', message: UNACCOUNTED_ADDRESS_MESSAGE });
  }
  return { success, errors };
}

/**
 * What a client returned for `userInviteByToken`, in the shape the UI may trust.
 * `tenantName`, `inviterName`, `inviterEmail` and `tenantLogoUrl` are kept only when strings;
 * `roleNames` keeps its non-empty strings.
 *
 * @throws {InviteClientError} `invalid_token` when there is no readable invite (see
 * {@link readUserInvite}): a preview of nothing is a token that matches nothing.
 * @example
 * ```ts
 * readInvitePreview({ invite: { id: 'i1' }, tenantName: 'Acme', inviterName: 42 });
 * // { invite: { id: 'i1', … }, tenantName: 'Acme' }
 * readInvitePreview({}); // throws InviteClientError('invalid_token')
 * ```
 */
export function readInvitePreview(value: unknown): InvitePreview {
  const invite = isRecord(value) ? readUserInvite(value.invite) : null;
  if (!isRecord(value) || invite === null) {
    throw new InviteClientError(
      'invalid_token',
      'The backend returned an invite preview without a readable invite (an object with a string id).',
    );
  }
  const preview: InvitePreview = { invite };
  for (const key of ['tenantName', 'inviterName', 'inviterEmail', 'tenantLogoUrl'] as const) {
    const text = value[key];
    if (typeof text === 'string') preview[key] = text;
  }
  if (Array.isArray(value.roleNames)) {
    preview.roleNames = value.roleNames.filter(
      (name): name is string => typeof name === 'string' && name !== '',
    );
  }
  return preview;
}

/**
 * What a client returned for `listRoles`, in the shape the UI may trust: `[]` when not an
 * array; items without a non-empty string `key` are dropped, and a key that comes twice keeps
 * its first role. `name` falls back to the key; `description` is kept only when a string.
 *
 * @example
 * ```ts
 * readInviteRoles([{ key: 'admin' }, { name: 'No key' }, 'member']);
 * // [{ key: 'admin', name: 'admin' }]
 * ```
 */
export function readInviteRoles(value: unknown): InviteRole[] {
  if (!Array.isArray(value)) return [];
  const roles = new Map<string, InviteRole>();
  for (const item of value) {
    if (!isRecord(item) || typeof item.key !== 'string' || item.key === '') continue;
    if (roles.has(item.key)) continue;
    const { key, name, description } = item;
    const role: InviteRole = { key, name: typeof name === 'string' && name !== '' ? name : key };
    if (typeof description === 'string') role.description = description;
    roles.set(key, role);
  }
  return [...roles.values()];
}

/**
 * What a client returned for `getInviteLink`: the link, trimmed.
 *
 * @throws {InviteClientError} `unknown` when it is not a string, or is empty once trimmed: there
 * is nothing to copy, and the message tells the developer why.
 * @example
 * ```ts
 * readInviteLink(' https://app.example.com/invite?token=abc '); // 'https://app.example.com/invite?token=abc'
 * readInviteLink(undefined); // throws InviteClientError('unknown')
 * ```
 */
export function readInviteLink(value: unknown): string {
  const link = typeof value === 'string' ? value.trim() : '';
  if (link === '') {
    throw new InviteClientError(
      'unknown',
      `getInviteLink must resolve to a non-empty string; the backend returned ${kindOf(value)}.`,
    );
  }
  return link;
}

function kindOf(value: unknown): string {
  if (typeof value === 'string') return 'a blank string';
  if (value === null || value === undefined) return String(value);
  return Array.isArray(value) ? 'an array' : `a value of type ${typeof value}`;
}
