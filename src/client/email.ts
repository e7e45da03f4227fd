// Between '!' and '~': printable ASCII, no space.
const PRINTABLE_ASCII = /^[!-~]+$/;
// What the URL parser turns a domain ending in a number into: an IPv4 address, not a name.
const IPV4 = /^\d+\.\d+\.\d+\.\d+$/;

// Any UTF-16 code unit beyond ASCII.
const NON_ASCII = /[\u0080-\uffff]/;
// ASCII a domain may hold is letters, digits, '-' and '.'; any other would be read by the URL
// parser as a port, a path, a query or a percent escape instead of failing.
const DOMAIN_CHARACTERS = /^(?:[a-zA-Z0-9.-]|[\u0080-\uffff])*$/;
// The dots that separate labels: '.', and the ideographic and full-width ones.
const LABEL_DOTS = /[.\u3002\uFF0E\uFF61]/;

/**
 * The ASCII (punycode) form of an internationalised domain, as browsers and Node compute it
 * (UTS #46 through the WHATWG URL parser); an ASCII domain comes back as it is, and one that
 * cannot be converted gives null.
 */
function domainToAscii(domain: string): string | null {
  if (!NON_ASCII.test(domain)) return domain;
  if (!DOMAIN_CHARACTERS.test(domain)) return null;
  // The URL parser lets a label start or end with '-' (`-bücher.de`, or a full-width '－',
  // which it maps to '-' as NFKC does); a domain name may not.
  const labels = domain.normalize('NFKC').split(LABEL_DOTS);
  if (labels.some((label) => label.startsWith('-') || label.endsWith('-'))) return null;
  let hostname: string;
  try {
    hostname = new URL(`http://${domain}`).hostname;
  } catch {
    return null;
  }
  if (!PRINTABLE_ASCII.test(hostname) || IPV4.test(hostname)) return null;
  return hostname;
}

/** The trimmed address with its domain in ASCII, or null when the domain cannot be converted. */
function asciiForm(email: string): string | null {
  const trimmed = email.trim();
  const at = trimmed.lastIndexOf('@');
  if (at < 0) return trimmed;
  const domain = domainToAscii(trimmed.slice(at + 1));
  return domain === null ? null : `${trimmed.slice(0, at + 1)}${domain}`;
}

/**
 * The form an address is sent in: trimmed, with an internationalised domain in its ASCII
 * (punycode) form, as mail servers expect it. An address with an ASCII domain comes back
 * trimmed and otherwise as written; one whose domain cannot be converted comes back trimmed
 * (and `isValidEmail` rejects it). The local part is never changed.
 *
 * @example
 * ```ts
 * toAsciiEmail('anna@bücher.de'); // 'anna@xn--bcher-kva.de'
 * toAsciiEmail(' Ada@Example.com '); // 'Ada@Example.com'
 * ```
 */
export function toAsciiEmail(email: string): string {
  return asciiForm(email) ?? email.trim();
}

/**
 * The form an address is compared in: trimmed and lower-cased, with an internationalised domain
 * in its ASCII (punycode) form, so `Ada@Example.com ` and `ada@example.com` are the same person,
 * and so are `Anna@Bücher.de` and `anna@xn--bcher-kva.de`.
 *
 * @example
 * ```ts
 * normalizeEmail('  Ada@Example.COM '); // 'ada@example.com'
 * normalizeEmail('Anna@Bücher.de'); // 'anna@xn--bcher-kva.de'
 * ```
 */
export function normalizeEmail(email: string): string {
  return toAsciiEmail(email).toLowerCase();
}

// Pragmatic check, close to the HTML spec's `type=email` rule, plus a dot in the domain:
// what a person types by mistake fails, every real address passes. It runs on the ASCII form.
const EMAIL_PATTERN =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

/**
 * True when `email` (after trimming) looks like a deliverable address. An internationalised
 * domain (`anna@bücher.de`) is checked in its ASCII form; the local part must be ASCII.
 *
 * @example
 * ```ts
 * isValidEmail('ada@example.com'); // true
 * isValidEmail('anna@bücher.de'); // true
 * isValidEmail('ada@example'); // false
 * ```
 */
export function isValidEmail(email: string): boolean {
  const ascii = asciiForm(email);
  if (ascii === null || ascii.length > 254) return false;
  const local = ascii.slice(0, ascii.lastIndexOf('@'));
  if (local.length > 64 || local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return false;
  }
  return EMAIL_PATTERN.test(ascii);
}

// Characters that show as nothing but make an address invalid or a name differ: zero-width
// space, non-joiner and joiner, word joiner and invisible operators, byte order mark, soft
// hyphen, Mongolian vowel separator, and the bidirectional marks, embeddings and isolates.
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * `text` without zero-width and other invisible characters (a zero-width space pasted from a
 * chat, a byte order mark from a CSV, bidi marks), which would make an address silently invalid.
 *
 * @example
 * ```ts
 * stripInvisible('ada\u200b@example.com'); // 'ada@example.com'
 * ```
 */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}
