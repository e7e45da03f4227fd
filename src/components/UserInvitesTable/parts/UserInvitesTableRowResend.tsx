'use client';

import { forwardRef, type ComponentPropsWithoutRef, type Ref } from 'react';
import { composeEventHandlers } from '../../shared/composeEventHandlers';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { inviteName } from '../inviteName';
import {
  useUserInvitesTableRow,
  useUserInvitesTableStatic,
  type UserInvitesTableRowValue,
  type UserInvitesTableStatic,
} from '../userInvitesTableContext';

/**
 * A row's resend button as an element, from the table and the row: what
 * {@link UserInvitesTableRowResend} renders, and what the built-in actions cell renders without
 * a component of its own (a hundred rows, a hundred fibers fewer).
 *
 * @example
 * ```tsx
 * renderRowResend(table, row, { className: 'my-quiet-button' }, ref);
 * ```
 */
export function renderRowResend(
  table: UserInvitesTableStatic,
  row: UserInvitesTableRowValue,
  { className, onClick, ...props }: ComponentPropsWithoutRef<'button'> = {},
  ref?: Ref<HTMLButtonElement>,
) {
  const { slot, i18n, commands, permits } = table;
  const { invite, cooldownSeconds, resending } = row;
  if (!permits.resend(invite)) return null;
  const email = inviteName(i18n, invite);
  const waiting = cooldownSeconds > 0;
  const resend = () => {
    if (!waiting && !resending) commands.resend(invite);
  };
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
      onClick={composeEventHandlers(onClick, resend)}
    >
      {resending
        ? i18n.t('table.feedback.resending')
        : waiting
          ? i18n.t('table.resendIn', { wait: `${cooldownSeconds}s` })
          : i18n.t('table.resend')}
    </button>
  );
}

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
>(function UserInvitesTableRowResend(props, ref) {
  return renderRowResend(
    useUserInvitesTableStatic('UserInvitesTableRowResend'),
    useUserInvitesTableRow('UserInvitesTableRowResend'),
    props,
    ref,
  );
});
UserInvitesTableRowResend.displayName = 'UserInvitesTableRowResend';
