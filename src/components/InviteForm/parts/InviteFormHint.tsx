'use client';

import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { useInviteFormStatic, useRegisterPart } from '../inviteFormContext';

/**
 * How to enter addresses, below the field; the field is described by it. Children replace
 * the text.
 *
 * @example
 * ```tsx
 * <InviteFormHint />
 * ```
 */
export const InviteFormHint = forwardRef<HTMLParagraphElement, ComponentPropsWithoutRef<'p'>>(
  function InviteFormHint({ className, children, ...props }, ref) {
    const { slot, i18n, ids, registerPart } = useInviteFormStatic('InviteFormHint');
    useRegisterPart(registerPart, 'hint');
    return (
      <p {...props} ref={ref} {...slotWithClassName(slot('hint'), className)} id={ids.hint}>
        {children ?? i18n.t('form.hint')}
      </p>
    );
  },
);
