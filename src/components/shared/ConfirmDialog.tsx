'use client';

import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import type { SlotProps } from '../../theme/slots';

/** The parts of the confirmation, named in the slots of the component that shows it. */
export type ConfirmDialogSlot =
  | 'confirmRoot'
  | 'confirmOverlay'
  | 'confirm'
  | 'confirmTitle'
  | 'confirmDescription'
  | 'confirmActions'
  | 'confirmYes'
  | 'confirmNo';

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel: ReactNode;
  onConfirm: () => void;
  /** Where focus goes after closing (the element that opened it may be gone by then). */
  onCloseAutoFocus?: (event: Event) => void;
  /** The host component's slot function: these parts take its classNames and unstyled. */
  slot: (name: ConfirmDialogSlot, defaultClassName?: string) => SlotProps;
  /** Forced theme and direction of the host, carried into the portal. */
  theme?: string;
  dir?: string;
}

/** A Radix dialog with the alertdialog role: a question, a destructive answer, a safe one. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { slot } = props;
  return (
    <Dialog.Root open={props.open} onOpenChange={props.onOpenChange}>
      <Dialog.Portal>
        <div {...slot('confirmRoot', 'iw-root')} data-iw-theme={props.theme} dir={props.dir}>
          <Dialog.Overlay {...slot('confirmOverlay', 'iw-invite-dialog-overlay')} />
          <Dialog.Content
            {...slot('confirm', 'iw-invite-dialog-content')}
            role="alertdialog"
            onCloseAutoFocus={props.onCloseAutoFocus}
          >
            <Dialog.Title {...slot('confirmTitle', 'iw-invite-dialog-title')}>
              {props.title}
            </Dialog.Title>
            <Dialog.Description {...slot('confirmDescription', 'iw-invite-dialog-description')}>
              {props.description}
            </Dialog.Description>
            <div {...slot('confirmActions')}>
              <Dialog.Close {...slot('confirmNo', 'iw-button')}>{props.cancelLabel}</Dialog.Close>
              <button
                type="button"
                {...slot('confirmYes', 'iw-button')}
                data-variant="danger"
                onClick={props.onConfirm}
              >
                {props.confirmLabel}
              </button>
            </div>
          </Dialog.Content>
        </div>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
