import { stripInvisible, toAsciiEmail } from '../client/email';
import { parseContactCsv } from './contactCsv';
import { parsePlainList } from './plainList';

/**
 * One person found in typed or pasted text.
 *
 * @example
 * ```ts
 * const entry: ParsedInvitee = { email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' };
 * ```
 */
export interface ParsedInvitee {
  /** The address as written (trimmed); it may be invalid, and is then shown as such. */
  email: string;
  /**
   * The address with its internationalised domain in ASCII (punycode) form, the form to check
   * and send (`anna@xn--bcher-kva.de` for `anna@bücher.de`). Set only when it differs from
   * `email`, so `entry.asciiEmail ?? entry.email` is always the form to send.
   */
  asciiEmail?: string;
  firstName?: string;
  lastName?: string;
  /** A role key, from a CSV `role` column. */
  roleKey?: string;
  /** An email language, from a CSV `locale` column. */
  locale?: string;
}

const withAsciiEmail = (entry: ParsedInvitee): ParsedInvitee => {
  const asciiEmail = toAsciiEmail(entry.email);
  return asciiEmail === entry.email ? entry : { ...entry, asciiEmail };
};

/**
 * Turns typed, pasted or uploaded text into people: any mix of commas, semicolons, spaces, tabs
 * and new lines; `Ada Lovelace <ada@example.com>` and `"Lovelace, Ada" <ada@example.com>` forms;
 * or a CSV whose header names an address column: this library's own (`email`, `firstName`,
 * `lastName`, `role`, `locale`) or a contact export from Outlook, Google Contacts, Gmail, HubSpot
 * and the like (`E-mail Address`, `E-mail 1 - Value`, `First Name`, `Name`...). Invisible
 * characters (zero-width spaces, bidirectional marks, soft hyphens) are removed. Nothing is
 * validated or dropped here: an invalid address comes back as written, so the form can show it
 * with its reason, and a stray quote or `<` spoils only its own entry. An internationalised
 * domain also comes back in ASCII form, in `asciiEmail`.
 *
 * @example
 * ```ts
 * parseInviteList('Ada Lovelace <ada@example.com>, grace@example.com; alan@');
 * // [{ email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' },
 * //  { email: 'grace@example.com' }, { email: 'alan@' }]
 * parseInviteList('anna@bücher.de');
 * // [{ email: 'anna@bücher.de', asciiEmail: 'anna@xn--bcher-kva.de' }]
 * ```
 */
export function parseInviteList(text: string): ParsedInvitee[] {
  const visible = stripInvisible(text);
  return (parseContactCsv(visible) ?? parsePlainList(visible)).map(withAsciiEmail);
}
