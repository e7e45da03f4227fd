'use client';

import * as Dialog from '@radix-ui/react-dialog';
import { forwardRef, useRef, type ComponentPropsWithoutRef } from 'react';
import { composeEventHandlers } from '../../shared/composeEventHandlers';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { useComposedRefs } from '../../shared/useComposedRefs';
import { useInviteDialogContext } from '../inviteDialogContext';

/**
 * Props of {@link InviteDialogContent}.
 *
 * @example
 * ```tsx
 * const props: InviteDialogContentProps = { container: document.getElementById('app') };
 * ```
 */
export interface InviteDialogContentProps extends ComponentPropsWithoutRef<typeof Dialog.Content> {
  /** Where the dialog is portalled; `document.body` by default. */
  container?: HTMLElement | null;
}

/**
 * The dialog itself, in a portal over an overlay, carrying the host's forced theme and
 * direction. It opens with the cursor in the address field; focus stays inside while it is
 * open and returns to the trigger.
 *
 * @example
 * ```tsx
 * <InviteDialogContent><InviteDialogTitle /><InviteDialogForm /><InviteDialogClose /></InviteDialogContent>
 * ```
 */
export const InviteDialogContent = forwardRef<HTMLDivElement, InviteDialogContentProps>(
  function InviteDialogContent({ container, className, children, ...props }, forwardedRef) {
    const { slot, i18n, inherited } = useInviteDialogContext('InviteDialogContent');
    const own = useRef<HTMLDivElement>(null);
    const ref = useComposedRefs(forwardedRef, own);
    return (
      <Dialog.Portal container={container}>
        <div {...slot('root')} data-iw-theme={inherited.theme} dir={inherited.dir ?? i18n.dir}>
          <Dialog.Overlay {...slot('overlay')} />
          <Dialog.Content
            {...props}
            ref={ref}
            {...slotWithClassName(slot('content'), className)}
            onOpenAutoFocus={composeEventHandlers(props.onOpenAutoFocus, (event) => {
              // Straight to typing addresses, not to the first chip's remove button.
              event.preventDefault();
              own.current?.querySelector<HTMLInputElement>('input[type="text"]')?.focus();
            })}
          >
            {children}
          </Dialog.Content>
        </div>
      </Dialog.Portal>
    );
  },
);
