'use client';

import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { slotWithClassName } from '../../shared/slotWithClassName';
import {
  useUserInvitesTableData,
  useUserInvitesTableRowStates,
  useUserInvitesTableStateContext,
  useUserInvitesTableStatic,
} from '../userInvitesTableContext';
import { UserInvitesTableHeader } from './UserInvitesTableHeader';
import { UserInvitesTableRow } from './UserInvitesTableRow';
import {
  UserInvitesTableEmpty,
  UserInvitesTableError,
  UserInvitesTableSkeleton,
} from './UserInvitesTableStates';

/**
 * The table itself, in a scroller that never spills over its neighbours: the header, then a
 * row per invite, skeleton rows while the first page loads, the empty state ("No invites yet"
 * or "Clear filters") or the error with "Try again". Other props and `ref` go to the
 * scrolling `<div>`.
 *
 * @example
 * ```tsx
 * <UserInvitesTableRoot>
 *   <UserInvitesTableBody />
 * </UserInvitesTableRoot>
 * ```
 */
export const UserInvitesTableBody = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function UserInvitesTableBody({ className, ...props }, ref) {
    const { slot, ids, label, columns } = useUserInvitesTableStatic('UserInvitesTableBody');
    const { rows, total, phase, isFetching, isPlaceholderData } =
      useUserInvitesTableData('UserInvitesTableBody');
    const { selected, pageSize } = useUserInvitesTableStateContext('UserInvitesTableBody');
    const { feedback, cooldownRemainingMs, isResending, menu } =
      useUserInvitesTableRowStates('UserInvitesTableBody');
    return (
      <div {...props} ref={ref} {...slotWithClassName(slot('scroller'), className)}>
        <table
          {...slot('table')}
          id={ids.table}
          aria-label={label}
          aria-busy={isFetching || phase === 'loading' || undefined}
          aria-rowcount={phase === 'ready' ? total + 1 : undefined}
          data-state={phase}
        >
          <UserInvitesTableHeader />
          <tbody {...slot('body')} data-state={isPlaceholderData ? 'stale' : undefined}>
            {phase === 'loading' && (
              <UserInvitesTableSkeleton rows={Math.min(pageSize, 5)} columns={columns.length} />
            )}
            {phase === 'error' && <UserInvitesTableError columns={columns.length} />}
            {phase === 'empty' && <UserInvitesTableEmpty columns={columns.length} />}
            {phase === 'ready' &&
              rows.map((invite, index) => (
                <UserInvitesTableRow
                  key={invite.id}
                  invite={invite}
                  index={index}
                  selected={selected.has(invite.id)}
                  cooldownSeconds={Math.ceil(cooldownRemainingMs(invite.id) / 1000)}
                  resending={isResending(invite.id)}
                  feedback={feedback.get(invite.id)}
                  menu={menu?.id === invite.id ? menu : undefined}
                />
              ))}
          </tbody>
        </table>
      </div>
    );
  },
);
UserInvitesTableBody.displayName = 'UserInvitesTableBody';
