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

/** What {@link DialogFrame} takes: the open dialog's words, body and surroundings. */
export interface DialogFrameProps {
  /** Closing asked for (Escape, the overlay, a close button): the host unmounts the frame. */
  onClose: () => void;
  title: ReactNode;
  description: ReactNode;
  /** What follows the description: the answers of a question, a form. */
  children: ReactNode;
  /** The content's slot: the dialog it is. */
  part: 'confirm' | 'edit';
  /** `alertdialog` for a question whose answer cannot be undone. Default `dialog`. */
  role?: 'dialog' | 'alertdialog';
  /** The host component's slot function: these parts take its classNames and unstyled. */
  slot: (name: ConfirmDialogSlot | 'edit', defaultClassName?: string) => SlotProps;
  /** Forced theme and direction of the host, carried into the portal. */
  theme?: string;
  dir?: string;
}

/**
 * An open Radix dialog in a portal, themed like its host: title, description, then its body.
 * Rendered only while open; focus goes back where the host says (the element that opened it
 * may be gone by then), not where Radix would put it.
 *
 * @example
 * ```tsx
 * <DialogFrame part="edit" slot={slot} onClose={close} title="Edit invite" description="…">
 *   <form>…</form>
 * </DialogFrame>
 * ```
 */
export function DialogFrame(props: DialogFrameProps) {
  const { slot } = props;
  return (
    <Dialog.Root
      open
      onOpenChange={(open) => {
        if (!open) props.onClose();
      }}
    >
      <Dialog.Portal>
        <div {...slot('confirmRoot', 'iw-root')} data-iw-theme={props.theme} dir={props.dir}>
          <Dialog.Overlay {...slot('confirmOverlay', 'iw-invite-dialog-overlay')} />
          <Dialog.Content
            {...slot(props.part, 'iw-invite-dialog-content')}
            role={props.role ?? 'dialog'}
            onCloseAutoFocus={(event) => event.preventDefault()}
          >
            <Dialog.Title {...slot('confirmTitle', 'iw-invite-dialog-title')}>
              {props.title}
            </Dialog.Title>
            <Dialog.Description {...slot('confirmDescription', 'iw-invite-dialog-description')}>
              {props.description}
            </Dialog.Description>
            {props.children}
          </Dialog.Content>
        </div>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** What {@link ConfirmDialog} takes. */
export interface ConfirmDialogProps extends Omit<DialogFrameProps, 'children' | 'part' | 'role'> {
  confirmLabel: ReactNode;
  cancelLabel: ReactNode;
  onConfirm: () => void;
}

/**
 * A question with the alertdialog role: a destructive answer and a safe one, which has focus.
 *
 * @example
 * ```tsx
 * <ConfirmDialog slot={slot} onClose={close} title="Cancel this invite?" description="…"
 *   confirmLabel="Cancel invite" cancelLabel="Keep it" onConfirm={cancel} />
 * ```
 */
export function ConfirmDialog({
  confirmLabel,
  cancelLabel,
  onConfirm,
  ...props
}: ConfirmDialogProps) {
  const { slot } = props;
  return (
    <DialogFrame {...props} part="confirm" role="alertdialog">
      <div {...slot('confirmActions')}>
        <Dialog.Close {...slot('confirmNo', 'iw-button')}>{cancelLabel}</Dialog.Close>
        <button
          type="button"
          {...slot('confirmYes', 'iw-button')}
          data-variant="danger"
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
      </div>
    </DialogFrame>
  );
}
