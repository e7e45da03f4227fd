/**
 * The form an address is compared in: trimmed and lower-cased, so `Ada@Example.com ` and
 * `ada@example.com` are the same person.
 *
 * @example
 * ```ts
 * normalizeEmail('  Ada@Example.COM '); // 'ada@example.com'
 * ```
 */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

// Pragmatic check, close to the HTML spec's `type=email` rule, plus a dot in the domain:
// what a person types by mistake fails, every real address passes.
const EMAIL_PATTERN =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

/**
 * True when `email` (after trimming) looks like a deliverable address.
 *
 * @example
 * ```ts
 * isValidEmail('ada@example.com'); // true
 * isValidEmail('ada@example'); // false
 * ```
 */
export function isValidEmail(email: string): boolean {
  const trimmed = email.trim();
  if (trimmed.length > 254) return false;
  const local = trimmed.slice(0, trimmed.lastIndexOf('@'));
  if (local.length > 64 || local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return false;
  }
  return EMAIL_PATTERN.test(trimmed);
}
