'use client';

import { forwardRef, useMemo, type ComponentPropsWithoutRef } from 'react';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { useTableActionsI18n } from '../useTableActionsI18n';
import {
  useUserInvitesTableActivity,
  useUserInvitesTableData,
  useUserInvitesTableStateContext,
  useUserInvitesTableStatic,
} from '../userInvitesTableContext';

/**
 * What {@link UserInvitesTableBulkBar} shows once rows are selected: a chunk of its own,
 * loaded when the page is idle or at the first selection.
 *
 * @example
 * ```tsx
 * const { UserInvitesTableBulkBarContent } = await import('./UserInvitesTableBulkBarContent');
 * ```
 */
export const UserInvitesTableBulkBarContent = forwardRef<
  HTMLDivElement,
  ComponentPropsWithoutRef<'div'>
>(function UserInvitesTableBulkBarContent({ className, ...props }, ref) {
  const { slot, commands, permits, unstyled } =
    useUserInvitesTableStatic('UserInvitesTableBulkBar');
  const i18n = useTableActionsI18n();
  const { selected, clearSelection } = useUserInvitesTableStateContext('UserInvitesTableBulkBar');
  const { rows } = useUserInvitesTableData('UserInvitesTableBulkBar');
  const { bulk } = useUserInvitesTableActivity('UserInvitesTableBulkBar');
  const chosen = useMemo(() => rows.filter((invite) => selected.has(invite.id)), [rows, selected]);
  // Each action goes only to the invites it applies to (a canceled invite is not resent), and
  // its button is disabled when none of the selection can take it.
  const resendable = chosen.filter(permits.resend);
  const cancelable = chosen.filter(permits.cancel);
  const running = bulk !== null && bulk.done < bulk.total;
  const finished = bulk !== null && !running;
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
            disabled={running || resendable.length === 0}
            onClick={() => commands.bulkResend(resendable)}
          >
            {i18n.t('table.bulk.resend')}
          </button>
          <button
            type="button"
            {...slot('action', button)}
            data-variant="danger"
            disabled={running || cancelable.length === 0}
            onClick={(event) => commands.requestCancel(cancelable, event.currentTarget)}
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
});
UserInvitesTableBulkBarContent.displayName = 'UserInvitesTableBulkBarContent';
