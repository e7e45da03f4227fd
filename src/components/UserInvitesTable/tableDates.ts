import type { InviteI18n } from '../../i18n/format';

const stableFormats = new WeakMap<InviteI18n, Intl.DateTimeFormat>();

/**
 * A date that reads the same on a server and in any browser: in the provider's `timeZone`, or
 * in UTC when it has none. Shown until hydration; relative times ("3 days ago") after it.
 *
 * @example
 * ```ts
 * stableDate(i18n, invite.createdAt); // 'Mar 10, 2026'
 * ```
 */
export function stableDate(i18n: InviteI18n, date: string): string {
  let format = stableFormats.get(i18n);
  if (!format) {
    format = new Intl.DateTimeFormat(i18n.locale, {
      dateStyle: 'medium',
      timeZone: i18n.timeZone ?? 'UTC',
    });
    stableFormats.set(i18n, format);
  }
  const ms = Date.parse(date);
  return Number.isFinite(ms) ? format.format(ms) : '—';
}
