import type { defaultMessages, PluralMessage } from './messages';

type English = typeof defaultMessages;

/**
 * A complete message catalogue in one language: every key of the English one, so a key added
 * to the English messages is a type error in every catalogue until it is translated. A plural
 * message keeps the English `zero` form where there is one, because `zero` is also the text for
 * exactly 0 ("Send invites" rather than "Send 0 invites") in every language.
 *
 * @example
 * ```ts
 * import type { InviteLocaleMessages } from 'invite-widgets';
 *
 * export const nl: InviteLocaleMessages = {
 *   'status.pending': 'In afwachting',
 *   // … every other key
 * };
 * ```
 */
export type InviteLocaleMessages = {
  [K in keyof English]: English[K] extends string
    ? string
    : English[K] extends { zero: string }
      ? PluralMessage & { zero: string }
      : PluralMessage;
};
