'use client';

import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { useInviteFormStatic, useRegisterPart } from '../inviteFormContext';

/**
 * The label of the address field ("Email addresses"); children replace the text.
 *
 * @example
 * ```tsx
 * <InviteFormLabel>Work email addresses</InviteFormLabel>
 * ```
 */
export const InviteFormLabel = forwardRef<HTMLLabelElement, ComponentPropsWithoutRef<'label'>>(
  function InviteFormLabel({ className, children, ...props }, ref) {
    const { slot, i18n, ids, registerPart } = useInviteFormStatic('InviteFormLabel');
    useRegisterPart(registerPart, 'label');
    return (
      <label
        id={ids.label}
        {...props}
        ref={ref}
        {...slotWithClassName(slot('label'), className)}
        htmlFor={ids.input}
      >
        {children ?? i18n.t('form.label')}
      </label>
    );
  },
);
