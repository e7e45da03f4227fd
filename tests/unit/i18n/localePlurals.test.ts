import { createInviteI18n } from '../../../src/i18n/createInviteI18n';
import ar from '../../../src/locales/ar';
import de from '../../../src/locales/de';
import es from '../../../src/locales/es';
import fr from '../../../src/locales/fr';
import ja from '../../../src/locales/ja';
import ptBR from '../../../src/locales/pt-BR';
import zhCN from '../../../src/locales/zh-CN';

const counts = (i18n: ReturnType<typeof createInviteI18n>, key: 'common.people', ns: number[]) =>
  ns.map((count) => i18n.t(key, { count }));

describe('plural forms of the shipped catalogues', () => {
  it('Arabic: none, one, two, 3–10, 11–99 and 100 up each read their own form', () => {
    const i18n = createInviteI18n({ locale: 'ar', messages: { ar } });
    expect(counts(i18n, 'common.people', [0, 1, 2, 3, 10, 11, 99, 100, 102, 103])).toEqual([
      'لا أحد',
      'شخص واحد',
      'شخصان',
      '3 أشخاص',
      '10 أشخاص',
      '11 شخصًا',
      '99 شخصًا',
      '100 شخص',
      '102 شخص',
      '103 أشخاص',
    ]);
    expect(i18n.t('form.submit', { count: 2 })).toBe('إرسال دعوتين');
    expect(i18n.t('form.submit', { count: 0 })).toBe('إرسال الدعوات');
  });

  it('French and Portuguese: 0 and 1 take `one`, round millions take `many`', () => {
    const french = createInviteI18n({ locale: 'fr-FR', messages: { fr } });
    expect(counts(french, 'common.people', [0, 1, 2, 1_000_000])).toEqual([
      '0 personne',
      '1 personne',
      '2 personnes',
      '1\u202f000\u202f000 de personnes',
    ]);
    const brazilian = createInviteI18n({ locale: 'pt-BR', messages: { 'pt-BR': ptBR } });
    expect(counts(brazilian, 'common.people', [0, 1, 5, 2_000_000])).toEqual([
      '0 pessoa',
      '1 pessoa',
      '5 pessoas',
      '2.000.000 de pessoas',
    ]);
  });

  it('Spanish and German: only 1 is singular; Spanish millions take `many`', () => {
    const spanish = createInviteI18n({ locale: 'es', messages: { es } });
    expect(counts(spanish, 'common.people', [0, 1, 2, 1_000_000])).toEqual([
      '0 personas',
      '1 persona',
      '2 personas',
      '1.000.000 de personas',
    ]);
    const german = createInviteI18n({ locale: 'de', messages: { de } });
    expect(counts(german, 'common.people', [0, 1, 1234])).toEqual([
      '0 Personen',
      '1 Person',
      '1.234 Personen',
    ]);
  });

  it('Japanese and Chinese: one form for every count, `zero` still for exactly 0', () => {
    const japanese = createInviteI18n({ locale: 'ja-JP', messages: { ja } });
    expect(counts(japanese, 'common.people', [1, 2, 1000])).toEqual(['1人', '2人', '1,000人']);
    expect(japanese.t('form.submit', { count: 0 })).toBe('招待を送信');
    expect(japanese.t('form.submit', { count: 1 })).toBe('1件の招待を送信');
    const chinese = createInviteI18n({ locale: 'zh-CN', messages: { 'zh-CN': zhCN } });
    expect(chinese.t('form.sent', { count: 1, email: 'ada@example.com' })).toBe(
      '已发送 1 个邀请。',
    );
  });

  it('`zero` is exactly 0, before the category French gives 0', () => {
    const french = createInviteI18n({ locale: 'fr', messages: { fr } });
    expect(french.t('form.submit', { count: 0 })).toBe('Envoyer les invitations');
    expect(french.t('form.submit', { count: 1 })).toBe('Envoyer l’invitation');
    expect(french.t('form.submit', { count: 3 })).toBe('Envoyer 3 invitations');
  });
});

describe('a plural form without {count}', () => {
  it('stands for its one number only; other counts of its category read `other`', () => {
    const french = createInviteI18n({ locale: 'fr', messages: { fr } });
    // French files 0 under `one`, whose text here is about one address.
    expect(french.t('form.group.removeInvalid', { count: 0 })).toBe(
      'Retirer toutes les adresses non valides',
    );
    expect(french.t('form.group.removeInvalid', { count: 1 })).toBe('Retirer l’adresse non valide');

    const russian = createInviteI18n({
      locale: 'ru',
      messages: { 'form.submit': { one: 'Отправить приглашение', other: 'Отправить: {count}' } },
    });
    expect(russian.t('form.submit', { count: 1 })).toBe('Отправить приглашение');
    expect(russian.t('form.submit', { count: 21 })).toBe('Отправить: 21');

    const latvian = createInviteI18n({
      locale: 'lv',
      messages: {
        'outbox.count': { zero: 'Nav e-pastu', one: '{count} e-pasts', other: '{count} e-pasti' },
      },
    });
    expect(latvian.t('outbox.count', { count: 0 })).toBe('Nav e-pastu');
    expect(latvian.t('outbox.count', { count: 10 })).toBe('10 e-pasti');
  });
});

describe('text values in right-to-left locales', () => {
  it('isolates addresses and names, so punctuation stays on its side; numbers as they are', () => {
    const arabic = createInviteI18n({ locale: 'ar', messages: { ar } });
    expect(arabic.t('table.live.accepted', { email: 'ada@example.com' })).toBe(
      'قبِل \u2068ada@example.com\u2069 دعوتك.',
    );
    expect(arabic.t('table.range', { from: 1, to: 10, total: 45 })).toBe('1–10 من 45');
    const english = createInviteI18n({ locale: 'en-US' });
    expect(english.t('table.live.accepted', { email: 'ada@example.com' })).toBe(
      'ada@example.com accepted your invite.',
    );
  });
});
