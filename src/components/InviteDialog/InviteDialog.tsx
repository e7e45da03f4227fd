'use client';

import {
  cloneElement,
  forwardRef,
  isValidElement,
  useCallback,
  useEffect,
  useState,
  type MouseEvent,
  type ReactElement,
} from 'react';
import { dialogMessages } from '../../i18n/messages/dialogMessages';
import { useAreaI18n } from '../../i18n/useAreaI18n';
import { createSlots } from '../../theme/slots';
import { composeEventHandlers } from '../shared/composeEventHandlers';
import { lazyModule, preload, usePreloadWhenIdle } from '../shared/lazyModule';
import type { InviteDialogSlot } from './inviteDialogContext';
import type { InviteDialogFormProps } from './parts/InviteDialogForm';
import type { InviteDialogRootProps } from './parts/InviteDialogRoot';

/** The dialog itself (the form, its parsers, Radix Dialog): fetched when first wanted. */
export const inviteDialogAssembled = lazyModule(() => import('./InviteDialogAssembled'));
type Assembled = Awaited<ReturnType<typeof inviteDialogAssembled.load>>;
type Loading = 'idle' | 'loading' | 'failed';

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
 * The page loads only its button: the dialog itself (the form, its parsers, Radix Dialog) is a
 * chunk of its own, fetched when the page is idle or a pointer or focus comes to the button,
 * and at the latest on the click, which then opens it as soon as it arrives. If it cannot be
 * fetched, the button stays and says so; the next click tries again.
 *
 * Built from `InviteDialogRoot` and its parts (`InviteDialogParts`), which you can arrange
 * yourself (they load with your page).
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
export const InviteDialog = forwardRef<HTMLDivElement, InviteDialogProps>(
  function InviteDialog(props, ref) {
    const { trigger, className, classNames, unstyled } = props;
    const i18n = useAreaI18n(dialogMessages);
    const wanted = props.open ?? props.defaultOpen ?? false;
    const [loaded, setLoaded] = useState<Assembled | undefined>(() =>
      wanted ? inviteDialogAssembled.current() : undefined,
    );
    // Opened by a click before the dialog had arrived: it opens when it does.
    const [clicked, setClicked] = useState(false);
    const [loading, setLoading] = useState<Loading>('idle');

    const show = useCallback(() => {
      const now = inviteDialogAssembled.current();
      if (now) return setLoaded(now);
      setLoading('loading');
      inviteDialogAssembled.load().then(setLoaded, () => setLoading('failed'));
    }, []);
    useEffect(() => {
      if (wanted && !loaded) show();
    }, [wanted, loaded, show]);
    usePreloadWhenIdle(inviteDialogAssembled, !loaded);

    if (loaded) {
      const { InviteDialogAssembled } = loaded;
      return (
        <InviteDialogAssembled
          {...props}
          ref={ref}
          defaultOpen={props.defaultOpen ?? (clicked || undefined)}
        />
      );
    }

    const open = (event: MouseEvent<HTMLElement>) => {
      if (event.defaultPrevented) return;
      props.onOpenChange?.(true);
      // Controlled: the host's `open` brings it (the effect above); otherwise it opens itself.
      if (props.open !== undefined) return;
      setClicked(true);
      show();
    };
    const warmUp = () => preload(inviteDialogAssembled);
    const slot = createSlots<InviteDialogSlot>('invite-dialog', {
      className,
      classNames,
      unstyled,
    });
    // What Radix's trigger says before it has a dialog to point at.
    const triggerProps = {
      'aria-haspopup': 'dialog' as const,
      'aria-expanded': false,
      'aria-busy': loading === 'loading' || undefined,
      'data-state': 'closed',
      onPointerEnter: warmUp,
      onFocus: warmUp,
    };
    const button =
      trigger && isValidElement<{ onClick?: (event: MouseEvent<HTMLElement>) => void }>(trigger) ? (
        cloneElement(trigger, {
          ...triggerProps,
          onClick: composeEventHandlers(trigger.props.onClick, open),
        })
      ) : (
        <button
          type="button"
          {...slot('trigger', 'iw-button iw-root')}
          data-variant="primary"
          {...triggerProps}
          onClick={open}
        >
          {i18n.t('dialog.trigger')}
        </button>
      );
    return (
      <>
        {button}
        <div
          {...slot('status', 'iw-root')}
          role="status"
          aria-live="polite"
          data-state={loading === 'failed' ? 'visible' : 'hidden'}
        >
          {loading === 'failed' ? i18n.t('error.network') : ''}
        </div>
      </>
    );
  },
);
