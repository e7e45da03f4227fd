'use client';

import type { InviteI18n } from '../../i18n/format';
import { tableActionMessages } from '../../i18n/messages/tableActionMessages';
import { tableMessages } from '../../i18n/messages/tableMessages';
import { useAreaI18n } from '../../i18n/useAreaI18n';

// The table's words and its actions', for the parts that load when an action is at hand.
const TABLE_ACTION_MESSAGES = { ...tableMessages, ...tableActionMessages };

/**
 * The text helpers of the row menu, the table's dialogs and the bulk bar: the table's words and
 * their own, which load with them rather than with the page.
 *
 * @example
 * ```tsx
 * const i18n = useTableActionsI18n();
 * i18n.t('table.confirm.no'); // 'Keep it'
 * ```
 */
export function useTableActionsI18n(): InviteI18n {
  return useAreaI18n(TABLE_ACTION_MESSAGES);
}
