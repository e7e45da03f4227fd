'use client';

import { ConfirmDialog } from '../../shared/ConfirmDialog';
import { useUserInvitesTableActivity, useUserInvitesTableStatic } from '../userInvitesTableContext';
import { UserInvitesTableEditDialog } from './UserInvitesTableEditDialog';

/**
 * The dialogs the rows and the bulk bar open: the cancel confirmation (naming the address, or
 * the count) and "Edit invite". Each is rendered only while open, so a page mounts none.
 * Focus goes back to what opened it, or into its row when that is gone.
 *
 * @example
 * ```tsx
 * <UserInvitesTableRoot>
 *   <UserInvitesTableBody />
 *   <UserInvitesTableDialogs />
 * </UserInvitesTableRoot>
 * ```
 */
export function UserInvitesTableDialogs() {
  const { slot, i18n, commands } = useUserInvitesTableStatic('UserInvitesTableDialogs');
  const { dialog, theme } = useUserInvitesTableActivity('UserInvitesTableDialogs');
  const dir = theme.dir ?? i18n.dir;
  if (dialog?.kind === 'edit') {
    return <UserInvitesTableEditDialog invite={dialog.invite} theme={theme.theme} dir={dir} />;
  }
  if (dialog?.kind !== 'cancel') return null;
  const { invites } = dialog;
  const many = invites.length > 1;
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => {
        if (!open) commands.closeDialog();
      }}
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
      onCloseAutoFocus={(event) => event.preventDefault()}
    />
  );
}
