'use client';

import { forwardRef, useEffect, useRef, useState, type ComponentPropsWithoutRef } from 'react';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { useTableActionsI18n } from '../useTableActionsI18n';
import {
  useUserInvitesTableActivity,
  useUserInvitesTableData,
  useUserInvitesTableStateContext,
  useUserInvitesTableStatic,
} from '../userInvitesTableContext';

/** How long a summary without failures stays once the pointer and focus are away from it. */
const SUMMARY_MS = 5000;

/**
 * What {@link UserInvitesTableBulkBar} shows once rows are selected: a chunk of its own,
 * loaded when the page is idle or at the first selection. The summary of a finished action
 * says what was done ("Resent 3 invites.") and what was not, for whom; the live region says
 * it too. One without failures goes by itself after a few seconds, never while the pointer
 * is over it or focus is in it; one with failures stays until dismissed.
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
  const chosen = rows.filter((invite) => selected.has(invite.id));
  // Each action goes only to the invites it applies to (a canceled invite is not resent), and
  // its button is disabled when none of the selection can take it.
  const resendable = chosen.filter(permits.resend);
  const cancelable = chosen.filter(permits.cancel);
  const running = bulk !== null && bulk.done < bulk.total;
  const finished = bulk !== null && !running;
  const failed = finished ? bulk.total - bulk.succeeded : 0;
  // Whole sentences for what was done and what was not: "3 of 3 done." named neither.
  const lines = finished
    ? [
        bulk.succeeded ? i18n.t(`table.bulk.${bulk.action}Done`, { count: bulk.succeeded }) : '',
        failed ? i18n.t(`table.bulk.${bulk.action}Failed`, { count: failed }) : '',
        ...bulk.problems,
      ]
    : [];
  const summary = lines.filter(Boolean).join(' ');
  // Said in the table's live region, which is in the page from the start: a region inserted
  // together with its text is often not heard.
  useEffect(() => {
    if (summary) commands.announce(summary);
  }, [summary, commands]);
  const box = useRef<HTMLDivElement>(null);
  // A new value at each leave (the event itself): leaving gives the summary its whole time again.
  const [left, leave] = useState<unknown>();
  useEffect(() => {
    if (!finished || failed) return;
    const timer = setTimeout(() => {
      if (!box.current?.matches(':hover, :focus-within')) commands.dismissBulk();
    }, SUMMARY_MS);
    return () => clearTimeout(timer);
  }, [finished, failed, left, commands]);
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
        <div {...slot('bulkResult')} ref={box} onPointerLeave={leave} onBlur={leave}>
          {/* The two sentences; the problems follow as a list. */}
          {lines.slice(0, 2).map((line) => line && <p key={line}>{line}</p>)}
          {failed > 0 && (
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
