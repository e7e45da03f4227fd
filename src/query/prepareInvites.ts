import { isValidEmail, normalizeEmail, stripInvisible, toAsciiEmail } from '../client/email';
import type { SendUserInviteError, UserInviteInput } from '../client/types';

/**
 * What `prepareInvites` takes: bare addresses or full inputs, mixed.
 *
 * @example
 * ```ts
 * const invites: InviteInput[] = ['ada@example.com', { email: 'grace@example.com', roleKeys: ['admin'] }];
 * ```
 */
export type InviteInput = string | UserInviteInput;

/**
 * Defaults `prepareInvites` fills in where an input leaves them out.
 *
 * @example
 * ```ts
 * const defaults: InviteDefaults = { createdByUserId: 'u1', locale: 'en-US' };
 * ```
 */
export interface InviteDefaults {
  createdByUserId?: string;
  locale?: string;
}

/**
 * Inputs split into what can be sent and what cannot.
 *
 * @example
 * ```ts
 * const { invites, errors, duplicates }: PreparedInvites = prepareInvites(raw);
 * ```
 */
export interface PreparedInvites {
  /**
   * Valid, trimmed, one per person, with defaults filled in; an internationalised domain in its
   * ASCII (punycode) form, the form every mail system takes.
   */
  invites: UserInviteInput[];
  /** One `invalid_email` error per invalid address, in input order. */
  errors: SendUserInviteError[];
  /** Addresses that were merged into an earlier entry for the same person. */
  duplicates: string[];
}

/**
 * Trims, validates and de-duplicates (case-insensitively) invites before anything is sent,
 * and fills in the sender and the email language. Invalid addresses come back as
 * `invalid_email` errors; nothing is silently dropped.
 *
 * @example
 * ```ts
 * prepareInvites([' Ada@example.com', 'ada@example.com', 'nope'], { locale: 'en-US' });
 * // { invites: [{ email: 'Ada@example.com', locale: 'en-US' }],
 * //   errors: [{ email: 'nope', code: 'invalid_email', … }], duplicates: ['ada@example.com'] }
 * ```
 */
export function prepareInvites(
  inputs: InviteInput[],
  defaults: InviteDefaults = {},
): PreparedInvites {
  const invites: UserInviteInput[] = [];
  const errors: SendUserInviteError[] = [];
  const duplicates: string[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    const raw = typeof input === 'string' ? { email: input } : input;
    const email = stripInvisible(raw.email).trim();
    if (email === '') continue;
    if (!isValidEmail(email)) {
      errors.push({ email, code: 'invalid_email', message: 'This is not a valid email address.' });
      continue;
    }
    const key = normalizeEmail(email);
    if (seen.has(key)) {
      duplicates.push(email);
      continue;
    }
    seen.add(key);
    const createdByUserId = raw.createdByUserId ?? defaults.createdByUserId;
    const locale = raw.locale ?? defaults.locale;
    invites.push({
      ...raw,
      email: toAsciiEmail(email),
      ...(createdByUserId ? { createdByUserId } : {}),
      ...(locale ? { locale } : {}),
    });
  }
  return { invites, errors, duplicates };
}
