'use client';

import { forwardRef, useId, type ComponentPropsWithoutRef } from 'react';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { useInviteFormSending, useInviteFormStatic } from '../inviteFormContext';

/**
 * Progress while sending ("Sending 120 of 500…"), as a labelled progress bar. Nothing otherwise.
 *
 * @example
 * ```tsx
 * <InviteFormProgress />
 * ```
 */
export const InviteFormProgress = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function InviteFormProgress({ className, ...props }, ref) {
    const { slot, i18n } = useInviteFormStatic('InviteFormProgress');
    const { isSending, progress } = useInviteFormSending('InviteFormProgress');
    const labelId = useId();
    if (!isSending || !progress || progress.total === 0) return null;
    const text = i18n.t('form.sending', { sent: progress.sent, total: progress.total });
    return (
      <div {...props} ref={ref} {...slotWithClassName(slot('progress'), className)}>
        <progress value={progress.sent} max={progress.total} aria-labelledby={labelId} />
        <span id={labelId}>{text}</span>
      </div>
    );
  },
);
