'use client';

import {
  forwardRef,
  useEffect,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type PointerEvent,
} from 'react';
import { composeEventHandlers } from '../../shared/composeEventHandlers';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { useComposedRefs } from '../../shared/useComposedRefs';
import {
  useInviteFormEntriesContext,
  useInviteFormHasText,
  useInviteFormParts,
  useInviteFormSending,
  useInviteFormStatic,
} from '../inviteFormContext';
import { primaryAction } from '../primaryAction';

/**
 * The primary button, always the action that makes sense now: "Send 12 invites" (typed text
 * included), or "Retry 400" when only failures that a retry can cure are left; disabled while
 * there is nothing to do, while sending, or past `maxInvites`. A double submit is impossible.
 * From a pointer press to its click, neither its label nor its place changes. `data-action`
 * is `send`, `retry` or `sending`.
 *
 * @example
 * ```tsx
 * <InviteFormSubmit className="w-full" />
 * ```
 */
export const InviteFormSubmit = forwardRef<HTMLButtonElement, ComponentPropsWithoutRef<'button'>>(
  function InviteFormSubmit({ className, children, ...props }, forwardedRef) {
    const { slot, i18n, ids, submitRef, submitPressed } = useInviteFormStatic('InviteFormSubmit');
    const { sendable, retryable, excess } = useInviteFormEntriesContext('InviteFormSubmit');
    const { isSending } = useInviteFormSending('InviteFormSubmit');
    const hasText = useInviteFormHasText('InviteFormSubmit');
    const present = useInviteFormParts('InviteFormSubmit');
    const ref = useComposedRefs(forwardedRef, submitRef);
    const primary = primaryAction({ sendable, retryable, hasText, isSending });
    const label =
      primary.kind === 'sending'
        ? i18n.t('form.sendingShort')
        : primary.kind === 'retry'
          ? i18n.t('form.group.retry', { count: primary.count })
          : i18n.t('form.submit', { count: primary.count });

    // The label of the moment the pointer went down, kept until its click has happened.
    const [pressedLabel, setPressedLabel] = useState<string | null>(null);
    const release = useRef<(() => void) | null>(null);
    useEffect(() => () => release.current?.(), []);
    const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
      if (event.button !== 0) return;
      release.current?.();
      submitPressed.current = true;
      setPressedLabel(label);
      const view = event.currentTarget.ownerDocument.defaultView ?? window;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const end = () => {
        view.removeEventListener('pointerup', later, true);
        view.removeEventListener('pointercancel', later, true);
        clearTimeout(timer);
        release.current = null;
        submitPressed.current = false;
        setPressedLabel(null);
      };
      // After the click: it is dispatched in the same task as the pointerup.
      const later = () => {
        timer = setTimeout(end, 0);
      };
      view.addEventListener('pointerup', later, true);
      view.addEventListener('pointercancel', later, true);
      release.current = end;
    };

    const disabled =
      isSending || excess > 0 || (sendable.length === 0 && !hasText && retryable.length === 0);
    return (
      <button
        type="submit"
        aria-describedby={present.has('summary') ? ids.summary : undefined}
        {...props}
        ref={ref}
        {...slotWithClassName(slot('submit', 'iw-button'), className)}
        data-variant="primary"
        data-action={primary.kind}
        disabled={disabled}
        onPointerDown={composeEventHandlers(props.onPointerDown, onPointerDown)}
      >
        {children ?? pressedLabel ?? label}
      </button>
    );
  },
);
