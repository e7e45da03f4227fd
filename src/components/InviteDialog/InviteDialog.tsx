'use client';

import { forwardRef, type ReactElement } from 'react';
import type { InviteDialogFormProps } from './parts/InviteDialogForm';
import type { InviteDialogRootProps } from './parts/InviteDialogRoot';
import { InviteDialogClose } from './parts/InviteDialogClose';
import { InviteDialogContent } from './parts/InviteDialogContent';
import { InviteDialogDescription } from './parts/InviteDialogDescription';
import { InviteDialogForm } from './parts/InviteDialogForm';
import { InviteDialogHeader } from './parts/InviteDialogHeader';
import { InviteDialogRoot } from './parts/InviteDialogRoot';
import { InviteDialogStatus } from './parts/InviteDialogStatus';
import { InviteDialogTitle } from './parts/InviteDialogTitle';
import { InviteDialogTrigger } from './parts/InviteDialogTrigger';

/**
 * Props of {@link InviteDialog}.
 *
 * @example
 * ```tsx
 * const props: InviteDialogProps = { closeOnSuccess: false, form: { defaultRole: 'member' } };
 * ```
 */
export interface InviteDialogProps extends Omit<InviteDialogRootProps, 'children'> {
  /** Your own trigger element (a button); by default an "Invite people" button. */
  trigger?: ReactElement;
  /** Props of the form inside (roles, maxInvites, persistDraft, its own classNames…). */
  form?: Omit<InviteDialogFormProps, 'onSent'>;
  /** Where the dialog is portalled; `document.body` by default. */
  container?: HTMLElement | null;
}

/**
 * A dialog with the {@link InviteForm}: a trigger, a title, a description and the form. It
 * closes only when a send went out completely and nothing is left in the field, and then says
 * so in the host page (a polite message, and `onSent`); with failures or invalid entries left it
 * stays open with them. Escape or a click outside never throws typed entries away. Focus stays
 * inside while it is open and returns to the trigger. `ref` goes to the dialog element.
 *
 * Built from {@link InviteDialogRoot} and its parts (`InviteDialogParts`), which you can
 * arrange yourself.
 *
 * @example
 * ```tsx
 * <InviteDialog
 *   trigger={<button className="btn">Invite teammates</button>}
 *   form={{ defaultRole: 'member', persistDraft: true }}
 *   onSent={({ success }) => track('invited', success.length)}
 * />
 * ```
 */
export const InviteDialog = forwardRef<HTMLDivElement, InviteDialogProps>(function InviteDialog(
  { trigger, form, container, ...props },
  ref,
) {
  return (
    <InviteDialogRoot {...props}>
      {trigger ? (
        <InviteDialogTrigger asChild>{trigger}</InviteDialogTrigger>
      ) : (
        <InviteDialogTrigger />
      )}
      <InviteDialogStatus />
      <InviteDialogContent ref={ref} container={container}>
        <InviteDialogHeader>
          <InviteDialogTitle />
          <InviteDialogDescription />
        </InviteDialogHeader>
        <InviteDialogForm {...form} />
        <InviteDialogClose />
      </InviteDialogContent>
    </InviteDialogRoot>
  );
});
