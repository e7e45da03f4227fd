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
  firstName?: string;
  lastName?: string;
  /** A role key, from a CSV `role` column. */
  roleKey?: string;
  /** An email language, from a CSV `locale` column. */
  locale?: string;
}

const HEADER_ALIASES: Record<string, keyof ParsedInvitee> = {
  email: 'email',
  'e-mail': 'email',
  'email address': 'email',
  mail: 'email',
  firstname: 'firstName',
  'first name': 'firstName',
  first_name: 'firstName',
  'given name': 'firstName',
  lastname: 'lastName',
  'last name': 'lastName',
  last_name: 'lastName',
  surname: 'lastName',
  'family name': 'lastName',
  role: 'roleKey',
  roles: 'roleKey',
  rolekey: 'roleKey',
  locale: 'locale',
  language: 'locale',
};

const normalizeHeader = (cell: string) => cell.trim().replace(/^"|"$/g, '').trim().toLowerCase();

/** Splits CSV text into rows of cells, with quoted cells ("a, b" and "" for a quote). */
function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
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
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === delimiter) {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += char;
    }
  }
  row.push(cell);
  rows.push(row);
  return rows.filter((cells) => cells.some((value) => value.trim() !== ''));
}

/** A CSV with a header naming an email column, or null when the text is not one. */
function parseCsvWithHeader(text: string): ParsedInvitee[] | null {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '');
  if (!firstLine) return null;
  for (const delimiter of [',', ';', '\t']) {
    const header = firstLine.split(delimiter).map(normalizeHeader);
    if (header.length < 2 || !header.some((cell) => HEADER_ALIASES[cell] === 'email')) continue;
    const columns = header.map((cell) => HEADER_ALIASES[cell]);
    const [, ...rows] = parseCsv(text, delimiter);
    return rows.flatMap((cells) => {
      const entry: Partial<Record<keyof ParsedInvitee, string>> = {};
      columns.forEach((field, index) => {
        const value = cells[index]?.trim();
        if (field && value) entry[field] = value;
      });
      if (!entry.email) return [];
      return [entry as ParsedInvitee];
    });
  }
  return null;
}

/** "Lovelace, Ada" or "Ada Lovelace" → first and last name. */
function splitName(name: string): Pick<ParsedInvitee, 'firstName' | 'lastName'> {
  const clean = name
    .trim()
    .replace(/^["']|["']$/g, '')
    .trim();
  if (clean === '') return {};
  const comma = clean.indexOf(',');
  if (comma > 0) {
    const last = clean.slice(0, comma).trim();
    const first = clean.slice(comma + 1).trim();
    return { ...(first ? { firstName: first } : {}), ...(last ? { lastName: last } : {}) };
  }
  const parts = clean.split(/\s+/);
  if (parts.length === 1) return { firstName: parts[0]! };
  return { firstName: parts.slice(0, -1).join(' '), lastName: parts.at(-1)! };
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

/** Splits on separators that are outside quotes and angle brackets. */
function splitChunks(text: string): string[] {
  const chunks: string[] = [];
  let current = '';
  let quoted = false;
  let angled = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (char === '<' && !quoted) angled = true;
    else if (char === '>' && !quoted) angled = false;
    if (
      !quoted &&
      !angled &&
      (char === ',' || char === ';' || char === '\n' || char === '\r' || char === '\t')
    ) {
      chunks.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  chunks.push(current);
  return chunks.map((chunk) => chunk.trim()).filter(Boolean);
}

function parseChunk(chunk: string): ParsedInvitee[] {
  const angled = /^(.*?)<([^<>]*)>\s*$/.exec(chunk);
  if (angled) {
    return [{ email: cleanAddress(angled[2]!), ...splitName(angled[1]!) }];
  }
  const tokens = chunk.split(/\s+/).filter(Boolean);
  const addresses = tokens.filter((token) => token.includes('@'));
  // "Ada Lovelace ada@example.com": one address, the rest is a name.
  if (addresses.length === 1 && tokens.length > 1 && !chunk.startsWith('"')) {
    const name = tokens.filter((token) => !token.includes('@')).join(' ');
    return [{ email: cleanAddress(addresses[0]!), ...splitName(name) }];
  }
  return tokens
    .map((token) => ({ email: cleanAddress(token) }))
    .filter((entry) => entry.email !== '');
}

/**
 * Turns typed or pasted text into people: any mix of commas, semicolons, spaces, tabs and new
 * lines; `Ada Lovelace <ada@example.com>` and `"Lovelace, Ada" <ada@example.com>` forms; or a
 * CSV whose header names an `email` column (and optionally `firstName`, `lastName`, `role`,
 * `locale`). Nothing is validated or dropped here: an invalid address comes back as written, so
 * the form can show it with its reason.
 *
 * @example
 * ```ts
 * parseInviteList('Ada Lovelace <ada@example.com>, grace@example.com; alan@');
 * // [{ email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' },
 * //  { email: 'grace@example.com' }, { email: 'alan@' }]
 * ```
 */
export function parseInviteList(text: string): ParsedInvitee[] {
  return parseCsvWithHeader(text) ?? splitChunks(text).flatMap(parseChunk);
}
