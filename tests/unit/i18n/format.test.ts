import { createInviteI18n } from '../../../src/i18n/createInviteI18n';
import { localeDirection } from '../../../src/i18n/format';
import {
  describeInviteError,
  describeInviteErrorCode,
  statusLabel,
} from '../../../src/i18n/describeError';
import { defaultMessages } from '../../../src/i18n/messages';
import { InviteClientError } from '../../../src/client/errors';

describe('createInviteI18n', () => {
  it('fills placeholders and picks plural forms with the locale rules', () => {
    const en = createInviteI18n({ locale: 'en-US' });
    expect(en.t('common.people', { count: 1 })).toBe('1 person');
    expect(en.t('common.people', { count: 1234 })).toBe('1,234 people');
    expect(en.t('outbox.accept', { email: 'ada@example.com' })).toBe(
      'Accept invite for ada@example.com',
    );

    const pl = createInviteI18n({
      locale: 'pl-PL',
      messages: {
        'common.people': {
          one: '{count} osoba',
          few: '{count} osoby',
          many: '{count} osób',
          other: '{count} osoby',
        },
      },
    });
    expect(['1', '3', '5'].map((n) => pl.t('common.people', { count: Number(n) }))).toEqual([
      '1 osoba',
      '3 osoby',
      '5 osób',
    ]);
  });

  it('uses the zero form only when a message has one', () => {
    const i18n = createInviteI18n({
      messages: { 'outbox.count': { zero: 'No emails', other: '{count} emails' } },
    });
    expect(i18n.t('outbox.count', { count: 0 })).toBe('No emails');
    expect(createInviteI18n().t('outbox.count', { count: 0 })).toBe('0 emails');
  });

  it('overrides any subset of messages and keeps the rest', () => {
    const i18n = createInviteI18n({ messages: { 'status.pending': 'Waiting' } });
    expect(i18n.t('status.pending')).toBe('Waiting');
    expect(i18n.t('status.expired')).toBe(defaultMessages['status.expired']);
  });

  it('formats dates in the given time zone, the same on every machine', () => {
    const date = '2026-03-01T23:30:00Z';
    expect(createInviteI18n({ locale: 'en-US', timeZone: 'UTC' }).formatDateTime(date)).toBe(
      'Mar 1, 2026, 11:30 PM',
    );
    expect(createInviteI18n({ locale: 'en-US', timeZone: 'Asia/Tokyo' }).formatDateTime(date)).toBe(
      'Mar 2, 2026, 8:30 AM',
    );
    expect(createInviteI18n({ locale: 'de-DE', timeZone: 'UTC' }).formatDateTime(date)).toBe(
      '01.03.2026, 23:30',
    );
  });

  it('says relative times in the best unit, both ways', () => {
    const i18n = createInviteI18n({ locale: 'en-US' });
    const now = Date.parse('2026-03-10T12:00:00Z');
    expect(i18n.formatRelativeTime('2026-03-07T12:00:00Z', now)).toBe('3 days ago');
    expect(i18n.formatRelativeTime('2026-03-10T14:00:00Z', now)).toBe('in 2 hours');
    expect(i18n.formatRelativeTime('2026-03-09T12:00:00Z', now)).toBe('yesterday');
    expect(i18n.formatRelativeTime('2026-03-10T11:59:30Z', now)).toBe('30 seconds ago');
  });

  it('spells out how long to wait', () => {
    const i18n = createInviteI18n({ locale: 'en-US' });
    expect(i18n.formatDuration(42_000)).toBe('42 seconds');
    expect(i18n.formatDuration(1)).toBe('1 second');
    expect(i18n.formatDuration(5 * 60_000)).toBe('5 minutes');
    expect(i18n.formatDuration(3 * 3_600_000)).toBe('3 hours');
  });

  it('knows right-to-left locales', () => {
    expect(localeDirection('ar-EG')).toBe('rtl');
    expect(localeDirection('he')).toBe('rtl');
    expect(localeDirection('en-US')).toBe('ltr');
    expect(createInviteI18n({ locale: 'fa-IR' }).dir).toBe('rtl');
  });
});

describe('error and status text', () => {
  const i18n = createInviteI18n();

  it('describes every error code, with the wait of a rate limit', () => {
    expect(
      describeInviteError(
        i18n,
        new InviteClientError('rate_limited', 'x', { retryAfterMs: 42_000 }),
      ),
    ).toBe('Too many requests. Try again in 42 seconds.');
    expect(describeInviteErrorCode(i18n, 'rate_limited')).toBe(
      'Too many requests. Try again in a moment.',
    );
    expect(describeInviteError(i18n, new InviteClientError('network', 'x'))).toMatch(
      /couldn't reach the server/,
    );
    expect(describeInviteError(i18n, new Error('boom'))).toBe('Something went wrong. Try again.');
  });

  it('labels known statuses and shows an unknown one as its raw text', () => {
    expect(statusLabel(i18n, 'pending')).toBe('Pending');
    expect(statusLabel(i18n, 'archived')).toBe('archived');
  });
});

describe('unknown dates', () => {
  it('reads a missing or invalid date as a dash, never throwing', () => {
    const i18n = createInviteI18n({ timeZone: 'UTC' });
    expect(i18n.formatDateTime('')).toBe('—');
    expect(i18n.formatDateTime('not a date')).toBe('—');
    expect(i18n.formatRelativeTime('')).toBe('—');
    expect(i18n.formatDateTime('2026-03-01T00:00:00Z')).toMatch(/2026/);
  });
});

describe('status labels', () => {
  it('reads a status the boundary could not read as "Unknown", and a new one as itself', () => {
    const i18n = createInviteI18n();
    expect(statusLabel(i18n, '')).toBe('Unknown');
    expect(statusLabel(i18n, 'archived')).toBe('archived');
    expect(statusLabel(i18n, 'constructor')).toBe('constructor');
    expect(statusLabel(i18n, 'pending')).toBe('Pending');
  });
});
