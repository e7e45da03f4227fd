import { acceptMessages } from './messages/acceptMessages';
import { commonMessages } from './messages/commonMessages';
import { dialogMessages } from './messages/dialogMessages';
import { formMessages } from './messages/formMessages';
import { outboxMessages } from './messages/outboxMessages';
import { tableActionMessages } from './messages/tableActionMessages';
import { tableMessages } from './messages/tableMessages';

/**
 * A message whose wording depends on a count, chosen with `Intl.PluralRules`. `other` is
 * required; `{count}` is replaced by the count, formatted for the locale.
 *
 * @example
 * ```ts
 * const people: PluralMessage = { one: '{count} person', other: '{count} people' };
 * ```
 */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/**
 * A message: plain text with `{name}` placeholders, or a {@link PluralMessage}.
 *
 * @example
 * ```ts
 * const message: Message = 'Invite sent to {email}';
 * ```
 */
export type Message = string | PluralMessage;

/**
 * Every string the components show, in English. Keys are grouped by the part that shows them.
 * Override any subset through the provider's `messages` prop. Components import only their own
 * area (`./messages/`), so a page pays for the words it shows.
 *
 * @example
 * ```tsx
 * <InviteClientProvider client={client} tenantId="t1" messages={{ 'status.pending': 'Waiting' }}>
 * ```
 */
export const defaultMessages: typeof commonMessages &
  typeof formMessages &
  typeof dialogMessages &
  typeof tableMessages &
  typeof tableActionMessages &
  typeof acceptMessages &
  typeof outboxMessages = /* @__PURE__ */ Object.assign(
  {},
  commonMessages,
  formMessages,
  dialogMessages,
  tableMessages,
  tableActionMessages,
  acceptMessages,
  outboxMessages,
);

/**
 * The key of every message.
 *
 * @example
 * ```ts
 * const key: MessageKey = 'status.pending';
 * ```
 */
export type MessageKey = keyof typeof defaultMessages;

/**
 * The whole message catalogue, as a host can override it.
 *
 * @example
 * ```ts
 * const german: Partial<InviteMessages> = { 'status.pending': 'Ausstehend' };
 * ```
 */
export type InviteMessages = {
  [K in MessageKey]: (typeof defaultMessages)[K] extends string ? string : PluralMessage;
};
