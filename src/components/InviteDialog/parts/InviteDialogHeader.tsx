'use client';

import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { useInviteDialogContext } from '../inviteDialogContext';

/**
 * The title and description's block, clear of the close button.
 *
 * @example
 * ```tsx
 * <InviteDialogHeader><InviteDialogTitle /><InviteDialogDescription /></InviteDialogHeader>
 * ```
 */
export const InviteDialogHeader = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function InviteDialogHeader({ className, ...props }, ref) {
    const { slot } = useInviteDialogContext('InviteDialogHeader');
    return <div {...props} ref={ref} {...slotWithClassName(slot('header'), className)} />;
  },
);
