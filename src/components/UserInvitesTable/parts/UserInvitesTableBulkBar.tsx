'use client';

import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { lazyModule, useLoadedWhen } from '../../shared/lazyModule';
import {
  useUserInvitesTableActivity,
  useUserInvitesTableStateContext,
} from '../userInvitesTableContext';

/** The bar's code: fetched when the page is idle, or at the first selection. */
export const bulkBarContent = lazyModule(() => import('./UserInvitesTableBulkBarContent'));

/**
 * Bulk actions on the selected rows: "3 selected", Resend selected, Cancel selected (after a
 * confirmation with the count), Clear selection; while one runs, its progress ("Resending 12
 * of 25…") with the buttons disabled; then one summary with what failed for whom. Nothing
 * while nothing is selected or reported (and until then, not even its code: it loads when the
 * page is idle, or with the first selection). Other props and `ref` go to the `<div>`.
 *
 * @example
 * ```tsx
 * <UserInvitesTableBulkBar className="sticky top-0" />
 * ```
 */
export const UserInvitesTableBulkBar = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function UserInvitesTableBulkBar(props, ref) {
    const { selected } = useUserInvitesTableStateContext('UserInvitesTableBulkBar');
    const { bulk } = useUserInvitesTableActivity('UserInvitesTableBulkBar');
    const wanted = selected.size > 0 || bulk !== null;
    // A failed fetch is tried again when the selection is made anew.
    const loaded = useLoadedWhen(bulkBarContent, wanted);
    if (!wanted || !loaded) return null;
    const { UserInvitesTableBulkBarContent } = loaded;
    return <UserInvitesTableBulkBarContent {...props} ref={ref} />;
  },
);
UserInvitesTableBulkBar.displayName = 'UserInvitesTableBulkBar';
