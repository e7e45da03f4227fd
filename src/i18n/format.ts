import { pickLocaleMessages, type InviteMessagesOption } from './pickLocaleMessages';
import { type InviteMessages, type Message, type MessageKey, type PluralMessage } from './messages';

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
  /**
   * The messages it knows: the English defaults of the components using it (every message, from
   * `createInviteI18n`) with the host's overrides over them.
   */
  messages: Partial<InviteMessages>;
  /**
   * The message `key`, with its placeholders filled (and its plural form chosen by `count`).
   * In a right-to-left locale each text value is wrapped in Unicode isolates (U+2068 … U+2069),
   * which nothing displays, so an address keeps the punctuation around it in place.
   */
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
  /** Overrides of the English messages, or catalogues by locale (see `InviteMessagesByLocale`). */
  messages?: InviteMessagesOption;
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

/** The one number a plural form without `{count}` can stand for, by category. */
const EXACT_COUNT: Partial<Record<Intl.LDMLPluralRule, number>> = { zero: 0, one: 1, two: 2 };

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
 * Builds an {@link InviteI18n} over the given English `defaults`, with the host's overrides
 * (or its catalogue for the locale) merged over them. `createInviteI18n` passes every message;
 * each component passes only its own area, so its page does not carry the others.
 *
 * @example
 * ```ts
 * const i18n = buildInviteI18n(defaultMessages, { locale: 'de-DE' });
 * ```
 */
export function buildInviteI18n(
  defaults: Partial<InviteMessages>,
  options: InviteI18nOptions = {},
): InviteI18n {
  const locale = options.locale ?? 'en-US';
  const timeZone = options.timeZone;
  const messages: Partial<InviteMessages> = {
    ...defaults,
    ...pickLocaleMessages(options.messages, locale),
  };
  const plurals = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  // Made on first use: a table shows exact times only in tooltips.
  let dateTimes: Intl.DateTimeFormat | undefined;
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  // A page of rows repeats the same few phrases ("2 days ago"); Intl's formatting is the cost.
  const relativeTexts = new Map<string, string>();
  const formatRelative = (value: number, unit: Intl.RelativeTimeFormatUnit) => {
    const key = `${Object.is(value, -0) ? '-0' : value} ${unit}`;
    let text = relativeTexts.get(key);
    if (text === undefined) {
      text = relative.format(value, unit);
      relativeTexts.set(key, text);
    }
    return text;
  };

  const formatNumber = (value: number) => numbers.format(value);
  const dir = localeDirection(locale);

  // `zero` is the text for exactly 0 in every language; every other count takes the form of
  // its Intl.PluralRules category. A form that never shows `{count}` names one number ("Send
  // invite", Arabic's dual), so a count it does not name (French and Portuguese put 0 under
  // `one`, Latvian puts 10 under `zero`) takes `other` instead of a sentence about a number
  // it does not show.
  const pluralForm = (message: PluralMessage, count: number): string => {
    if (count === 0 && message.zero !== undefined) return message.zero;
    const category = plurals.select(count);
    const form = message[category];
    if (form === undefined) return message.other;
    const named = EXACT_COUNT[category];
    return named !== undefined && named !== count && !form.includes('{count}')
      ? message.other
      : form;
  };

  const t = (key: MessageKey, values: MessageValues = {}) => {
    const message: Message | undefined = messages[key];
    if (message === undefined) return key;
    const template =
      typeof message === 'string' ? message : pluralForm(message, Number(values.count ?? 0));
    // Most texts have no placeholder ("Resend", "Pending"): no pattern to run on them.
    if (!template.includes('{')) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      if (typeof value === 'number') return formatNumber(value);
      // An address or a name inside right-to-left text is isolated, so its own direction
      // cannot pull the punctuation around it to the wrong side.
      return dir === 'rtl' ? `\u2068${value}\u2069` : value;
    });
  };

  return {
    locale,
    timeZone,
    dir,
    messages,
    t,
    formatNumber,
    // An unknown date (the data boundary gives `''` for a missing or invalid one) reads as a
    // dash, never as "Invalid Date" or a thrown RangeError.
    formatDateTime: (date) => {
      const ms = toMs(date);
      if (!Number.isFinite(ms)) return UNKNOWN_DATE;
      dateTimes ??= new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone,
      });
      return dateTimes.format(ms);
    },
    formatRelativeTime(date, now = Date.now()) {
      const diff = toMs(date) - toMs(now);
      if (!Number.isFinite(diff)) return UNKNOWN_DATE;
      for (const [unit, size] of RELATIVE_UNITS) {
        if (Math.abs(diff) >= size || unit === 'second') {
          return formatRelative(Math.round(diff / size), unit);
        }
      }
      return formatRelative(0, 'second');
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
