'use client';

import { forwardRef } from 'react';
import type { SendUserInvitesResult } from '../../../client/types';
import { InviteForm } from '../../InviteForm/InviteForm';
import type { InviteFormProps } from '../../InviteForm/inviteFormProps';
import { useInviteDialogContext } from '../inviteDialogContext';

// Fewer chips than on a page before "+N more": the dialog stays short, its problems in view.
const DIALOG_CHIPS = 12;

/**
 * Props of {@link InviteDialogForm}: the form's, except its entries, which the dialog owns.
 *
 * @example
 * ```tsx
 * const props: InviteDialogFormProps = { defaultRole: 'member', persistDraft: true };
 * ```
 */
export type InviteDialogFormProps = Omit<
  InviteFormProps,
  'value' | 'defaultValue' | 'onValueChange'
>;

/**
 * The {@link InviteForm} inside the dialog, on the dialog's entries: they stay when it closes.
 * Its sends are reported to the root, which closes only on a complete success. It shows 12
 * chips before "+N more" (`visibleChips` to change).
 *
 * @example
 * ```tsx
 * <InviteDialogForm defaultRole="member" maxInvites={500} />
 * ```
 */
export const InviteDialogForm = forwardRef<HTMLFormElement, InviteDialogFormProps>(
  function InviteDialogForm({ onSent, ...props }, ref) {
    const dialog = useInviteDialogContext('InviteDialogForm');
    const sent = (result: SendUserInvitesResult) => {
      onSent?.(result);
      dialog.onFormSent(result);
    };
    return (
      <InviteForm
        unstyled={dialog.unstyled}
        visibleChips={DIALOG_CHIPS}
        {...props}
        ref={ref}
        value={dialog.entries}
        onValueChange={dialog.setEntries}
        onSent={sent}
      />
    );
  },
);
