'use client';

import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { INVITE_STATUSES } from '../../../client/status';
import { statusLabel } from '../../../i18n/describeError';
import { slotWithClassName } from '../../shared/slotWithClassName';
import {
  useUserInvitesTableData,
  useUserInvitesTableStateContext,
  useUserInvitesTableStatic,
} from '../userInvitesTableContext';
import type { UserInvitesStatusFilter } from '../useUserInvitesTableState';

const OPTIONS: readonly UserInvitesStatusFilter[] = ['all', ...INVITE_STATUSES];

/**
 * The status filter as a segmented control: native radio buttons (arrow keys move between
 * them), the chosen one with its count once the page has loaded. Other props and `ref` go to
 * the `<fieldset>`.
 *
 * @example
 * ```tsx
 * <UserInvitesTableStatusFilter />
 * ```
 */
export const UserInvitesTableStatusFilter = forwardRef<
  HTMLFieldSetElement,
  ComponentPropsWithoutRef<'fieldset'>
>(function UserInvitesTableStatusFilter({ className, ...props }, ref) {
  const { slot, i18n, ids } = useUserInvitesTableStatic('UserInvitesTableStatusFilter');
  const { status, setStatus } = useUserInvitesTableStateContext('UserInvitesTableStatusFilter');
  const { total, phase, isPlaceholderData } = useUserInvitesTableData(
    'UserInvitesTableStatusFilter',
  );
  const counted = phase !== 'loading' && phase !== 'error' && !isPlaceholderData;
  return (
    <fieldset {...props} ref={ref} {...slotWithClassName(slot('filter'), className)}>
      <legend>{i18n.t('table.status')}</legend>
      {OPTIONS.map((value) => (
        <label key={value} {...slot('filterOption')} data-state={value === status ? 'on' : 'off'}>
          <input
            type="radio"
            name={`${ids.table}-status`}
            value={value}
            checked={value === status}
            onChange={() => setStatus(value)}
          />
          {value === 'all' ? i18n.t('table.status.all') : statusLabel(i18n, value)}
          {value === status && counted && (
            <span aria-hidden="true"> {i18n.formatNumber(total)}</span>
          )}
        </label>
      ))}
    </fieldset>
  );
});
UserInvitesTableStatusFilter.displayName = 'UserInvitesTableStatusFilter';
