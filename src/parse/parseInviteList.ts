import { stripInvisible, toAsciiEmail } from '../client/email';
import { parseContactCsv } from './contactCsv';
import type { ParsedInvitee } from './ParsedInvitee';
import { parsePlainList } from './plainList';

export type { ParsedInvitee } from './ParsedInvitee';

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
