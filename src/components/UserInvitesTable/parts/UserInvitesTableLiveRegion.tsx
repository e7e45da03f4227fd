'use client';

import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { slotWithClassName } from '../../shared/slotWithClassName';
import {
  useUserInvitesTableActivity,
  useUserInvitesTableData,
  useUserInvitesTableStatic,
} from '../userInvitesTableContext';

/**
 * The polite live region: "Loading invites…", "Invite resent to ada@example.com.", who
 * accepted. Visually hidden by default (each row shows its own feedback). Other props and
 * `ref` go to the `<p>`.
 *
 * @example
 * ```tsx
 * <UserInvitesTableLiveRegion />
 * ```
 */
export const UserInvitesTableLiveRegion = forwardRef<
  HTMLParagraphElement,
  ComponentPropsWithoutRef<'p'>
>(function UserInvitesTableLiveRegion({ className, ...props }, ref) {
  const { slot, i18n } = useUserInvitesTableStatic('UserInvitesTableLiveRegion');
  const { phase } = useUserInvitesTableData('UserInvitesTableLiveRegion');
  const { announcement } = useUserInvitesTableActivity('UserInvitesTableLiveRegion');
  return (
    <p
      {...props}
      ref={ref}
      {...slotWithClassName(slot('live'), className)}
      role="status"
      aria-live="polite"
    >
      {phase === 'loading' ? i18n.t('table.loading') : announcement}
    </p>
  );
});
UserInvitesTableLiveRegion.displayName = 'UserInvitesTableLiveRegion';
