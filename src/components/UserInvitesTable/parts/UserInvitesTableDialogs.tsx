'use client';

import { useCallback } from 'react';
import { lazyModule, useLoadedWhen } from '../../shared/lazyModule';
import { useUserInvitesTableActivity, useUserInvitesTableStatic } from '../userInvitesTableContext';

/** The dialogs' code (Radix Dialog, the edit form): fetched when first wanted. */
export const tableDialogs = lazyModule(() => import('./UserInvitesTableDialogsContent'));

/**
 * The dialogs the rows and the bulk bar open: the cancel confirmation (naming the address, or
 * the count) and "Edit invite". Each is rendered only while open, so a page mounts none, and
 * their code loads when the page is idle (or when one is asked for, which then opens when it
 * arrives; if it cannot be fetched, the request is dropped, the bulk bar's place says so, and
 * it can be made again).
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
  const { commands } = useUserInvitesTableStatic('UserInvitesTableDialogs');
  const { dialog } = useUserInvitesTableActivity('UserInvitesTableDialogs');
  const wanted = dialog !== null;
  const onSettled = useCallback(
    (ok: boolean) => {
      if (!ok) commands.closeDialog();
      commands.reportLoad(ok);
    },
    [commands],
  );
  const loaded = useLoadedWhen(tableDialogs, wanted, onSettled);
  if (!wanted || !loaded) return null;
  const { UserInvitesTableDialogsContent } = loaded;
  return <UserInvitesTableDialogsContent />;
}
