'use client';

import * as Dialog from '@radix-ui/react-dialog';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { useInviteDialogContext } from '../inviteDialogContext';

/**
 * The dialog's title and accessible name ("Invite people to your team"); children replace it.
 *
 * @example
 * ```tsx
 * <InviteDialogTitle>Invite to Acme</InviteDialogTitle>
 * ```
 */
export const InviteDialogTitle = forwardRef<
  HTMLHeadingElement,
  ComponentPropsWithoutRef<typeof Dialog.Title>
>(function InviteDialogTitle({ className, children, ...props }, ref) {
  const { slot, i18n } = useInviteDialogContext('InviteDialogTitle');
  return (
    <Dialog.Title {...props} ref={ref} {...slotWithClassName(slot('title'), className)}>
      {children ?? i18n.t('dialog.title')}
    </Dialog.Title>
  );
});
