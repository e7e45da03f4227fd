'use client';

import type { InviteContextValue } from '../react/inviteContext';
import { useInviteContext } from '../react/useInviteContext';
import { getOrCreate } from '../shared/getOrCreate';
import { createInviteI18n, type InviteI18n } from './format';

// One set of text helpers (and Intl formatters) per provider value, however many components
// ask: a table of 100 badges builds them once. Kept out of the provider so that hooks alone
// never carry the message catalogue.
const cache = new WeakMap<InviteContextValue, InviteI18n>();

/**
 * The text helpers of the nearest provider: messages (with the host's overrides), plurals,
 * numbers, dates and relative times in its locale and time zone.
 *
 * @example
 * ```tsx
 * function PendingCount({ count }: { count: number }) {
 *   const i18n = useInviteI18n();
 *   return <span>{i18n.t('common.people', { count })}</span>;
 * }
 * ```
 */
export function useInviteI18n(): InviteI18n {
  const context = useInviteContext();
  return getOrCreate(cache, context, () =>
    createInviteI18n({
      locale: context.locale,
      timeZone: context.timeZone,
      messages: context.messages,
    }),
  );
}
