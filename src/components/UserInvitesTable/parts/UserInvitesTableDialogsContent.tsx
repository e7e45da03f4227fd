'use client';

import * as Dialog from '@radix-ui/react-dialog';
import { DialogFrame, type DialogFrameHost } from '../../shared/DialogFrame';
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
  // A portal leaves the table's themed container: it carries the theme read around the table.
  const theme = readPortalContext(rootRef.current);
  const host: DialogFrameHost = {
    slot,
    onClose: commands.closeDialog,
    theme: theme.theme,
    dir: theme.dir ?? i18n.dir,
  };
  if (dialog?.kind === 'edit')
    return <UserInvitesTableEditDialog invite={dialog.invite} host={host} />;
  if (dialog?.kind !== 'cancel') return null;
  const { invites } = dialog;
  const many = invites.length > 1;
  // A question whose answer cannot be undone: the safe answer comes first, and has focus.
  return (
    <DialogFrame
      {...host}
      part="confirm"
      role="alertdialog"
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
    >
      <div {...slot('confirmActions')}>
        <Dialog.Close {...slot('confirmNo', 'iw-button')}>
          {i18n.t('table.confirm.no')}
        </Dialog.Close>
        <button
          type="button"
          {...slot('confirmYes', 'iw-button')}
          data-variant="danger"
          onClick={() => {
            commands.closeDialog();
            commands.cancel(invites);
          }}
        >
          {many
            ? i18n.t('table.confirm.bulkYes', { count: invites.length })
            : i18n.t('table.confirm.yes')}
        </button>
      </div>
    </DialogFrame>
  );
}
