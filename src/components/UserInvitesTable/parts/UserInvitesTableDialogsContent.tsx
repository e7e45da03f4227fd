'use client';

import { useMemo } from 'react';
import { ConfirmDialog } from '../../shared/ConfirmDialog';
import { readPortalContext } from '../../shared/readPortalContext';
import { useTableActionsI18n } from '../useTableActionsI18n';
import { useUserInvitesTableActivity, useUserInvitesTableStatic } from '../userInvitesTableContext';
import { UserInvitesTableEditDialog } from './UserInvitesTableEditDialog';

/**
 * The open dialog of {@link UserInvitesTableDialogs} (Radix Dialog, the confirmation, the edit
 * form): a chunk of its own, loaded when the page is idle or a dialog is asked for.
 *
 * @example
 * ```tsx
 * const { UserInvitesTableDialogsContent } = await import('./UserInvitesTableDialogsContent');
 * ```
 */
export function UserInvitesTableDialogsContent() {
  const { slot, commands, rootRef } = useUserInvitesTableStatic('UserInvitesTableDialogs');
  const i18n = useTableActionsI18n();
  const { dialog } = useUserInvitesTableActivity('UserInvitesTableDialogs');
  // A portal leaves the table's themed container: it carries the theme read around the table
  // when the dialog opens.
  const theme = useMemo(
    () => (dialog ? readPortalContext(rootRef.current) : {}),
    [dialog, rootRef],
  );
  const dir = theme.dir ?? i18n.dir;
  if (dialog?.kind === 'edit') {
    return <UserInvitesTableEditDialog invite={dialog.invite} theme={theme.theme} dir={dir} />;
  }
  if (dialog?.kind !== 'cancel') return null;
  const { invites } = dialog;
  const many = invites.length > 1;
  return (
    <ConfirmDialog
      onClose={commands.closeDialog}
      slot={slot}
      theme={theme.theme}
      dir={dir}
      title={
        many
          ? i18n.t('table.confirm.bulkTitle', { count: invites.length })
          : i18n.t('table.confirm.title')
      }
      description={
        many
          ? i18n.t('table.confirm.bulkDescription')
          : i18n.t('table.confirm.description', { email: invites[0]?.email ?? '' })
      }
      confirmLabel={
        many
          ? i18n.t('table.confirm.bulkYes', { count: invites.length })
          : i18n.t('table.confirm.yes')
      }
      cancelLabel={i18n.t('table.confirm.no')}
      onConfirm={() => {
        commands.closeDialog();
        commands.cancel(invites);
      }}
    />
  );
}
