'use client';

import { createContext, useContext, type RefObject } from 'react';
import type { SendUserInvitesResult } from '../../client/types';
import type { InviteI18n } from '../../i18n/format';
import type { SlotProps, StylingProps } from '../../theme/slots';
import type { InviteEntry } from '../InviteForm/inviteEntries';

/**
 * The named parts of the invite dialog, for `classNames`; each element carries
 * `data-slot="invite-dialog-<slot>"`.
 *
 * @example
 * ```tsx
 * <InviteDialog classNames={{ content: 'max-w-lg', overlay: 'backdrop-blur' }} />
 * ```
 */
export type InviteDialogSlot =
  | 'root'
  | 'trigger'
  | 'status'
  | 'overlay'
  | 'content'
  | 'header'
  | 'title'
  | 'description'
  | 'close';

/** What the dialog's parts share. */
export interface InviteDialogContextValue {
  slot: (name: InviteDialogSlot, defaultClassName?: string) => SlotProps;
  unstyled: StylingProps<InviteDialogSlot>['unstyled'];
  i18n: InviteI18n;
  open: boolean;
  setOpen: (open: boolean) => void;
  entries: InviteEntry[];
  setEntries: (entries: InviteEntry[]) => void;
  /** Every send of the form inside: reports it, and closes on a complete success. */
  onFormSent: (result: SendUserInvitesResult) => void;
  /** What the host page is told after the dialog closed on a success. */
  status: string;
  clearStatus: () => void;
  triggerRef: RefObject<HTMLButtonElement | null>;
  /** The host's forced theme and direction where the trigger is, carried into the portal. */
  inherited: { theme?: string; dir?: string };
}

export const InviteDialogContext = createContext<InviteDialogContextValue | null>(null);

/**
 * The dialog's context, for a part named `part` (named in the error outside a root).
 *
 * @example
 * ```ts
 * const { open, slot } = useInviteDialogContext('InviteDialogContent');
 * ```
 */
export function useInviteDialogContext(part: string): InviteDialogContextValue {
  const value = useContext(InviteDialogContext);
  if (!value) throw new Error(`<${part}> must be used within <InviteDialogRoot>.`);
  return value;
}
