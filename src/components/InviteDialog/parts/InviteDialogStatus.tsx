'use client';

import { forwardRef, useEffect, type ComponentPropsWithoutRef } from 'react';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { useInviteDialogContext } from '../inviteDialogContext';

/** How long the message stays in sight; it goes earlier when the dialog opens again. */
const SHOWN_MS = 8000;

/**
 * A polite message in the host page after the dialog closed on a success ("Sent 3 invites."),
 * in the corner of the screen like a toast. Always in the page (empty in between), so screen
 * readers announce it. `data-state` is `visible` or `hidden`.
 *
 * @example
 * ```tsx
 * <InviteDialogRoot><InviteDialogTrigger /><InviteDialogStatus />…</InviteDialogRoot>
 * ```
 */
export const InviteDialogStatus = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function InviteDialogStatus({ className, ...props }, ref) {
    const { slot, status, clearStatus } = useInviteDialogContext('InviteDialogStatus');
    useEffect(() => {
      if (!status) return;
      const timer = setTimeout(clearStatus, SHOWN_MS);
      return () => clearTimeout(timer);
    }, [status, clearStatus]);
    return (
      <div
        {...props}
        ref={ref}
        {...slotWithClassName(slot('status', 'iw-root'), className)}
        role="status"
        aria-live="polite"
        data-state={status ? 'visible' : 'hidden'}
      >
        {status}
      </div>
    );
  },
);
