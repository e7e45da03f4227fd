'use client';

import * as Dialog from '@radix-ui/react-dialog';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SendUserInvitesResult } from '../../../client/types';
import { dialogMessages } from '../../../i18n/messages/dialogMessages';
import { formMessages } from '../../../i18n/messages/formMessages';
import { useAreaI18n } from '../../../i18n/useAreaI18n';
import { useIsomorphicLayoutEffect } from '../../../react/useIsomorphicLayoutEffect';
import { createSlots, type StylingProps } from '../../../theme/slots';
import type { InviteEntry } from '../../InviteForm/inviteEntries';
import { readPortalContext, type PortalContext } from '../../shared/readPortalContext';
import { useControllableState } from '../../shared/useControllableState';
import {
  InviteDialogContext,
  type InviteDialogContextValue,
  type InviteDialogSlot,
} from '../inviteDialogContext';

/**
 * Props of {@link InviteDialogRoot}.
 *
 * @example
 * ```tsx
 * const props: InviteDialogRootProps = { defaultOpen: true, closeOnSuccess: false };
 * ```
 */
export interface InviteDialogRootProps extends StylingProps<InviteDialogSlot> {
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Close after a send in which every address went out and none is left. Default `true`. */
  closeOnSuccess?: boolean;
  /** The entries, controlled: they outlive the dialog closing either way. */
  value?: InviteEntry[];
  defaultValue?: InviteEntry[];
  onValueChange?: (entries: InviteEntry[]) => void;
  /** After every send, with what the backend answered. */
  onSent?: (result: SendUserInvitesResult) => void;
  children?: ReactNode;
}

const NO_ENTRIES: InviteEntry[] = [];
// The dialog's own words, and the form's for the message after a send.
const DIALOG_MESSAGES = { ...formMessages, ...dialogMessages };

/**
 * The dialog's state: open or closed, the entries (kept while it is closed), the close rule
 * (only on a complete success, then a polite message in the host page). Renders no element.
 *
 * @example
 * ```tsx
 * <InviteDialogRoot onSent={track}>
 *   <InviteDialogTrigger />
 *   <InviteDialogStatus />
 *   <InviteDialogContent><InviteDialogTitle /><InviteDialogForm /></InviteDialogContent>
 * </InviteDialogRoot>
 * ```
 */
export function InviteDialogRoot(props: InviteDialogRootProps) {
  const { closeOnSuccess = true, className, classNames, unstyled } = props;
  const i18n = useAreaI18n(DIALOG_MESSAGES);
  const slot = useMemo(
    () => createSlots<InviteDialogSlot>('invite-dialog', { className, classNames, unstyled }),
    [className, classNames, unstyled],
  );
  const [open, setOpenState] = useControllableState(
    props.open,
    props.defaultOpen ?? false,
    props.onOpenChange,
  );
  const [entries, setEntriesState] = useControllableState(
    props.value,
    props.defaultValue ?? NO_ENTRIES,
    props.onValueChange,
  );
  // What is left after a send, read when the form reports it (before the next render).
  const entriesRef = useRef(entries);
  entriesRef.current = entries;
  const triggerRef = useRef<HTMLButtonElement>(null);
  const [inherited, setInherited] = useState<PortalContext>({});
  const [status, setStatus] = useState('');
  const onSentProp = useRef(props.onSent);
  onSentProp.current = props.onSent;

  const setOpen = useCallback(
    (next: boolean) => {
      if (next) {
        setInherited(readPortalContext(triggerRef.current));
        setStatus('');
      }
      setOpenState(next);
    },
    [setOpenState],
  );
  // Open from the start (`defaultOpen`, or opened by the click that loaded it): the theme
  // around the trigger is read once it is in the page, before the dialog paints.
  useIsomorphicLayoutEffect(() => {
    if (open) setInherited(readPortalContext(triggerRef.current));
  }, []);
  const setEntries = useCallback(
    (next: InviteEntry[]) => {
      entriesRef.current = next;
      setEntriesState(next);
    },
    [setEntriesState],
  );
  const onFormSent = useCallback(
    (result: SendUserInvitesResult) => {
      onSentProp.current?.(result);
      const complete =
        result.errors.length === 0 && result.success.length > 0 && entriesRef.current.length === 0;
      if (!closeOnSuccess || !complete) return;
      setStatus(
        i18n.t('form.sent', { count: result.success.length, email: result.success[0]!.email }),
      );
      setOpenState(false);
    },
    [closeOnSuccess, i18n, setOpenState],
  );

  const value = useMemo<InviteDialogContextValue>(
    () => ({
      slot,
      unstyled,
      i18n,
      open,
      setOpen,
      entries,
      setEntries,
      onFormSent,
      status,
      clearStatus: () => setStatus(''),
      triggerRef,
      inherited,
    }),
    [slot, unstyled, i18n, open, setOpen, entries, setEntries, onFormSent, status, inherited],
  );
  return (
    <InviteDialogContext.Provider value={value}>
      <Dialog.Root open={open} onOpenChange={setOpen}>
        {props.children}
      </Dialog.Root>
    </InviteDialogContext.Provider>
  );
}
