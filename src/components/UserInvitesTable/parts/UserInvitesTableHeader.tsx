'use client';

import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { headerText } from '../userInvitesTableColumns';
import {
  useUserInvitesTableStateContext,
  useUserInvitesTableStatic,
} from '../userInvitesTableContext';
import type { UserInvitesTableColumn } from '../userInvitesTableProps';

/**
 * The `<thead>`: a header per column; sortable ones are buttons with `aria-sort` on their
 * header and an arrow icon. In a narrow container the same buttons are the visible sort bar
 * above the stacked rows. Other props and `ref` go to the `<thead>`.
 *
 * @example
 * ```tsx
 * <table><UserInvitesTableHeader /><tbody>…</tbody></table>
 * ```
 */
export const UserInvitesTableHeader = forwardRef<
  HTMLTableSectionElement,
  ComponentPropsWithoutRef<'thead'>
>(function UserInvitesTableHeader({ className, ...props }, ref) {
  const { slot, i18n, columns } = useUserInvitesTableStatic('UserInvitesTableHeader');
  const { order, toggleSort } = useUserInvitesTableStateContext('UserInvitesTableHeader');
  const headerOf = (column: UserInvitesTableColumn) => headerText(i18n, column);
  return (
    <thead {...props} ref={ref} {...slotWithClassName(slot('head'), className)}>
      <tr {...slot('row')}>
        {columns.map((column) => {
          const field = column.sortField;
          const sorted =
            field && order.field === field
              ? order.direction === 'asc'
                ? 'ascending'
                : 'descending'
              : undefined;
          return (
            <th
              key={column.id}
              {...slot('headerCell')}
              scope="col"
              data-column={column.id}
              aria-sort={field ? (sorted ?? 'none') : undefined}
            >
              {field ? (
                <button
                  type="button"
                  {...slot('sortButton')}
                  data-state={sorted ?? 'none'}
                  onClick={() => toggleSort(field)}
                >
                  {headerOf(column)}
                </button>
              ) : (
                headerOf(column)
              )}
            </th>
          );
        })}
      </tr>
    </thead>
  );
});
UserInvitesTableHeader.displayName = 'UserInvitesTableHeader';
