'use client';

import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { slotWithClassName } from '../../shared/slotWithClassName';
import {
  useUserInvitesTableData,
  useUserInvitesTableStateContext,
  useUserInvitesTableStatic,
} from '../userInvitesTableContext';

/**
 * Rows per page, "26–50 of 60", previous and next. Only when there is something to page:
 * nothing while loading, on an error or with no invites. Other props and `ref` go to the `<nav>`.
 *
 * @example
 * ```tsx
 * <UserInvitesTablePagination className="justify-between" />
 * ```
 */
export const UserInvitesTablePagination = forwardRef<HTMLElement, ComponentPropsWithoutRef<'nav'>>(
  function UserInvitesTablePagination({ className, ...props }, ref) {
    const { slot, i18n, pageSizes } = useUserInvitesTableStatic('UserInvitesTablePagination');
    const { page, pageSize, setPage, setPageSize } = useUserInvitesTableStateContext(
      'UserInvitesTablePagination',
    );
    const { rows, total, phase } = useUserInvitesTableData('UserInvitesTablePagination');
    if (phase !== 'ready') return null;
    const offset = page * pageSize;
    const from = offset + 1;
    const to = Math.min(offset + rows.length, total);
    const button = slot('pageButton', 'iw-button');
    return (
      <nav
        aria-label={i18n.t('table.pagination')}
        {...props}
        ref={ref}
        {...slotWithClassName(slot('pagination'), className)}
      >
        <label {...slot('pageSize')}>
          {i18n.t('table.pageSize')}
          <select
            {...slot('pageSizeSelect', 'iw-control')}
            value={pageSize}
            onChange={(event) => setPageSize(Number(event.target.value))}
          >
            {[...new Set([...pageSizes, pageSize])].map((size) => (
              <option key={size} value={size}>
                {i18n.formatNumber(size)}
              </option>
            ))}
          </select>
        </label>
        <span {...slot('range')}>{i18n.t('table.range', { from, to, total })}</span>
        <button type="button" {...button} disabled={page === 0} onClick={() => setPage(page - 1)}>
          {i18n.t('table.previous')}
        </button>
        <button
          type="button"
          {...button}
          disabled={offset + pageSize >= total}
          onClick={() => setPage(page + 1)}
        >
          {i18n.t('table.next')}
        </button>
      </nav>
    );
  },
);
UserInvitesTablePagination.displayName = 'UserInvitesTablePagination';
