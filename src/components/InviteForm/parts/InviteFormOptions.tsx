'use client';

import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { useInviteFormStatic } from '../inviteFormContext';

/**
 * A row for the role and language choices.
 *
 * @example
 * ```tsx
 * <InviteFormOptions><InviteFormRole /><InviteFormLocale /></InviteFormOptions>
 * ```
 */
export const InviteFormOptions = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function InviteFormOptions({ className, ...props }, ref) {
    const { slot } = useInviteFormStatic('InviteFormOptions');
    return <div {...props} ref={ref} {...slotWithClassName(slot('options'), className)} />;
  },
);
