import fc from 'fast-check';
import { isValidEmail, normalizeEmail } from '../../../src/client/email';
import { parseInviteList } from '../../../src/parse/parseInviteList';

const validEmail = fc.emailAddress().filter(isValidEmail);
const separator = fc.constantFrom(',', ';', ' ', '\n', '\t', ', ', ' ; ', '\r\n', ',\n');

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
});
