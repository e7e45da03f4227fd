import { stripInvisible, toAsciiEmail } from '../../client/email';
import type { ParsedInvitee } from '../../parse/parseInviteList';
import { splitName } from '../../parse/plainList';

/*
 * A small reader for contact cards (.vcf, vCard 2.1, 3.0 and 4.0, as phones, Outlook, Google
 * and Apple export them): one person per card, with the card's preferred (else first) EMAIL
 * and its name from N (family;given;…), else from FN. Nothing else of a card is read.
 */

interface Property {
  name: string;
  params: string;
  value: string;
}

// "item1.EMAIL;TYPE=INTERNET,pref:ada@example.com" → EMAIL, its parameters, its value.
const PROPERTY = /^(?:[\w-]+\.)?([\w-]+)((?:;[^:]*)?):(.*)$/;

/**
 * Folded lines joined back into one: a continuation starts with a space or tab, and a
 * quoted-printable value (vCard 2.1) continues after a line that ends with `=`.
 */
function unfold(text: string): string[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/\n[ \t]/g, '')
    .split('\n');
  const joined: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    let line = lines[i]!;
    if (/QUOTED-PRINTABLE/i.test(line)) {
      while (line.endsWith('=') && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i];
    }
    joined.push(line);
  }
  return joined;
}

const encoder = new TextEncoder();

function decodeQuotedPrintable(value: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i += 1) {
    const hex = value[i] === '=' ? value.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...encoder.encode(value[i]!));
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** A value as written: quoted-printable decoded (vCard 2.1), `\,` `\;` `\n` `\\` unescaped. */
function valueOf(property: Property): string {
  const raw = /ENCODING=QUOTED-PRINTABLE/i.test(property.params)
    ? decodeQuotedPrintable(property.value)
    : property.value;
  return raw.replace(/\\([,;\\nN])/g, (_whole, char: string) =>
    char === 'n' || char === 'N' ? ' ' : char,
  );
}

/** The parts of a structured value (N: family;given;…), split on unescaped semicolons. */
function components(property: Property): string[] {
  const value = /ENCODING=QUOTED-PRINTABLE/i.test(property.params)
    ? decodeQuotedPrintable(property.value)
    : property.value;
  return value.split(/(?<!\\);/).map((part) => valueOf({ ...property, params: '', value: part }));
}

function personOf(card: Property[]): ParsedInvitee | null {
  const emails = card.filter((property) => property.name === 'EMAIL');
  const email = emails.find((property) => /\bpref\b|PREF=1/i.test(property.params)) ?? emails[0];
  if (!email) return null;
  const address = stripInvisible(valueOf(email))
    .replace(/^mailto:/i, '')
    .trim();
  if (address === '') return null;
  const person: ParsedInvitee = { email: address };
  const asciiEmail = toAsciiEmail(address);
  if (asciiEmail !== address) person.asciiEmail = asciiEmail;
  const n = card.find((property) => property.name === 'N');
  const [family = '', given = ''] = n ? components(n).map((part) => part.trim()) : [];
  if (given || family) {
    if (given) person.firstName = stripInvisible(given);
    if (family) person.lastName = stripInvisible(family);
  } else {
    const fn = card.find((property) => property.name === 'FN');
    if (fn) Object.assign(person, splitName(stripInvisible(valueOf(fn))));
  }
  return person;
}

/**
 * The people of a vCard file: one per card that has an email address, in file order.
 *
 * @example
 * ```ts
 * readVCard('BEGIN:VCARD\nVERSION:3.0\nN:Lovelace;Ada;;;\nEMAIL:ada@example.com\nEND:VCARD');
 * // [{ email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' }]
 * ```
 */
export function readVCard(text: string): ParsedInvitee[] {
  const people: ParsedInvitee[] = [];
  let card: Property[] | null = null;
  for (const line of unfold(text)) {
    const match = PROPERTY.exec(line.trim());
    if (!match) continue;
    const [, rawName = '', params = '', value = ''] = match;
    const name = rawName.toUpperCase();
    if (name === 'BEGIN' && /^vcard$/i.test(value.trim())) card = [];
    else if (name === 'END' && card) {
      const person = personOf(card);
      if (person) people.push(person);
      card = null;
    } else card?.push({ name, params, value });
  }
  return people;
}
