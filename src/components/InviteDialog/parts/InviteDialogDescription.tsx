'use client';

import * as Dialog from '@radix-ui/react-dialog';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { useInviteDialogContext } from '../inviteDialogContext';

/**
 * The dialog's description ("They get an email with a link to join…"); children replace it.
 *
 * @example
 * ```tsx
 * <InviteDialogDescription />
 * ```
 */
export const InviteDialogDescription = forwardRef<
  HTMLParagraphElement,
  ComponentPropsWithoutRef<typeof Dialog.Description>
>(function InviteDialogDescription({ className, children, ...props }, ref) {
  const { slot, i18n } = useInviteDialogContext('InviteDialogDescription');
  return (
    <Dialog.Description {...props} ref={ref} {...slotWithClassName(slot('description'), className)}>
      {children ?? i18n.t('dialog.description')}
    </Dialog.Description>
  );
});
