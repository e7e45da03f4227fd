'use client';

import type { InviteContextValue } from '../react/inviteContext';
import { useInviteContext } from '../react/useInviteContext';
import { getOrCreate } from '../shared/getOrCreate';
import { buildInviteI18n, type InviteI18n } from './format';
import type { InviteMessages } from './messages';
import { commonMessages } from './messages/commonMessages';

// One set of text helpers (and Intl formatters) per provider value and area, however many
// components ask: a table of 100 badges builds them once.
const cache = new WeakMap<InviteContextValue, WeakMap<object, InviteI18n>>();

/**
 * The text helpers of the nearest provider over one area's English messages (with the shared
 * statuses and errors): a component passes only the catalogue it shows (`tableMessages`…), so
 * its page carries no other words. `area` must be a module-level constant: it keys the cache.
 *
 * @example
 * ```tsx
 * function Empty() {
 *   const i18n = useAreaI18n(tableMessages);
 *   return <p>{i18n.t('table.empty')}</p>;
 * }
 * ```
 */
export function useAreaI18n(area: Partial<InviteMessages>): InviteI18n {
  const context = useInviteContext();
  const byArea = getOrCreate(cache, context, () => new WeakMap<object, InviteI18n>());
  return getOrCreate(byArea, area, () =>
    buildInviteI18n(
      { ...commonMessages, ...area },
      { locale: context.locale, timeZone: context.timeZone, messages: context.messages },
    ),
  );
}
