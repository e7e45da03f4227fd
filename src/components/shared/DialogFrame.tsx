'use client';

import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import type { SlotProps } from '../../theme/slots';

/**
 * The parts of a dialog in a {@link DialogFrame}, named in the slots of the component that shows
 * it (`confirm*`: shared by the confirmation and the edit form).
 */
export type ConfirmDialogSlot =
  | 'confirmRoot'
  | 'confirmOverlay'
  | 'confirm'
  | 'confirmTitle'
  | 'confirmDescription'
  | 'confirmActions'
  | 'confirmYes'
  | 'confirmNo';

/** Where a {@link DialogFrame} is shown: its host's slots, theme and direction, and how it closes. */
export interface DialogFrameHost {
  /**
   * The host component's slot function: these parts take its classNames and unstyled (`edit*`
   * are the edit form's content, header and close button).
   */
  slot: (
    name: ConfirmDialogSlot | 'edit' | 'editHeader' | 'editClose',
    defaultClassName?: string,
  ) => SlotProps;
  /** Closing asked for (Escape, the overlay, a close button): the host unmounts the frame. */
  onClose: () => void;
  /** Forced theme and direction of the host, carried into the portal. */
  theme?: string;
  dir?: string;
}

/** What {@link DialogFrame} takes: its host, and the open dialog's words and body. */
export interface DialogFrameProps extends DialogFrameHost {
  title: ReactNode;
  description: ReactNode;
  /** What follows the description: the answers of a question, a form. */
  children: ReactNode;
  /** The content's slot: the dialog it is. */
  part: 'confirm' | 'edit';
  /** `alertdialog` for a question whose answer cannot be undone. */
  role: 'dialog' | 'alertdialog';
  /**
   * The name of a × in the corner ("Close"), as the invite dialog has, for a dialog that may
   * be left as it is; its title and description then keep clear of it.
   */
  closeLabel?: string;
}

/**
 * An open Radix dialog in a portal, themed like its host: title, description, then its body,
 * and a × when it has a `closeLabel`. Rendered only while open; focus goes back where the host
 * says (the element that opened it may be gone by then), not where Radix would put it.
 *
 * @example
 * ```tsx
 * <DialogFrame {...host} part="edit" role="dialog" title="Edit invite" description="…">
 *   <form>…</form>
 * </DialogFrame>
 * ```
 */
export function DialogFrame(props: DialogFrameProps) {
  const { slot, closeLabel } = props;
  const words = (
    <>
      <Dialog.Title {...slot('confirmTitle', 'iw-invite-dialog-title')}>{props.title}</Dialog.Title>
      <Dialog.Description {...slot('confirmDescription', 'iw-invite-dialog-description')}>
        {props.description}
      </Dialog.Description>
    </>
  );
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
            role={props.role}
            onCloseAutoFocus={(event) => event.preventDefault()}
          >
            {closeLabel ? (
              <div {...slot('editHeader', 'iw-invite-dialog-header')}>{words}</div>
            ) : (
              words
            )}
            {props.children}
            {/* Last, as in the invite dialog: focus starts in the body; Tab reaches it at the end. */}
            {closeLabel && (
              <Dialog.Close
                {...slot('editClose', 'iw-invite-dialog-close')}
                aria-label={closeLabel}
              >
                <span aria-hidden="true">×</span>
              </Dialog.Close>
            )}
          </Dialog.Content>
        </div>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
