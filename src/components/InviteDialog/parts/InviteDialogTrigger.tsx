'use client';

import * as Dialog from '@radix-ui/react-dialog';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { useComposedRefs } from '../../shared/useComposedRefs';
import { useInviteDialogContext } from '../inviteDialogContext';

/**
 * Props of {@link InviteDialogTrigger}.
 *
 * @example
 * ```tsx
 * const props: InviteDialogTriggerProps = { asChild: true };
 * ```
 */
export interface InviteDialogTriggerProps extends ComponentPropsWithoutRef<'button'> {
  /** Use the one child element (the host's own button) as the trigger. */
  asChild?: boolean;
}

/**
 * The button that opens the dialog ("Invite people"), or with `asChild` the host's own.
 *
 * @example
 * ```tsx
 * <InviteDialogTrigger asChild><button className="btn">Add teammates</button></InviteDialogTrigger>
 * ```
 */
export const InviteDialogTrigger = forwardRef<HTMLButtonElement, InviteDialogTriggerProps>(
  function InviteDialogTrigger({ asChild, className, children, ...props }, forwardedRef) {
    const { slot, i18n, triggerRef } = useInviteDialogContext('InviteDialogTrigger');
    const ref = useComposedRefs(forwardedRef, triggerRef);
    if (asChild) {
      return (
        <Dialog.Trigger asChild ref={ref} {...props}>
          {children}
        </Dialog.Trigger>
      );
    }
    return (
      <Dialog.Trigger
        type="button"
        {...props}
        ref={ref}
        {...slotWithClassName(slot('trigger', 'iw-button iw-root'), className)}
        data-variant="primary"
      >
        {children ?? i18n.t('dialog.trigger')}
      </Dialog.Trigger>
    );
  },
);
