'use client';

import type { InviteI18n } from './format';
import { defaultMessages } from './messages';
import { useAreaI18n } from './useAreaI18n';

/**
 * The text helpers of the nearest provider: every message (with the host's overrides), plurals,
 * numbers, dates and relative times in its locale and time zone. Hooks never call it, so they
 * never carry the message catalogue.
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
  return useAreaI18n(defaultMessages);
}
