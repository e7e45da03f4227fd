import type { ReactNode } from 'react';
import type { UserInvite } from '../../client/types';
import { statusLabel } from '../../i18n/describeError';
import type { InviteI18n } from '../../i18n/format';
import { inviteName, personName } from './inviteName';
import { UserInvitesTableRoles } from './parts/UserInvitesTableRoles';
import { renderRowActions } from './parts/UserInvitesTableRowActions';
import { UserInvitesTableSelectAll } from './parts/UserInvitesTableSelectAll';
import { stableDate } from './tableDates';
import type { UserInvitesTableColumn, UserInvitesTableColumnId } from './userInvitesTableProps';
import type { UserInvitesTableRowValue, UserInvitesTableStatic } from './userInvitesTableContext';

const SOON_MS = 24 * 3_600_000;
// The checkbox is set by its click (with Shift for a range), not by change events.
const noop = () => undefined;

/**
 * An address that may wrap after its `@` (`priya.bernerslee@` / `example.com`) rather than
 * anywhere in a word; `<wbr>` adds no text, so a copied address stays whole.
 */
function breakableEmail(email: string) {
  const at = email.lastIndexOf('@');
  if (at <= 0) return email;
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </>
  );
}

/**
 * What the built-in cells get from their row as a second argument (a column of your own is
 * called with the invite alone and reads anything else from context).
 */
export interface BuiltInCellContext {
  index: number;
  selected: boolean;
  table: UserInvitesTableStatic;
  /** The row, as its context gives it to parts in a cell. */
  row: UserInvitesTableRowValue;
  /** The time this row rendered at. */
  now: number;
}

function expires(i18n: InviteI18n, invite: UserInvite, now: number, hydrated: boolean) {
  if (!invite.expiresAt) return { text: i18n.t('table.expires.none'), state: 'none' };
  const time = hydrated
    ? i18n.formatRelativeTime(invite.expiresAt, now)
    : stableDate(i18n, invite.expiresAt);
  if (invite.status === 'expired')
    return { text: i18n.t('table.expired', { time }), state: 'expired' };
  if (invite.status !== 'pending') return { text: i18n.t('table.expires.none'), state: 'none' };
  // "Soon" depends on the clock: decided after hydration only.
  return hydrated && Date.parse(invite.expiresAt) - now < SOON_MS
    ? { text: i18n.t('table.expires.soon', { time }), state: 'soon' }
    : { text: i18n.t('table.expires.in', { time }), state: 'later' };
}

const builtIn = (cell: (invite: UserInvite, row: BuiltInCellContext) => ReactNode) =>
  cell as UserInvitesTableColumn['cell'];

/**
 * The built-in columns, in the same `{ id, header, cell, sortField }` shape as your own: reuse
 * one with a new header (`{ ...userInvitesTableColumns.sent, header: 'Invited' }`).
 *
 * @example
 * ```tsx
 * <UserInvitesTable columns={[userInvitesTableColumns.invitee, team, 'status', 'actions']} />
 * ```
 */
export const userInvitesTableColumns: Record<UserInvitesTableColumnId, UserInvitesTableColumn> = {
  select: {
    id: 'select',
    header: <UserInvitesTableSelectAll />,
    // A plain element, not a component: one fiber fewer on each of a hundred rows.
    cell: builtIn((invite, { index, selected, table }) => (
      <input
        type="checkbox"
        {...table.slot('checkbox')}
        aria-label={table.i18n.t('table.selectRow', { email: inviteName(table.i18n, invite) })}
        checked={selected}
        onChange={noop}
        onClick={(event) =>
          table.commands.toggleRow(index, event.currentTarget.checked, event.shiftKey)
        }
      />
    )),
  },
  invitee: {
    id: 'invitee',
    header: 'Invitee',
    sortField: 'email',
    // One line when there is no name: the address is then the primary line.
    cell: builtIn((invite, { table }) => {
      const name = personName(invite);
      return name ? (
        <>
          {name}
          <span {...table.slot('email')}>{breakableEmail(invite.email)}</span>
        </>
      ) : (
        breakableEmail(invite.email)
      );
    }),
  },
  roles: {
    id: 'roles',
    header: 'Roles',
    cell: (invite) => <UserInvitesTableRoles roleKeys={invite.roleKeys} />,
  },
  status: {
    id: 'status',
    header: 'Status',
    sortField: 'status',
    // The row carries `data-status`; the icon is drawn by CSS from it.
    cell: builtIn((invite, { table }) => statusLabel(table.i18n, invite.status)),
  },
  sent: {
    id: 'sent',
    header: 'Sent',
    sortField: 'createdAt',
    cell: builtIn((invite, { table, now }) => {
      const { i18n, hydrated } = table;
      return (
        <time
          {...table.slot('time')}
          dateTime={invite.createdAt}
          title={hydrated ? i18n.formatDateTime(invite.createdAt) : undefined}
        >
          {hydrated
            ? i18n.formatRelativeTime(invite.createdAt, now)
            : stableDate(i18n, invite.createdAt)}
        </time>
      );
    }),
  },
  expires: {
    id: 'expires',
    header: 'Expires',
    sortField: 'expiresAt',
    cell: builtIn((invite, { table, now }) => {
      const { i18n, hydrated } = table;
      const { text, state } = expires(i18n, invite, now, hydrated);
      return (
        <span {...table.slot('expires')} data-state={state}>
          {text}
        </span>
      );
    }),
  },
  actions: {
    id: 'actions',
    header: 'Actions',
    // Elements, not the part's components: three fibers fewer on each of a hundred rows.
    cell: builtIn((_, { table, row }) => renderRowActions(table, row)),
  },
};

const DEFAULT_COLUMNS: UserInvitesTableColumnId[] = [
  'select',
  'invitee',
  'roles',
  'status',
  'sent',
  'expires',
  'actions',
];

/**
 * Built-in ids as their columns, your own columns as they are.
 *
 * @example
 * ```ts
 * resolveColumns(['invitee', team]); // [userInvitesTableColumns.invitee, team]
 * ```
 */
export function resolveColumns(
  columns: (UserInvitesTableColumnId | UserInvitesTableColumn)[] = DEFAULT_COLUMNS,
): UserInvitesTableColumn[] {
  return columns.map((column) =>
    typeof column === 'string' ? userInvitesTableColumns[column] : column,
  );
}

/** Built-in headers are translated; the English `header` above is what a host sees in code. */
export const isBuiltInColumn = (column: UserInvitesTableColumn) =>
  Object.prototype.hasOwnProperty.call(userInvitesTableColumns, column.id) &&
  userInvitesTableColumns[column.id as UserInvitesTableColumnId].cell === column.cell;

/**
 * A column's header as shown: built-in headers in the provider's language, others as given.
 *
 * @example
 * ```tsx
 * <th>{headerText(i18n, column)}</th>
 * ```
 */
export const headerText = (i18n: InviteI18n, column: UserInvitesTableColumn): ReactNode =>
  isBuiltInColumn(column) && typeof column.header === 'string'
    ? i18n.t(`table.column.${column.id}` as 'table.column.invitee')
    : column.header;
