import type { ParsedInvitee } from './ParsedInvitee';

type Name = Pick<ParsedInvitee, 'firstName' | 'lastName'>;

// Commas and semicolons as Arabic, Chinese and Japanese keyboards type them too.
const SEPARATORS = new Set([
  ',',
  ';',
  '\n',
  '\r',
  '\t',
  '\u060C', // Arabic comma
  '\u061B', // Arabic semicolon
  '\u3001', // ideographic comma
  '\uFF0C', // full-width comma
  '\uFF1B', // full-width semicolon
]);
// What may follow the quote that closes a display name: a space, an address, a separator.
const AFTER_CLOSING_QUOTE = /[\s<@,;]/;

/**
 * Where the double quote at `open` closes, or -1 when it opens nothing. A quote protects what
 * it holds (`"Lovelace, Ada"`) only when it closes on the same line before any `@`, `<` or `>`
 * and is followed by a space, an address, a separator or the end: a stray quote (`"Grace
 * <grace@example.com, linus@example.com`) is then an ordinary character and cannot swallow the
 * rest of the list, nor pair up with the next entry's quote. Each scan stops at the next quote,
 * so splitting stays linear however many stray quotes there are.
 */
function closingQuote(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i += 1) {
    const char = text[i]!;
    if (char === '"') {
      const next = text[i + 1];
      return next === undefined || AFTER_CLOSING_QUOTE.test(next) ? i : -1;
    } else if (/[\r\n@<>]/.test(char)) return -1;
  }
  return -1;
}

/** Splits `text` where `isBreak` says so, except inside quotes that protect what they hold. */
function splitOutsideQuotes(text: string, isBreak: (char: string) => boolean): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (char === '"') {
      const close = closingQuote(text, i);
      if (close > 0) i = close;
    } else if (isBreak(char)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

// A name that needs no cleaning (the common case, checked first: a paste of 10,000 names
// spends most of its time here otherwise).
const NEEDS_CLEANING = /["<>']|\s\s|[^\S ]|^\s|\s$/;

/**
 * "Lovelace, Ada" or "Ada Lovelace" → first and last name. Quotes and angle brackets left over
 * from a broken entry are dropped; so is a "name" that holds an address (`"ada@example.com"
 * <ada@example.com>`), which is no name.
 *
 * @example
 * ```ts
 * splitName('"Lovelace, Ada"'); // { firstName: 'Ada', lastName: 'Lovelace' }
 * ```
 */
export function splitName(name: string): Name {
  if (name.includes('@')) return {};
  const clean = NEEDS_CLEANING.test(name)
    ? name.replace(/["<>]/g, '').replace(/^'|'$/g, '').replace(/\s+/g, ' ').trim()
    : name;
  if (clean === '') return {};
  const comma = clean.indexOf(',');
  if (comma >= 0) {
    const last = clean.slice(0, comma).trim();
    const first = clean.slice(comma + 1).trim();
    return { ...(first ? { firstName: first } : {}), ...(last ? { lastName: last } : {}) };
  }
  const space = clean.lastIndexOf(' ');
  if (space < 0) return { firstName: clean };
  return { firstName: clean.slice(0, space), lastName: clean.slice(space + 1) };
}

const PAIRS: Record<string, string> = {
  '(': ')',
  '<': '>',
  '[': ']',
  '{': '}',
  "'": "'",
  '"': '"',
};

/**
 * Strips what people paste around an address (mailto:, a pair of brackets or quotes, trailing
 * punctuation) and nothing that can belong to it: `{` and `'` may start a valid local part.
 */
function cleanAddress(token: string): string {
  let value = token.trim().replace(/^mailto:/i, '');
  for (
    let open = value[0];
    open && PAIRS[open] && value.endsWith(PAIRS[open]!) && value.length > 1;
    open = value[0]
  ) {
    value = value.slice(1, -1).trim();
  }
  // These never start an address, and a domain never ends in these.
  return value
    .replace(/^[(<["]+/, '')
    .replace(/[)>\]}'".,;:]+$/, '')
    .trim();
}

const isQuoted = (token: string) =>
  token.length > 1 && token.startsWith('"') && token.endsWith('"');

/** `Name <address>`, with the `>` or not; null when the chunk is not of that form. */
function parseAngled(chunk: string): ParsedInvitee | null {
  const closed = /^(.*?)<([^<>]*)>\s*$/.exec(chunk);
  if (closed) {
    const email = cleanAddress(closed[2]!);
    const name = closed[1]!.trim();
    // `ada@example.com <grace@example.com>` is two people, not a name and an address.
    if (email === '' || (name.includes('@') && !isQuoted(name))) return null;
    return { email, ...splitName(name) };
  }
  // A `<` that never closes: what follows it, up to the end, is the address.
  const open = /^([^@]*)<(\S+)\s*$/.exec(chunk);
  if (open && !open[2]!.includes('>')) {
    const email = cleanAddress(open[2]!);
    if (email !== '') return { email, ...splitName(open[1]!) };
  }
  return null;
}

/** One entry per address in a chunk of text between separators. */
function parseChunk(chunk: string): ParsedInvitee[] {
  const angled = parseAngled(chunk);
  if (angled) return [angled];
  const tokens = splitOutsideQuotes(chunk, (char) => /\s/.test(char));
  let addresses = tokens.filter((token) => token.includes('@') && !isQuoted(token));
  // `"Ada" "ada@example.com"`: the quoted address is the only one.
  if (addresses.length === 0) addresses = tokens.filter((token) => token.includes('@'));
  // "Ada Lovelace ada@example.com": one address, the rest is a name.
  if (addresses.length === 1 && tokens.length > 1) {
    const address = addresses[0]!;
    const name = tokens.filter((token) => token !== address).join(' ');
    return [{ email: cleanAddress(address), ...splitName(name) }];
  }
  // A broken entry with no address (`"Grace Hopper`) stays one entry, shown as invalid.
  if (addresses.length === 0 && tokens.length > 1 && /["<>]/.test(chunk)) {
    const email = cleanAddress(chunk);
    return email === '' ? [] : [{ email }];
  }
  return tokens
    .map((token) => ({ email: cleanAddress(token) }))
    .filter((entry) => entry.email !== '');
}

/**
 * People in a plain list: addresses separated by commas, semicolons, tabs, new lines or spaces,
 * bare or as `Name <address>` or `"Last, First" <address>`. A stray quote or `<` spoils only
 * its own entry, which still comes back (as written, or as well as it can be read).
 *
 * @example
 * ```ts
 * parsePlainList('Ada Lovelace <ada@example.com>, "Grace <grace@example.com, alan@');
 * // [{ email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' },
 * //  { email: 'grace@example.com', firstName: 'Grace' }, { email: 'alan@' }]
 * ```
 */
export function parsePlainList(text: string): ParsedInvitee[] {
  return splitOutsideQuotes(text, (char) => SEPARATORS.has(char)).flatMap(parseChunk);
}

/**
 * The person in one CSV address cell: a bare address, `Name <address>`, or several addresses
 * of one person (Google Contacts writes `a@example.com ::: b@example.com`), of which the first
 * is kept. A name is taken only from the `Name <address>` form. Null when the cell holds nothing.
 *
 * @example
 * ```ts
 * parseAddressCell('ada@example.com ::: ada@work.example'); // { email: 'ada@example.com' }
 * parseAddressCell('Ada <ada@example.com>'); // { email: 'ada@example.com', firstName: 'Ada' }
 * ```
 */
export function parseAddressCell(cell: string): ParsedInvitee | null {
  const value = cell
    .split(':::')
    .map((part) => part.trim())
    .find(Boolean);
  if (!value) return null;
  const angled = parseAngled(value);
  if (angled) return angled;
  const address = parseChunk(value).find((entry) => entry.email.includes('@'));
  return { email: address?.email ?? value };
}
