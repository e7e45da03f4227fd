'use client';

import { forwardRef, useMemo, type ComponentPropsWithoutRef } from 'react';
import { slotWithClassName } from '../../shared/slotWithClassName';
import {
  useUserInvitesTableActivity,
  useUserInvitesTableData,
  useUserInvitesTableStateContext,
  useUserInvitesTableStatic,
} from '../userInvitesTableContext';

/**
 * Bulk actions on the selected rows: "3 selected", Resend selected, Cancel selected (after a
 * confirmation with the count), Clear selection; while one runs, its progress ("Resending 12
 * of 25…") with the buttons disabled; then one summary with what failed for whom. Nothing
 * while nothing is selected or reported. Other props and `ref` go to the `<div>`.
 *
 * @example
 * ```tsx
 * <UserInvitesTableBulkBar className="sticky top-0" />
 * ```
 */
export const UserInvitesTableBulkBar = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function UserInvitesTableBulkBar({ className, ...props }, ref) {
    const { slot, i18n, commands, unstyled } = useUserInvitesTableStatic('UserInvitesTableBulkBar');
    const { selected, clearSelection } = useUserInvitesTableStateContext('UserInvitesTableBulkBar');
    const { rows } = useUserInvitesTableData('UserInvitesTableBulkBar');
    const { bulk } = useUserInvitesTableActivity('UserInvitesTableBulkBar');
    const chosen = useMemo(
      () => rows.filter((invite) => selected.has(invite.id)),
      [rows, selected],
    );
    const running = bulk !== null && bulk.done < bulk.total;
    const finished = bulk !== null && !running;
    if (chosen.length === 0 && bulk === null) return null;
    const button = unstyled ? undefined : 'iw-button';
    return (
      <div
        {...props}
        ref={ref}
        {...slotWithClassName(slot('bulkBar'), className)}
        data-state={running ? 'running' : finished ? 'done' : 'idle'}
      >
        {(chosen.length > 0 || running) && (
          <div role="group" aria-label={i18n.t('table.selected', { count: chosen.length })}>
            <span>
              {running
                ? i18n.t(`table.bulk.${bulk.action}ing`, { done: bulk.done, total: bulk.total })
                : i18n.t('table.selected', { count: chosen.length })}
            </span>
            <button
              type="button"
              {...slot('action', button)}
              disabled={running}
              onClick={() => commands.bulkResend(chosen)}
            >
              {i18n.t('table.bulk.resend')}
            </button>
            <button
              type="button"
              {...slot('action', button)}
              data-variant="danger"
              disabled={running}
              onClick={(event) => commands.requestCancel(chosen, event.currentTarget)}
            >
              {i18n.t('table.bulk.cancel')}
            </button>
            <button
              type="button"
              {...slot('action', button)}
              disabled={running}
              onClick={clearSelection}
            >
              {i18n.t('table.clearSelection')}
            </button>
          </div>
        )}
        {finished && (
          <div {...slot('bulkResult')} role="status">
            <p>{i18n.t('table.bulk.summary', { done: bulk.succeeded, total: bulk.total })}</p>
            {bulk.problems.length > 0 && (
              <ul>
                {bulk.problems.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
            <button type="button" {...slot('action', button)} onClick={commands.dismissBulk}>
              {i18n.t('table.bulk.dismiss')}
            </button>
          </div>
        )}
      </div>
    );
  },
);
UserInvitesTableBulkBar.displayName = 'UserInvitesTableBulkBar';
