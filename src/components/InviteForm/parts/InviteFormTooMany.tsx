'use client';

import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { useInviteFormEntriesContext, useInviteFormStatic } from '../inviteFormContext';

/**
 * Shown when the ready entries go past `maxInvites`: how many to remove. Nothing otherwise.
 *
 * @example
 * ```tsx
 * <InviteFormRoot maxInvites={100}><InviteFormField /><InviteFormTooMany /></InviteFormRoot>
 * ```
 */
export const InviteFormTooMany = forwardRef<HTMLParagraphElement, ComponentPropsWithoutRef<'p'>>(
  function InviteFormTooMany({ className, ...props }, ref) {
    const { slot, i18n } = useInviteFormStatic('InviteFormTooMany');
    const { excess, maxInvites } = useInviteFormEntriesContext('InviteFormTooMany');
    if (excess === 0) return null;
    return (
      <p role="alert" {...props} ref={ref} {...slotWithClassName(slot('error'), className)}>
        {i18n.t('form.tooMany', { max: maxInvites ?? 0, excess })}
      </p>
    );
  },
);
