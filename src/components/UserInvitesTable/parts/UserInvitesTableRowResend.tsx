'use client';

import { forwardRef, type ComponentPropsWithoutRef, type MouseEvent } from 'react';
import { composeEventHandlers } from '../../shared/composeEventHandlers';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { inviteName } from '../inviteName';
import { useUserInvitesTableRow, useUserInvitesTableStatic } from '../userInvitesTableContext';

/**
 * A row's one visible action, quiet: "Resend", "Resending…", then "Resend in 9s" while the
 * cooldown runs (disabled, still focusable and named). Nothing when the invite cannot be
 * resent. Other props and `ref` go to the `<button>`.
 *
 * @example
 * ```tsx
 * <UserInvitesTableRowResend className="my-quiet-button" />
 * ```
 */
export const UserInvitesTableRowResend = forwardRef<
  HTMLButtonElement,
  ComponentPropsWithoutRef<'button'>
>(function UserInvitesTableRowResend({ className, onClick, ...props }, ref) {
  const { slot, i18n, commands, permits } = useUserInvitesTableStatic('UserInvitesTableRowResend');
  const { invite, cooldownSeconds, resending } = useUserInvitesTableRow(
    'UserInvitesTableRowResend',
  );
  if (!permits.resend(invite)) return null;
  const email = inviteName(i18n, invite);
  const waiting = cooldownSeconds > 0;
  return (
    <button
      type="button"
      {...props}
      ref={ref}
      {...slotWithClassName(slot('action'), className)}
      data-action="resend"
      data-state={resending ? 'pending' : waiting ? 'waiting' : 'idle'}
      aria-label={
        // Intl's unit formatting is costly: only for a row that is waiting.
        waiting
          ? i18n.t('table.resendInTo', {
              wait: i18n.formatDuration(cooldownSeconds * 1000),
              email,
            })
          : i18n.t('table.resendTo', { email })
      }
      aria-disabled={waiting || resending || undefined}
      onClick={composeEventHandlers(onClick, (_event: MouseEvent<HTMLButtonElement>) => {
        if (!waiting && !resending) commands.resend(invite);
      })}
    >
      {resending
        ? i18n.t('table.feedback.resending')
        : waiting
          ? i18n.t('table.resendIn', { wait: `${cooldownSeconds}s` })
          : i18n.t('table.resend')}
    </button>
  );
});
UserInvitesTableRowResend.displayName = 'UserInvitesTableRowResend';
