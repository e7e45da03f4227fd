import fc from 'fast-check';
import { isValidEmail, normalizeEmail, toAsciiEmail } from '../../../src/client/email';

describe('isValidEmail', () => {
  it.each([
    'ada@example.com',
    '  Ada.Lovelace+team@sub.example.co.uk ',
    'anna@bücher.de',
    'Anna@Bücher.DE',
    'anna@xn--bcher-kva.de',
    'user@müller.example.com',
    'user@例え.テスト',
    'user@مثال.إختبار',
    'user@пример.рф',
    'anna@bücher。de',
  ])('accepts %j', (email) => {
    expect(isValidEmail(email)).toBe(true);
  });

  it.each([
    'ada@example',
    'anna@bücher',
    'änna@bücher.de',
    'anna@bü cher.de',
    'anna@bücher.de/path',
    'anna@bücher.de:25',
    'anna@bücher.de?x',
    'anna@bü%63her.de',
    'anna@bücher..de',
    'anna@-bücher.de',
    'anna@bücher－.de',
    'anna@１２７.０.０.１',
    `anna@${'ü'.repeat(60)}.de`,
    'anna@bücher.de.',
    '',
  ])('rejects %j', (email) => {
    expect(isValidEmail(email)).toBe(false);
  });
});

describe('normalizeEmail', () => {
  it('trims and lower-cases', () => {
    expect(normalizeEmail('  Ada@Example.COM ')).toBe('ada@example.com');
  });

  it('gives an internationalised domain and its ASCII form the same key', () => {
    expect(normalizeEmail('Anna@Bücher.de')).toBe('anna@xn--bcher-kva.de');
    expect(normalizeEmail('anna@xn--bcher-kva.de')).toBe('anna@xn--bcher-kva.de');
    expect(normalizeEmail(' ANNA@XN--BCHER-KVA.DE')).toBe(normalizeEmail('anna@BÜCHER.de'));
  });

  it('keeps invalid addresses apart', () => {
    expect(normalizeEmail('anna@bücher.de/x')).toBe('anna@bücher.de/x');
    expect(normalizeEmail('anna@bücher.de/x')).not.toBe(normalizeEmail('anna@bücher.de'));
  });
});

describe('toAsciiEmail', () => {
  it('gives the punycode form of an internationalised domain, local part untouched', () => {
    expect(toAsciiEmail('anna@bücher.de')).toBe('anna@xn--bcher-kva.de');
    expect(toAsciiEmail(' Anna@Bücher.DE ')).toBe('Anna@xn--bcher-kva.de');
    expect(toAsciiEmail('user@例え.テスト')).toBe('user@xn--r8jz45g.xn--zckzah');
  });

  it('leaves an ASCII address as written, trimmed', () => {
    expect(toAsciiEmail(' Ada@Example.com ')).toBe('Ada@Example.com');
    expect(toAsciiEmail('not an address')).toBe('not an address');
  });

  it('leaves a domain it cannot convert as written', () => {
    expect(toAsciiEmail('anna@bücher.de/x')).toBe('anna@bücher.de/x');
    expect(toAsciiEmail('anna@１２７.０.０.１')).toBe('anna@１２７.０.０.１');
  });

  it('agrees with isValidEmail and normalizeEmail, whatever it is given', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 20 });
    fc.assert(
      fc.property(text, text, (local, domain) => {
        const email = `${local}@${domain}`;
        const ascii = toAsciiEmail(email);
        expect(isValidEmail(ascii)).toBe(isValidEmail(email));
        expect(normalizeEmail(ascii)).toBe(normalizeEmail(email));
        expect(toAsciiEmail(ascii)).toBe(ascii);
        if (isValidEmail(email)) expect(ascii).toMatch(/^[!-~]+$/);
      }),
      { numRuns: 1000 },
    );
  });
});
