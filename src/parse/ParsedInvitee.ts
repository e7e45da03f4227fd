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
  /**
   * The address with its internationalised domain in ASCII (punycode) form, the form to check
   * and send (`anna@xn--bcher-kva.de` for `anna@bücher.de`). Set only when it differs from
   * `email`, so `entry.asciiEmail ?? entry.email` is always the form to send.
   */
  asciiEmail?: string;
  firstName?: string;
  lastName?: string;
  /** A role key, from a CSV `role` column. */
  roleKey?: string;
  /** An email language, from a CSV `locale` column. */
  locale?: string;
}
