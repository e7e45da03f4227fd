import type { InviteMessages } from './messages';

/**
 * Message catalogues by locale: `{ de, fr, 'pt-BR': ptBR }`. The provider takes the one that
 * matches its `locale`, from the most specific tag to the language alone (`pt-BR`, then `pt`),
 * and English where none matches. Keys are BCP 47 tags, compared case-insensitively.
 *
 * @example
 * ```tsx
 * import de from 'invite-widgets/locales/de';
 * import ptBR from 'invite-widgets/locales/pt-BR';
 *
 * const messages: InviteMessagesByLocale = {
 *   de,
 *   'pt-BR': ptBR,
 *   en: { 'status.pending': 'Waiting' }, // an English override, used for en-US, en-GB, …
 * };
 * <InviteClientProvider client={client} tenantId="acme" locale={userLocale} messages={messages}>
 * ```
 */
export type InviteMessagesByLocale = Readonly<Record<string, Partial<InviteMessages>>>;

/**
 * What the provider's `messages` accepts: one set of overrides for whatever the locale is (the
 * original form), or catalogues by locale.
 *
 * @example
 * ```ts
 * const one: InviteMessagesOption = { 'status.pending': 'Waiting' };
 * const byLocale: InviteMessagesOption = { de, fr };
 * ```
 */
export type InviteMessagesOption = Partial<InviteMessages> | InviteMessagesByLocale;

// Message keys always hold a dot ("status.pending"); locale tags never do.
function isByLocale(messages: InviteMessagesOption): messages is InviteMessagesByLocale {
  const keys = Object.keys(messages);
  return keys.length > 0 && keys.every((key) => !key.includes('.'));
}

/**
 * The messages for `locale`: `messages` itself when it is one set of overrides, else the
 * catalogue of the closest locale in the map (`zh-Hant-TW`, `zh-Hant`, `zh`), else `undefined`
 * (English).
 *
 * @example
 * ```ts
 * pickLocaleMessages({ pt: pt, de }, 'pt-BR'); // pt
 * pickLocaleMessages({ de }, 'fr-FR'); // undefined: English
 * pickLocaleMessages({ 'status.pending': 'Waiting' }, 'de'); // the overrides, in any locale
 * ```
 */
export function pickLocaleMessages(
  messages: InviteMessagesOption | undefined,
  locale: string,
): Partial<InviteMessages> | undefined {
  if (!messages || !isByLocale(messages)) return messages;
  const byTag = new Map(
    Object.entries(messages).map(([tag, catalog]) => [
      tag.replace(/_/g, '-').toLowerCase(),
      catalog,
    ]),
  );
  const subtags = locale.replace(/_/g, '-').toLowerCase().split('-');
  for (let length = subtags.length; length > 0; length--) {
    const catalog = byTag.get(subtags.slice(0, length).join('-'));
    if (catalog) return catalog;
  }
  return undefined;
}
