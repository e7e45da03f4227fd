/**
 * The email languages offered when the host names none: the form's and the edit dialog's.
 *
 * @example
 * ```ts
 * DEFAULT_EMAIL_LOCALES.includes('de-DE'); // true
 * ```
 */
export const DEFAULT_EMAIL_LOCALES: readonly string[] = [
  'en-US',
  'en-GB',
  'de-DE',
  'fr-FR',
  'es-ES',
  'ja-JP',
];

/**
 * A language's name in `displayLocale` ("German" for `de-DE` in English), for a choice of email
 * language. The code itself when Intl cannot name it: a backend may store a tag Intl refuses
 * (`Intl.DisplayNames#of` throws on a malformed one), and a list must still open.
 *
 * @example
 * ```ts
 * languageName('en-US', 'de-DE'); // 'German (Germany)'
 * languageName('en-US', 'not a tag'); // 'not a tag'
 * ```
 */
export function languageName(displayLocale: string, code: string): string {
  try {
    return new Intl.DisplayNames([displayLocale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
