'use client';

import { forwardRef, useRef, type ComponentPropsWithoutRef } from 'react';
import { useIsomorphicLayoutEffect } from '../../../react/useIsomorphicLayoutEffect';
import { slotWithClassName } from '../../shared/slotWithClassName';
import {
  useUserInvitesTableData,
  useUserInvitesTableStateContext,
  useUserInvitesTableStatic,
} from '../userInvitesTableContext';

/**
 * Rows per page, "26–50 of 60", previous and next. Only when there is something to page:
 * nothing while loading, on an error or with no invites. The control a person used stays where
 * it was on screen once the other page is shown (a shorter page would leave it above the
 * viewport). Previous and next are `aria-disabled` at either end, so the one just used keeps
 * focus. Other props and `ref` go to the `<nav>`.
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
    const { rows, total, phase, isPlaceholderData } = useUserInvitesTableData(
      'UserInvitesTablePagination',
    );
    // The control used, and how far from the top of the viewport it was.
    const used = useRef<[HTMLElement, number]>(null);
    const keep = ({ currentTarget }: { currentTarget: HTMLElement }) => {
      used.current = [currentTarget, currentTarget.getBoundingClientRect().top];
    };
    // Before paint, once the page asked for is shown (not the previous one kept meanwhile): back
    // where it was, as far as the page can scroll.
    useIsomorphicLayoutEffect(() => {
      const [control, top] = used.current ?? [];
      if (!control || isPlaceholderData) return;
      used.current = null;
      scrollBy(0, control.getBoundingClientRect().top - top!);
    }, [rows, isPlaceholderData]);
    if (phase !== 'ready') return null;
    const offset = page * pageSize;
    const last = offset + pageSize >= total;
    // aria-disabled, not disabled: a button that the new page turns off keeps focus (a disabled
    // one drops it to the page), and a screen reader still finds it, unavailable.
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
            onChange={(event) => {
              keep(event);
              setPageSize(Number(event.target.value));
            }}
          >
            {[...new Set([...pageSizes, pageSize])].map((size) => (
              <option key={size} value={size}>
                {i18n.formatNumber(size)}
              </option>
            ))}
          </select>
        </label>
        <span {...slot('range')}>
          {i18n.t('table.range', {
            from: offset + 1,
            to: Math.min(offset + rows.length, total),
            total,
          })}
        </span>
        <button
          type="button"
          {...button}
          aria-disabled={!page}
          onClick={(event) => {
            if (!page) return;
            keep(event);
            setPage(page - 1);
          }}
        >
          {i18n.t('table.previous')}
        </button>
        <button
          type="button"
          {...button}
          aria-disabled={last}
          onClick={(event) => {
            if (last) return;
            keep(event);
            setPage(page + 1);
          }}
        >
          {i18n.t('table.next')}
        </button>
      </nav>
    );
  },
);
UserInvitesTablePagination.displayName = 'UserInvitesTablePagination';
