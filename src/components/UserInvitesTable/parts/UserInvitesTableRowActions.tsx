'use client';

import type { MessageKey } from '../../../i18n/messages';
import {
  useUserInvitesTableRow,
  useUserInvitesTableStatic,
  type UserInvitesTableRowValue,
  type UserInvitesTableStatic,
} from '../userInvitesTableContext';
import type { UserInvitesRowFeedback } from '../useUserInvitesTableRowActions';
import { renderRowMenu } from './UserInvitesTableRowMenu';
import { renderRowResend } from './UserInvitesTableRowResend';

const FEEDBACK: Record<
  UserInvitesRowFeedback['action'],
  Partial<Record<UserInvitesRowFeedback['state'], MessageKey>>
> = {
  // Resending shows on the button itself.
  resend: { done: 'table.feedback.resent', failed: 'table.feedback.failed' },
  copy: {
    pending: 'table.feedback.copying',
    done: 'table.feedback.copied',
    failed: 'table.feedback.failed',
  },
  cancel: {
    pending: 'table.feedback.canceling',
    done: 'table.feedback.canceled',
    failed: 'table.feedback.failed',
  },
  edit: {
    pending: 'table.feedback.saving',
    done: 'table.feedback.saved',
    failed: 'table.feedback.failed',
  },
};

/**
 * A row's actions as elements, from the table and the row: what
 * {@link UserInvitesTableRowActions} renders, and what the built-in actions cell renders
 * without components of its own.
 *
 * @example
 * ```tsx
 * const actions: UserInvitesTableColumn = { ...userInvitesTableColumns.actions, header: '' };
 * ```
 */
export function renderRowActions(table: UserInvitesTableStatic, row: UserInvitesTableRowValue) {
  const { feedback } = row;
  const key = feedback && FEEDBACK[feedback.action][feedback.state];
  return (
    <>
      {key && (
        <span {...table.slot('feedback')} data-state={feedback.state}>
          {table.i18n.t(key)}
        </span>
      )}
      {renderRowResend(table, row)}
      {renderRowMenu(table, row)}
    </>
  );
}

/**
 * A row's actions: its feedback ("Resent", "Link copied"), the quiet
 * `UserInvitesTableRowResend` and the `UserInvitesTableRowMenu`. Place it in a
 * cell of your own column to move it; use the two parts for another arrangement.
 *
 * @example
 * ```tsx
 * const actions: UserInvitesTableColumn = { id: 'manage', header: '', cell: () => <UserInvitesTableRowActions /> };
 * ```
 */
export function UserInvitesTableRowActions() {
  return renderRowActions(
    useUserInvitesTableStatic('UserInvitesTableRowActions'),
    useUserInvitesTableRow('UserInvitesTableRowActions'),
  );
}
