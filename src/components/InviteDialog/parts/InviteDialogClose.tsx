'use client';

import * as Dialog from '@radix-ui/react-dialog';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { useInviteDialogContext } from '../inviteDialogContext';

/**
 * The × button in the corner ("Close"). Closing never loses typed entries.
 *
 * @example
 * ```tsx
 * <InviteDialogClose />
 * ```
 */
export const InviteDialogClose = forwardRef<
  HTMLButtonElement,
  ComponentPropsWithoutRef<typeof Dialog.Close>
>(function InviteDialogClose({ className, children, ...props }, ref) {
  const { slot, i18n } = useInviteDialogContext('InviteDialogClose');
  return (
    <Dialog.Close
      aria-label={i18n.t('dialog.close')}
      {...props}
      ref={ref}
      {...slotWithClassName(slot('close'), className)}
    >
      {children ?? <span aria-hidden="true">×</span>}
    </Dialog.Close>
  );
});
