import { defaultMessages, type InviteMessages, type Message, type MessageKey } from './messages';

/**
 * Values a message's `{placeholders}` take.
 *
 * @example
 * ```ts
 * const values: MessageValues = { email: 'ada@example.com', count: 3 };
 * ```
 */
export type MessageValues = Record<string, string | number>;

/**
 * Everything components need to turn data into text: messages, numbers, dates and relative
 * times, all in one locale and time zone so a server and a browser render the same words.
 *
 * @example
 * ```ts
 * const i18n = createInviteI18n({ locale: 'en-US', timeZone: 'UTC' });
 * i18n.t('common.people', { count: 12 }); // '12 people'
 * ```
 */
export interface InviteI18n {
  locale: string;
  timeZone: string | undefined;
  /** Text direction of the locale. */
  dir: 'ltr' | 'rtl';
  messages: InviteMessages;
  /** The message `key`, with its placeholders filled (and its plural form chosen by `count`). */
  t(key: MessageKey, values?: MessageValues): string;
  formatNumber(value: number): string;
  /** An absolute date and time, such as "Nov 21, 2026, 7:23 PM". */
  formatDateTime(date: string | number | Date): string;
  /** A relative time, such as "3 days ago" or "in 2 hours", measured from `now`. */
  formatRelativeTime(date: string | number | Date, now?: number | Date): string;
  /** A duration to wait, such as "42 seconds" or "3 minutes". */
  formatDuration(ms: number): string;
}

/**
 * Options of {@link createInviteI18n}.
 *
 * @example
 * ```ts
 * const options: InviteI18nOptions = { locale: 'de-DE', messages: { 'status.pending': 'Offen' } };
 * ```
 */
export interface InviteI18nOptions {
  locale?: string;
  timeZone?: string;
  messages?: Partial<InviteMessages>;
}

const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'ks',
  'ku',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

/**
 * The text direction of a locale.
 *
 * @example
 * ```ts
 * localeDirection('ar-EG'); // 'rtl'
 * ```
 */
export function localeDirection(locale: string): 'ltr' | 'rtl' {
  const language = locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3_600_000],
  ['month', 30 * 24 * 3_600_000],
  ['week', 7 * 24 * 3_600_000],
  ['day', 24 * 3_600_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/** What a date that is unknown reads as. */
const UNKNOWN_DATE = '—';

function toMs(date: string | number | Date): number {
  return typeof date === 'number'
    ? date
    : typeof date === 'string'
      ? Date.parse(date)
      : date.getTime();
}

/**
 * Builds the {@link InviteI18n} the provider hands to every component. Message overrides are
 * merged over {@link defaultMessages}.
 *
 * @example
 * ```ts
 * const { t } = createInviteI18n({ messages: { 'status.pending': 'Waiting' } });
 * t('status.pending'); // 'Waiting'
 * ```
 */
export function createInviteI18n(options: InviteI18nOptions = {}): InviteI18n {
  const locale = options.locale ?? 'en-US';
  const timeZone = options.timeZone;
  const messages = { ...defaultMessages, ...options.messages } as InviteMessages;
  const plurals = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const dateTimes = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });

  const formatNumber = (value: number) => numbers.format(value);

  const t = (key: MessageKey, values: MessageValues = {}) => {
    const message: Message | undefined = messages[key];
    if (message === undefined) return key;
    let template: string;
    if (typeof message === 'string') {
      template = message;
    } else {
      const count = Number(values.count ?? 0);
      const exact = count === 0 ? message.zero : undefined;
      template = exact ?? message[plurals.select(count)] ?? message.other;
    }
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? formatNumber(value) : value;
    });
  };

  return {
    locale,
    timeZone,
    dir: localeDirection(locale),
    messages,
    t,
    formatNumber,
    // An unknown date (the data boundary gives `''` for a missing or invalid one) reads as a
    // dash, never as "Invalid Date" or a thrown RangeError.
    formatDateTime: (date) => {
      const ms = toMs(date);
      return Number.isFinite(ms) ? dateTimes.format(ms) : UNKNOWN_DATE;
    },
    formatRelativeTime(date, now = Date.now()) {
      const diff = toMs(date) - toMs(now);
      if (!Number.isFinite(diff)) return UNKNOWN_DATE;
      for (const [unit, size] of RELATIVE_UNITS) {
        if (Math.abs(diff) >= size || unit === 'second') {
          return relative.format(Math.round(diff / size), unit);
        }
      }
      return relative.format(0, 'second');
    },
    formatDuration(ms) {
      const seconds = Math.max(1, Math.ceil(ms / 1000));
      const [value, unit] =
        seconds < 90
          ? [seconds, 'second']
          : seconds < 5400
            ? [Math.ceil(seconds / 60), 'minute']
            : [Math.ceil(seconds / 3600), 'hour'];
      return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(
        value,
      );
    },
  };
}
