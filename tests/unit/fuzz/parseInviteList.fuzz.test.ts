import fc from 'fast-check';
import { isValidEmail, normalizeEmail, toAsciiEmail } from '../../../src/client/email';
import { parseInviteList } from '../../../src/parse/parseInviteList';

const validEmail = fc.emailAddress().filter(isValidEmail);
const separator = fc.constantFrom(',', ';', ' ', '\n', '\t', ', ', ' ; ', '\r\n', ',\n');
const listSeparator = fc.constantFrom(',', ';', '\n', '\t', ', ', ' ; ', '\r\n', ',\n');
// Pieces of broken entries: stray quotes and angle brackets, half names, junk without an address.
const brokenEntry = fc.oneof(
  fc.constantFrom(
    '"',
    '<',
    '>',
    '""',
    '"Grace',
    'Grace <',
    '<grace',
    'Ada"',
    '"Lovelace, Ada',
    '<<',
    '"<',
  ),
  fc.string({ maxLength: 12 }).filter((text) => !text.includes('@')),
);
const INVISIBLE = [
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
];

describe('parseInviteList, fuzzed', () => {
  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        parseInviteList(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds every valid address of a list once, in order, whatever the separators', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(validEmail, { minLength: 1, maxLength: 30, selector: normalizeEmail }),
        fc.array(separator, { minLength: 30, maxLength: 30 }),
        (emails, separators) => {
          const text = emails.map((email, i) => `${email}${separators[i]}`).join('');
          expect(parseInviteList(text).map((entry) => entry.email)).toEqual(emails);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps the address of a "Name <address>" entry exactly', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(validEmail, { minLength: 1, maxLength: 10, selector: normalizeEmail }),
        fc.array(fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,20}$/), { minLength: 10, maxLength: 10 }),
        (emails, names) => {
          const text = emails.map((email, i) => `${names[i]} <${email}>`).join(', ');
          expect(parseInviteList(text).map((entry) => entry.email)).toEqual(emails);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('invents nothing: every valid address it returns was in the text', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.oneof(validEmail, fc.string({ maxLength: 12 }), separator), { maxLength: 25 })
          .map((parts) => parts.join('')),
        (text) => {
          for (const entry of parseInviteList(text)) {
            if (isValidEmail(entry.email))
              expect(text.toLowerCase()).toContain(entry.email.toLowerCase());
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('lets no broken entry hide the valid addresses around it', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(validEmail, { minLength: 1, maxLength: 15, selector: normalizeEmail }),
        fc.array(fc.array(brokenEntry, { maxLength: 2 }), { minLength: 16, maxLength: 16 }),
        fc.array(listSeparator, { minLength: 40, maxLength: 40 }),
        (emails, broken, separators) => {
          const parts = emails.flatMap((email, i) => [...broken[i]!, email]);
          const text = [...parts, ...broken[15]!]
            .map((part, i) => `${part}${separators[i % separators.length]}`)
            .join('');
          const wanted = new Set(emails);
          const found = parseInviteList(text)
            .map((entry) => entry.email)
            .filter((email) => wanted.has(email));
          expect(found).toEqual(emails);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds the same addresses with invisible characters sprinkled in', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(validEmail, { minLength: 1, maxLength: 10, selector: normalizeEmail }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE)), { maxLength: 20 }),
        (emails, insertions) => {
          const text = emails.join(', ');
          let sprinkled = text;
          for (const [at, char] of insertions) {
            const index = at % (sprinkled.length + 1);
            sprinkled = `${sprinkled.slice(0, index)}${char}${sprinkled.slice(index)}`;
          }
          expect(parseInviteList(sprinkled)).toEqual(parseInviteList(text));
          expect(parseInviteList(sprinkled).map((entry) => entry.email)).toEqual(emails);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads every row of a contact CSV, whatever its quoting and column names', () => {
    const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
    const name = fc.stringMatching(/^[A-Za-z][A-Za-z ,;"'\t\n]{0,15}$/);
    fc.assert(
      fc.property(
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom(
          'Email',
          'E-mail Address',
          'E-mail 1 - Value',
          'Email Address',
          'Primary Email',
          'Work Email',
          'email',
        ),
        fc.constantFrom('First Name', 'Given Name', 'firstName', 'first_name'),
        fc.constantFrom('Notes, misc', 'Company "Inc"', 'E-mail Type', 'Phone; work', 'Tab\there'),
        fc.uniqueArray(fc.tuple(validEmail, name, name), {
          minLength: 1,
          maxLength: 15,
          selector: ([email]) => normalizeEmail(email),
        }),
        fc.boolean(),
        (delimiter, emailHeader, nameHeader, otherHeader, rows, crlf) => {
          const line = (cells: string[]) => cells.map(quote).join(delimiter);
          const csv = [
            line([otherHeader, nameHeader, emailHeader]),
            ...rows.map(([email, first, other]) => line([other, first, email])),
          ].join(crlf ? '\r\n' : '\n');
          expect(parseInviteList(csv)).toEqual(
            rows.map(([email, first]) => ({ email, firstName: first.trim() })),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('accepts every internationalised address, keeps it as typed, and gives its ASCII form', () => {
    const ascii = fc.stringMatching(/^[a-z0-9]{0,6}$/);
    const label = fc
      .tuple(ascii, fc.constantFrom('ü', 'ß', 'é', 'ø', 'π', 'д', '例', 'え'), ascii)
      .map((parts) => parts.join(''));
    const email = fc
      .tuple(fc.stringMatching(/^[a-z0-9]{1,8}(?:[.+][a-z0-9]{1,5})?$/), label, label, fc.boolean())
      .map(([local, sub, domain, shout]) => {
        const address = `${local}@${sub}.${domain}.example`;
        return shout ? address.toUpperCase() : address;
      });
    fc.assert(
      fc.property(fc.array(email, { minLength: 1, maxLength: 10 }), (emails) => {
        const parsed = parseInviteList(emails.join(', '));
        expect(parsed.map((entry) => entry.email)).toEqual(emails);
        for (const entry of parsed) {
          expect(isValidEmail(entry.email)).toBe(true);
          // Set only when it differs: `ß` shouted is `SS`, already ASCII.
          const sent = entry.asciiEmail ?? entry.email;
          expect(entry.asciiEmail).not.toBe(entry.email);
          expect(sent).toBe(toAsciiEmail(entry.email));
          expect(sent).toMatch(/^[!-~]+$/);
          expect(isValidEmail(sent)).toBe(true);
          expect(normalizeEmail(sent)).toBe(normalizeEmail(entry.email));
        }
      }),
      { numRuns: 300 },
    );
  });
});
