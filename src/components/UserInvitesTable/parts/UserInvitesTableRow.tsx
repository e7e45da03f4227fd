'use client';

import { memo, useMemo, type ReactNode } from 'react';
import type { UserInvite } from '../../../client/types';
import type { BuiltInCellContext } from '../userInvitesTableColumns';
import {
  UserInvitesTableRowContext,
  useUserInvitesTableStatic,
  type UserInvitesTableMenuState,
  type UserInvitesTableRowValue,
} from '../userInvitesTableContext';
import type { UserInvitesRowFeedback } from '../useUserInvitesTableRowActions';

/**
 * Props of {@link UserInvitesTableRow}: everything a row shows, as values, so that a row
 * re-renders only when one of them changes.
 *
 * @example
 * ```tsx
 * <UserInvitesTableRow invite={invite} index={0} selected={false} cooldownSeconds={0} resending={false} />
 * ```
 */
export interface UserInvitesTableRowProps {
  invite: UserInvite;
  index: number;
  selected: boolean;
  cooldownSeconds: number;
  resending: boolean;
  feedback?: UserInvitesRowFeedback;
  /** Set on the one row whose "…" menu was opened. */
  menu?: UserInvitesTableMenuState;
}

const LABELLED = new Set(['roles', 'sent']);

const sameInvite = (a: UserInvite, b: UserInvite) =>
  a === b ||
  (a.id === b.id &&
    a.updatedAt === b.updatedAt &&
    a.status === b.status &&
    a.statusUpdatedAt === b.statusUpdatedAt &&
    a.expiresAt === b.expiresAt &&
    a.createdAt === b.createdAt &&
    a.email === b.email &&
    a.firstName === b.firstName &&
    a.lastName === b.lastName &&
    a.locale === b.locale &&
    String(a.roleKeys) === String(b.roleKeys) &&
    (a.data === b.data || JSON.stringify(a.data) === JSON.stringify(b.data)));

// A refetched page brings new objects for unchanged invites: compare what a row shows.
const sameRow = (a: UserInvitesTableRowProps, b: UserInvitesTableRowProps) =>
  a.index === b.index &&
  a.selected === b.selected &&
  a.cooldownSeconds === b.cooldownSeconds &&
  a.resending === b.resending &&
  a.feedback === b.feedback &&
  a.menu === b.menu &&
  sameInvite(a.invite, b.invite);

/**
 * One invite as a table row: a `<td>` per column. Memoized: selecting another row, a live
 * change or a cooldown tick elsewhere leaves it alone.
 *
 * @example
 * ```tsx
 * {rows.map((invite, index) => <UserInvitesTableRow key={invite.id} invite={invite} index={index} … />)}
 * ```
 */
export const UserInvitesTableRow = memo(function UserInvitesTableRow(
  props: UserInvitesTableRowProps,
) {
  const table = useUserInvitesTableStatic('UserInvitesTableRow');
  const { invite, index, selected, cooldownSeconds, resending, feedback, menu } = props;
  const { slot, columns, labels } = table;
  const value = useMemo<UserInvitesTableRowValue>(
    () => ({ invite, index, selected, cooldownSeconds, resending, feedback, menu }),
    [invite, index, selected, cooldownSeconds, resending, feedback, menu],
  );
  const context: BuiltInCellContext = { index, selected, table, row: value, now: Date.now() };
  const cell = slot('cell');
  return (
    <UserInvitesTableRowContext.Provider value={value}>
      <tr
        {...slot('row')}
        data-status={invite.status}
        data-state={selected ? 'selected' : undefined}
      >
        {columns.map((column, position) => (
          <td
            key={column.id}
            {...cell}
            data-column={column.id}
            // Only where a stacked row shows it: an attribute fewer per cell elsewhere.
            data-label={LABELLED.has(column.id) ? labels[position] : undefined}
          >
            {(column.cell as (invite: UserInvite, row: BuiltInCellContext) => ReactNode)(
              invite,
              context,
            )}
          </td>
        ))}
      </tr>
    </UserInvitesTableRowContext.Provider>
  );
}, sameRow);
UserInvitesTableRow.displayName = 'UserInvitesTableRow';
