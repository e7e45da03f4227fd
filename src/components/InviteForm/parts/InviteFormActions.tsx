'use client';

import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { useInviteFormStatic } from '../inviteFormContext';

/**
 * The row of the form's buttons: by default "Upload CSV" and the send button.
 *
 * @example
 * ```tsx
 * <InviteFormActions><InviteFormUpload /><InviteFormSubmit /></InviteFormActions>
 * ```
 */
export const InviteFormActions = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function InviteFormActions({ className, ...props }, ref) {
    const { slot } = useInviteFormStatic('InviteFormActions');
    return <div {...props} ref={ref} {...slotWithClassName(slot('actions'), className)} />;
  },
);
