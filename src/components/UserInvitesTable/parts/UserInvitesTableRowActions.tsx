'use client';

import type { MessageKey } from '../../../i18n/messages';
import { useUserInvitesTableRow, useUserInvitesTableStatic } from '../userInvitesTableContext';
import type { UserInvitesRowFeedback } from '../useUserInvitesTableRowActions';
import { UserInvitesTableRowMenu } from './UserInvitesTableRowMenu';
import { UserInvitesTableRowResend } from './UserInvitesTableRowResend';

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
 * A row's actions: its feedback ("Resent", "Link copied"), the quiet
 * {@link UserInvitesTableRowResend} and the {@link UserInvitesTableRowMenu}. Place it in a
 * cell of your own column to move it; use the two parts for another arrangement.
 *
 * @example
 * ```tsx
 * const actions: UserInvitesTableColumn = { id: 'manage', header: '', cell: () => <UserInvitesTableRowActions /> };
 * ```
 */
export function UserInvitesTableRowActions() {
  const { slot, i18n } = useUserInvitesTableStatic('UserInvitesTableRowActions');
  const { feedback } = useUserInvitesTableRow('UserInvitesTableRowActions');
  const key = feedback && FEEDBACK[feedback.action][feedback.state];
  return (
    <>
      {key && (
        <span {...slot('feedback')} data-state={feedback.state}>
          {i18n.t(key)}
        </span>
      )}
      <UserInvitesTableRowResend />
      <UserInvitesTableRowMenu />
    </>
  );
}
