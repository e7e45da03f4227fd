'use client';

import * as Dialog from '@radix-ui/react-dialog';
import { useRef, useState, type ReactElement } from 'react';
import { useInviteI18n } from '../../i18n/useInviteI18n';
import type { SendUserInvitesResult } from '../../client/types';
import { createSlots, type StylingProps } from '../../theme/slots';
import { InviteForm, type InviteFormProps } from '../InviteForm/InviteForm';
import type { InviteEntry } from '../InviteForm/inviteEntries';
import { useControllableState } from '../shared/useControllableState';

/**
 * The named parts of {@link InviteDialog}, for `classNames`.
 *
 * @example
 * ```tsx
 * <InviteDialog classNames={{ content: 'max-w-lg', overlay: 'backdrop-blur' }} />
 * ```
 */
export type InviteDialogSlot =
  'root' | 'trigger' | 'overlay' | 'content' | 'header' | 'title' | 'description' | 'close';

/**
 * Props of {@link InviteDialog}.
 *
 * @example
 * ```tsx
 * const props: InviteDialogProps = { closeOnSuccess: false, form: { defaultRole: 'member' } };
 * ```
 */
export interface InviteDialogProps extends StylingProps<InviteDialogSlot> {
  /** Your own trigger element (a button); by default an "Invite people" button. */
  trigger?: ReactElement;
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Close after a send in which every address went out. Default `true`. */
  closeOnSuccess?: boolean;
  /** The entries, controlled: they outlive the dialog closing either way. */
  value?: InviteEntry[];
  defaultValue?: InviteEntry[];
  onValueChange?: (entries: InviteEntry[]) => void;
  onSent?: (result: SendUserInvitesResult) => void;
  /** Props of the form inside (roles, maxInvites, persistDraft, its own classNames…). */
  form?: Omit<InviteFormProps, 'value' | 'defaultValue' | 'onValueChange' | 'onSent'>;
  /** Where the dialog is portalled; `document.body` by default. */
  container?: HTMLElement | null;
}

const NO_ENTRIES: InviteEntry[] = [];

/**
 * A dialog with the {@link InviteForm}: a trigger, a title, a description and the form. It
 * closes after a complete success (configurable) and stays open on a partial failure with the
 * failures shown. Escape or a click outside never throws typed entries away: they are there
 * when it opens again. Focus stays inside while it is open and returns to the trigger.
 *
 * @example
 * ```tsx
 * <InviteDialog
 *   trigger={<button className="btn">Invite teammates</button>}
 *   form={{ defaultRole: 'member', persistDraft: true }}
 *   onSent={({ success }) => toast(`${success.length} invited`)}
 * />
 * ```
 */
export function InviteDialog(props: InviteDialogProps) {
  const { closeOnSuccess = true, form, container } = props;
  const i18n = useInviteI18n();
  const slot = createSlots<InviteDialogSlot>('invite-dialog', props);
  const [open, setOpen] = useControllableState(
    props.open,
    props.defaultOpen ?? false,
    props.onOpenChange,
  );
  const [entries, setEntries] = useControllableState(
    props.value,
    props.defaultValue ?? NO_ENTRIES,
    props.onValueChange,
  );
  const triggerRef = useRef<HTMLButtonElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  // The portal leaves the host's tree: carry its forced theme and direction along.
  const [inherited, setInherited] = useState<{ theme?: string; dir?: string }>({});

  const onOpenChange = (next: boolean) => {
    if (next) {
      const trigger = triggerRef.current;
      setInherited({
        theme: trigger?.closest('[data-iw-theme]')?.getAttribute('data-iw-theme') ?? undefined,
        dir: trigger?.closest('[dir]')?.getAttribute('dir') ?? undefined,
      });
    }
    setOpen(next);
  };

  const onSent = (result: SendUserInvitesResult) => {
    props.onSent?.(result);
    if (closeOnSuccess && result.errors.length === 0 && result.success.length > 0) setOpen(false);
  };

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Trigger asChild ref={triggerRef}>
        {props.trigger ?? (
          <button type="button" {...slot('trigger', 'iw-button iw-root')} data-variant="primary">
            {i18n.t('dialog.trigger')}
          </button>
        )}
      </Dialog.Trigger>
      <Dialog.Portal container={container}>
        <div {...slot('root')} data-iw-theme={inherited.theme} dir={inherited.dir ?? i18n.dir}>
          <Dialog.Overlay {...slot('overlay')} />
          <Dialog.Content
            {...slot('content')}
            ref={contentRef}
            onOpenAutoFocus={(event) => {
              // Straight to typing addresses, not to the first chip's remove button.
              event.preventDefault();
              contentRef.current?.querySelector<HTMLInputElement>('input[type="text"]')?.focus();
            }}
          >
            <div {...slot('header')}>
              <Dialog.Title {...slot('title')}>{i18n.t('dialog.title')}</Dialog.Title>
              <Dialog.Description {...slot('description')}>
                {i18n.t('dialog.description')}
              </Dialog.Description>
            </div>
            <InviteForm
              unstyled={props.unstyled}
              {...form}
              value={entries}
              onValueChange={setEntries}
              onSent={onSent}
            />
            <Dialog.Close {...slot('close')} aria-label={i18n.t('dialog.close')}>
              <span aria-hidden="true">×</span>
            </Dialog.Close>
          </Dialog.Content>
        </div>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
