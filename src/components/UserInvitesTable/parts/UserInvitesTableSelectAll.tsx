'use client';

import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useComposedRefs } from '../../shared/useComposedRefs';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { visuallyHidden } from '../../shared/visuallyHidden';
import {
  useUserInvitesTableData,
  useUserInvitesTableStateContext,
  useUserInvitesTableStatic,
} from '../userInvitesTableContext';

/**
 * The "select every invite on this page" checkbox of the select column's header; mixed when
 * some are. Absent while there is nothing to select (the header then names the column).
 *
 * @example
 * ```tsx
 * <th><UserInvitesTableSelectAll /></th>
 * ```
 */
export const UserInvitesTableSelectAll = forwardRef<
  HTMLInputElement,
  ComponentPropsWithoutRef<'input'>
>(function UserInvitesTableSelectAll({ className, ...props }, forwardedRef) {
  const { slot, i18n, commands } = useUserInvitesTableStatic('UserInvitesTableSelectAll');
  const { rows, phase } = useUserInvitesTableData('UserInvitesTableSelectAll');
  const { selected } = useUserInvitesTableStateContext('UserInvitesTableSelectAll');
  const count = rows.reduce((sum, invite) => sum + (selected.has(invite.id) ? 1 : 0), 0);
  const all = rows.length > 0 && count === rows.length;
  const mixed = count > 0 && !all;
  const ref = useComposedRefs(forwardedRef, (element: HTMLInputElement | null) => {
    if (element) element.indeterminate = mixed;
  });
  // Nothing to select: no checkbox, but the column header still says what the column is.
  if (phase !== 'ready') return <span style={visuallyHidden}>{i18n.t('table.selectPage')}</span>;
  return (
    <input
      type="checkbox"
      aria-label={i18n.t('table.selectPage')}
      {...props}
      ref={ref}
      {...slotWithClassName(slot('checkbox'), className)}
      checked={all}
      onChange={(event) => commands.toggleAll(event.currentTarget.checked)}
    />
  );
});
UserInvitesTableSelectAll.displayName = 'UserInvitesTableSelectAll';
