'use client';

import { forwardRef, useEffect, useRef, type ComponentPropsWithoutRef } from 'react';
import { lazyModule, useLoadedWhen } from '../../shared/lazyModule';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { useComposedRefs } from '../../shared/useComposedRefs';
import {
  useUserInvitesTableActivity,
  useUserInvitesTableStateContext,
  useUserInvitesTableStatic,
} from '../userInvitesTableContext';
import { tableDialogs } from './UserInvitesTableDialogs';
import { rowMenuContent } from './UserInvitesTableRowMenu';

/** The bar's code: fetched when the page is idle, or at the first selection. */
export const bulkBarContent = lazyModule(() => import('./UserInvitesTableBulkBarContent'));

/**
 * Bulk actions on the selected rows: "3 selected", Resend selected, Cancel selected (after a
 * confirmation with the count), Clear selection; while one runs, its progress ("Resending 12
 * of 25…") with the buttons disabled; then one summary of what was done ("Resent 25 invites.")
 * and what failed for whom, also said in the live region. A summary without failures goes by
 * itself after a few seconds; one with failures stays until dismissed. Nothing while nothing
 * is selected or reported (and until then, not even its code: it loads when the page is idle,
 * or with the first selection).
 *
 * When a part a person asked for (this bar, a row's menu, a dialog) could not be fetched, the
 * bar's place says so, with "Try again". Other props and `ref` go to the `<div>`.
 *
 * @example
 * ```tsx
 * <UserInvitesTableBulkBar className="sticky top-0" />
 * ```
 */
export const UserInvitesTableBulkBar = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function UserInvitesTableBulkBar(props, forwardedRef) {
    const { slot, i18n, commands, searchRef, unstyled } =
      useUserInvitesTableStatic('UserInvitesTableBulkBar');
    const { selected } = useUserInvitesTableStateContext('UserInvitesTableBulkBar');
    const { bulk, loadFailed } = useUserInvitesTableActivity('UserInvitesTableBulkBar');
    const barRef = useRef<HTMLDivElement>(null);
    const ref = useComposedRefs(forwardedRef, barRef);
    const wanted = selected.size > 0 || bulk !== null;
    // Not while the notice shows: once it goes (any part arrived), the bar is fetched again.
    const loaded = useLoadedWhen(bulkBarContent, wanted && !loadFailed, commands.reportLoad);
    // "Try again" worked: its button is gone with the notice, so focus goes on in the bar that
    // took its place, or to the search.
    const refocus = useRef(false);
    useEffect(() => {
      if (loadFailed || !refocus.current) return;
      refocus.current = false;
      (barRef.current?.querySelector('button') ?? searchRef.current)?.focus();
    }, [loadFailed, searchRef]);

    if (loadFailed) {
      const retry = () =>
        Promise.all([bulkBarContent, rowMenuContent, tableDialogs].map((part) => part.load())).then(
          () => {
            refocus.current = true;
            commands.reportLoad(true);
          },
          () => commands.reportLoad(false),
        );
      return (
        <div
          {...props}
          ref={ref}
          {...slotWithClassName(slot('bulkBar'), props.className)}
          data-state="failed"
        >
          <p>{i18n.t('error.network')}</p>
          <button
            type="button"
            {...slot('action', unstyled ? undefined : 'iw-button')}
            onClick={() => void retry()}
          >
            {i18n.t('common.retry')}
          </button>
        </div>
      );
    }
    if (!wanted || !loaded) return null;
    const { UserInvitesTableBulkBarContent } = loaded;
    return <UserInvitesTableBulkBarContent {...props} ref={ref} />;
  },
);
UserInvitesTableBulkBar.displayName = 'UserInvitesTableBulkBar';
