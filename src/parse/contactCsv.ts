import type { ParsedInvitee } from './ParsedInvitee';
import { parseAddressCell, parsePlainList, splitName } from './plainList';

/** What a CSV column holds. */
type Column = 'email' | 'firstName' | 'lastName' | 'fullName' | 'roleKey' | 'locale';

// Header names, matched lower-cased with everything but letters and digits removed, so
// `E-mail Address`, `email_address` and `Email Address` are one name. Addresses: `Email`,
// `E-mail Address`, `Email ID`, `Primary Email`, `Work Email`..., and numbered ones: Outlook's
// `E-mail 2 Address`, Google's `E-mail 1 - Value`, the older Gmail export's `Section 1 - Email`;
// not `E-mail Type`, `E-mail 1 - Label` nor `E-mail Display Name`, which hold no address.
// Middle names (`Middle Name`, Google's `Additional Name`) are left out: nobody is greeted by one.
const COLUMNS: [Column, RegExp][] = [
  [
    'email',
    /^(?:e?mails?|e?mailaddress(?:es|\d+)?|emailid|(?:primary|secondary|work|business|personal|home|other|alternate|contact)e?mail(?:address)?|e?mail\d+(?:address|value)?|section\d+email)$/,
  ],
  ['firstName', /^(?:first(?:name)?|givenname|forename|fname)$/],
  ['lastName', /^(?:last(?:name)?|surname|familyname|lname)$/],
  ['fullName', /^(?:full|display|contact)?name$/],
  ['roleKey', /^roles?(?:key)?$/],
  ['locale', /^(?:locale|lang(?:uage)?)$/],
];

// `en`, `en-GB`, `pt_BR`, `zh-Hant-TW`: a language tag, not a language's name.
const LANGUAGE_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i;

const columnOf = (cell: string): Column | undefined => {
  const name = cell.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return COLUMNS.find(([, pattern]) => pattern.test(name))?.[0];
};

type RowMode = { literalQuoteAt: number } | 'no-quotes';

/**
 * One CSV row from `start`: its cells (`"a, b"` quoted, `""` for a quote inside quotes) and
 * where the next row starts. A quote that never closes does not swallow the rest of the file:
 * the row is read again with that quote as an ordinary character, then, failing that, with no
 * quoting at all.
 */
function readRow(
  text: string,
  start: number,
  delimiter: string,
  mode: RowMode = { literalQuoteAt: -1 },
): { cells: string[]; end: number } {
  const cells: string[] = [];
  let cell = '';
  // Whether the cell holds more than spaces: a quote then opens nothing. Kept, not computed,
  // so that a long cell full of quotes is not trimmed again at every quote.
  let filled = false;
  let quoted = false;
  let quoteAt = -1;
  for (let i = start; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"' && !filled && mode !== 'no-quotes' && i !== mode.literalQuoteAt) {
      quoted = true;
      filled = true;
      quoteAt = i;
      cell = '';
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
      filled = false;
    } else if (char === '\n' || char === '\r') {
      cells.push(cell);
      return { cells, end: char === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1 };
    } else {
      cell += char;
      if (!/\s/.test(char)) filled = true;
    }
  }
  if (quoted) {
    return readRow(
      text,
      start,
      delimiter,
      mode !== 'no-quotes' && mode.literalQuoteAt < 0 ? { literalQuoteAt: quoteAt } : 'no-quotes',
    );
  }
  cells.push(cell);
  return { cells, end: text.length };
}

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');

/** The first row that is not blank, and where the row after it starts. */
function readHeaderRow(text: string, delimiter: string): { cells: string[]; end: number } | null {
  for (let start = 0; start < text.length;) {
    const row = readRow(text, start, delimiter);
    if (!isBlank(row.cells)) return row;
    start = row.end;
  }
  return null;
}

interface Header {
  delimiter: string;
  columns: (Column | undefined)[];
  /** Where the first row after the header starts. */
  end: number;
}

/**
 * The header of a CSV: its first row, read with the same quoting as the rows, holding an
 * address column and no address. Of the delimiters that give one, the one that recognises the
 * most columns wins.
 */
function findHeader(text: string): Header | null {
  // A header holds no address, and its first line is part of it: a list of addresses is
  // told apart at once, without reading it as a CSV three times.
  const firstLine = /^\s*([^\r\n]*)/.exec(text)?.[1] ?? '';
  if (firstLine.includes('@')) return null;
  let best: (Header & { known: number }) | null = null;
  for (const delimiter of [',', ';', '\t']) {
    const row = readHeaderRow(text, delimiter);
    if (!row) return null;
    if (row.cells.some((cell) => cell.includes('@'))) continue;
    const columns = row.cells.map(columnOf);
    if (!columns.includes('email')) continue;
    const known = columns.filter(Boolean).length;
    if (!best || known > best.known) best = { delimiter, columns, end: row.end, known };
  }
  return best;
}

/** The person in one row, or null when the row has no address. */
function readPerson(cells: string[], columns: (Column | undefined)[]): ParsedInvitee | null {
  // The first cell that is not empty (and fits), of the columns of a kind, in column order.
  const first = (kind: Column, fits = (value: string) => value !== ''): string | undefined => {
    for (let i = 0; i < columns.length; i += 1) {
      const value = columns[i] === kind ? cells[i]?.trim() : undefined;
      if (value && fits(value)) return value;
    }
    return undefined;
  };
  let person: ParsedInvitee | null = null;
  for (let i = 0; i < columns.length && !person; i += 1) {
    if (columns[i] === 'email') person = parseAddressCell(cells[i] ?? '');
  }
  if (!person) return null;
  const isName = (value: string) => !value.includes('@');
  const firstName = first('firstName', isName);
  const lastName = first('lastName', isName);
  const fullName = first('fullName', isName);
  let names: Pick<ParsedInvitee, 'firstName' | 'lastName'> = { firstName, lastName };
  if (!firstName && !lastName && fullName) names = splitName(fullName);
  // The name in the address cell (`Ada Lovelace <ada@example.com>`) when the row has none.
  if (!names.firstName && !names.lastName) names = person;
  const roleKey = first('roleKey');
  // Outlook and Google Contacts have a `Language` column too, holding `English` or the like.
  const locale = first('locale', (value) => LANGUAGE_TAG.test(value));
  return {
    email: person.email,
    ...(names.firstName ? { firstName: names.firstName } : {}),
    ...(names.lastName ? { lastName: names.lastName } : {}),
    ...(roleKey ? { roleKey } : {}),
    ...(locale ? { locale } : {}),
  };
}

/**
 * People in a CSV with a header naming an address column: this library's own (`email`,
 * `firstName`, `lastName`, `role`, `locale`) and the exports of Outlook, Google Contacts, Gmail,
 * HubSpot and the like (`E-mail Address`, `E-mail 1 - Value`, `First Name`, `Given Name`,
 * `Name`...). Columns it does not know are ignored; of several address columns, the first that
 * is not empty in a row is used; a full-name column is split when a row has no first or last
 * name. A header alone (`Email`) makes the rest a plain list. When no row has an address, the
 * text after the header is read as a plain list instead. Null when the text has no such header.
 *
 * @example
 * ```ts
 * parseContactCsv('"E-mail Address","Name"\nada@example.com,"Lovelace, Ada"');
 * // [{ email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' }]
 * ```
 */
export function parseContactCsv(text: string): ParsedInvitee[] | null {
  const header = findHeader(text);
  if (!header) return null;
  const rest = text.slice(header.end);
  if (header.columns.length === 1) {
    // One column, `Email`: the rest is a list, and may not be a CSV at all.
    return rest.trim() === '' ? null : parsePlainList(rest);
  }
  const people: ParsedInvitee[] = [];
  for (let start = header.end; start < text.length;) {
    const row = readRow(text, start, header.delimiter);
    start = row.end;
    const person = isBlank(row.cells) ? null : readPerson(row.cells, header.columns);
    if (person) people.push(person);
  }
  return people.length > 0 ? people : parsePlainList(rest);
}
