import { defaultMessages, type Message, type PluralMessage } from '../../../src/i18n/messages';
import ar from '../../../src/locales/ar';
import de from '../../../src/locales/de';
import es from '../../../src/locales/es';
import fr from '../../../src/locales/fr';
import ja from '../../../src/locales/ja';
import ptBR from '../../../src/locales/pt-BR';
import zhCN from '../../../src/locales/zh-CN';

const catalogs: Record<string, Record<string, Message>> = {
  de,
  fr,
  es,
  'pt-BR': ptBR,
  ja,
  'zh-CN': zhCN,
  ar,
};
const english: Record<string, Message> = defaultMessages;
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

function forms(message: Message): [string, string][] {
  return typeof message === 'string'
    ? [['', message]]
    : CATEGORIES.flatMap((c) => (message[c] === undefined ? [] : [[c, message[c]!]]));
}

/** The English text a translated plural form stands for, when one count falls in it. */
function englishFor(message: PluralMessage, category: string): string {
  if (category === 'zero') return message.zero ?? message.other;
  if (category === 'one') return message.one ?? message.other;
  return message.other;
}

describe.each(Object.entries(catalogs))('the %s catalogue', (locale, catalog) => {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

  it('has every key of the English one, and no other', () => {
    expect(Object.keys(catalog).filter((key) => !(key in english))).toEqual([]);
    expect(Object.keys(english).filter((key) => !(key in catalog))).toEqual([]);
  });

  it('keeps plain messages plain and plural messages plural', () => {
    const mismatched = Object.keys(english).filter(
      (key) => key in catalog && typeof catalog[key] !== typeof english[key],
    );
    expect(mismatched).toEqual([]);
  });

  it('fills exactly the placeholders of the English text, never one it lacks', () => {
    const problems: string[] = [];
    for (const [key, source] of Object.entries(english)) {
      const target = catalog[key];
      if (target === undefined) continue;
      for (const [category, text] of forms(target)) {
        if (!text.trim()) problems.push(`${key} ${category}: empty`);
        if (typeof source === 'string') {
          if (placeholders(text).join() !== placeholders(source).join()) {
            problems.push(`${key}: {${placeholders(text)}} vs {${placeholders(source)}}`);
          }
          continue;
        }
        if (typeof target === 'string') continue;
        const allowed = placeholders(englishFor(source, category));
        const extra = placeholders(text).filter((name) => !allowed.includes(name));
        if (extra.length) problems.push(`${key} ${category}: {${extra}} is not in the English`);
        // Only the forms that stand for one exact number (zero, one, two) may leave a
        // placeholder out: "دعوتان", not "{count} دعوتان".
        if (['few', 'many', 'other'].includes(category)) {
          const missing = allowed.filter((name) => !placeholders(text).includes(name));
          if (missing.length) problems.push(`${key} ${category}: misses {${missing}}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it(`has a form for every plural category of ${locale}, and none it never uses`, () => {
    const problems: string[] = [];
    for (const [key, source] of Object.entries(english)) {
      const target = catalog[key];
      if (typeof source === 'string' || target === undefined || typeof target === 'string') {
        continue;
      }
      // `zero` also means "exactly 0", so a message that has it in English keeps it.
      const needed = new Set<string>([...categories, ...(source.zero ? ['zero'] : [])]);
      for (const category of needed) {
        if (target[category as keyof PluralMessage] === undefined) {
          problems.push(`${key}: no ${category}`);
        }
      }
      for (const [category] of forms(target)) {
        if (!needed.has(category) && category !== 'zero') {
          problems.push(`${key}: ${category} is never used in ${locale}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe.each(Object.entries({ en: english, ...catalogs }))('the %s labels', (_, catalog) => {
  // A button shows the short text and is named by the long one: the name must contain what a
  // person sees, so speech input ("click Resend") finds it (WCAG 2.5.3, axe's
  // label-content-name-mismatch).
  const visibleInName = [
    ['table.resend', 'table.resendTo'],
    ['table.resendIn', 'table.resendInTo'],
    ['outbox.accept.short', 'outbox.accept'],
    ['outbox.decline.short', 'outbox.decline'],
  ] as const;

  it.each(visibleInName)('the name of "%s" contains it', (visible, name) => {
    const text = (key: string) => String(catalog[key]).toLowerCase();
    expect(text(name)).toContain(text(visible));
  });
});

describe('typography of each language', () => {
  const texts = (catalog: Record<string, Message>) =>
    Object.values(catalog).flatMap((message) => forms(message).map(([, text]) => text));

  it('French puts a no-break space before : and a narrow one before ? ! ;', () => {
    const wrong = texts(fr).filter((text) => /[^\u00a0\u202f][:?!;]|[^\u00a0]:/.test(text));
    expect(wrong).toEqual([]);
  });

  it('Spanish opens every question and exclamation', () => {
    const wrong = texts(es).filter(
      (text) =>
        text.includes('?') !== text.includes('¿') || text.includes('!') !== text.includes('¡'),
    );
    expect(wrong).toEqual([]);
  });

  it('Japanese and Chinese use full-width ? ! : and Arabic its own ? , ;', () => {
    expect(texts(ja).filter((text) => /[?!:;]/.test(text))).toEqual([]);
    expect(texts(zhCN).filter((text) => /[?!:;]/.test(text))).toEqual([]);
    // The placeholder shows addresses as they are typed, with a Latin comma the parser reads.
    const { 'form.placeholder': placeholder, ...arabic } = ar;
    expect(placeholder).toMatch(/^[\x20-\x7e]+$/);
    expect(texts(arabic).filter((text) => /[?,;]/.test(text))).toEqual([]);
  });

  it('Arabic writes no digits of its own, so ar-EG shows Arabic-Indic digits throughout', () => {
    expect(texts(ar).filter((text) => /[0-9]/.test(text))).toEqual([]);
  });

  it('German says "Sie", never "du"; Brazilian Portuguese avoids European words', () => {
    expect(texts(de).filter((text) => /\b(du|dich|dir|dein\w*)\b/i.test(text))).toEqual([]);
    expect(
      texts(ptBR).filter((text) =>
        /\b(ficheiro|utilizador|ecrã|registo|contacto|equipa|tu|teu|tua)\b/i.test(text),
      ),
    ).toEqual([]);
  });
});
