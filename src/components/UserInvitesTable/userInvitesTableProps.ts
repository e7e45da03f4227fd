import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import type { UserInvite, UserInviteOrderField } from '../../client/types';
import type { StylingProps } from '../../theme/slots';
import type { ConfirmDialogSlot } from '../shared/DialogFrame';
import type { UserInvitesTableStateOptions } from './useUserInvitesTableState';

/**
 * The named parts of {@link UserInvitesTable}, for `classNames`.
 *
 * @example
 * ```tsx
 * <UserInvitesTable classNames={{ row: 'hover:bg-muted', pagination: 'mt-4' }} />
 * ```
 */
export type UserInvitesTableSlot =
  | 'root'
  | 'toolbar'
  | 'search'
  | 'searchInput'
  | 'filter'
  | 'filterOption'
  | 'bulkBar'
  | 'bulkResult'
  | 'scroller'
  | 'table'
  | 'head'
  | 'headerCell'
  | 'sortButton'
  | 'body'
  | 'row'
  | 'cell'
  | 'checkbox'
  | 'email'
  | 'time'
  | 'expires'
  | 'action'
  | 'menuTrigger'
  | 'menu'
  | 'menuItem'
  | 'feedback'
  | 'placeholder'
  | 'empty'
  | 'error'
  | 'pagination'
  | 'pageSize'
  | 'pageSizeSelect'
  | 'range'
  | 'pageButton'
  | 'live'
  | 'edit'
  | 'editField'
  | 'editHeader'
  | 'editClose'
  | ConfirmDialogSlot;

/**
 * A built-in column.
 *
 * @example
 * ```tsx
 * <UserInvitesTable columns={['invitee', 'status', 'actions'] satisfies UserInvitesTableColumnId[]} />
 * ```
 */
export type UserInvitesTableColumnId =
  'select' | 'invitee' | 'roles' | 'status' | 'sent' | 'expires' | 'actions';

/**
 * A column: the built-in ones have this shape too (`userInvitesTableColumns.status`).
 * `cell` renders inside the row's `<td>`; keep it cheap, it runs for every row.
 *
 * @example
 * ```tsx
 * const team: UserInvitesTableColumn = {
 *   id: 'team',
 *   header: 'Team',
 *   cell: (invite) => String(invite.data?.team ?? '—'),
 * };
 * ```
 */
export interface UserInvitesTableColumn {
  id: string;
  header: ReactNode;
  cell: (invite: UserInvite) => ReactNode;
  /** Makes the column sortable by this field. */
  sortField?: UserInviteOrderField;
}

/**
 * A permission: a boolean for every invite, or a function deciding per invite.
 *
 * @example
 * ```tsx
 * <UserInvitesTable canCancel={(invite) => invite.createdByUserId === me.id} />
 * ```
 */
export type InvitePermission = boolean | ((invite: UserInvite) => boolean);

/**
 * Props of {@link UserInvitesTableRoot} and {@link UserInvitesTable}: the state (each piece
 * controllable), permissions, styling, and the `<section>` element's own props.
 *
 * @example
 * ```tsx
 * const props: UserInvitesTableProps = { defaultPageSize: 50, canCancel: false };
 * ```
 */
export interface UserInvitesTableProps
  extends
    StylingProps<UserInvitesTableSlot>,
    UserInvitesTableStateOptions,
    Omit<ComponentPropsWithoutRef<'section'>, 'className' | 'children' | 'key'> {
  /** Which columns, in which order; built-in ids or your own columns. */
  columns?: (UserInvitesTableColumnId | UserInvitesTableColumn)[];
  /** Page sizes to choose from. Default 10, 25, 50, 100. */
  pageSizes?: number[];
  canResend?: InvitePermission;
  canCancel?: InvitePermission;
  /** Offer "Edit invite" (role, names, email language). Hidden anyway when the client cannot update. */
  canEdit?: InvitePermission;
  /** Email languages "Edit invite" offers. Default en-US, en-GB, de-DE, fr-FR, es-ES, ja-JP. */
  locales?: string[];
  /** How often pending rows are checked when the client cannot push. Default 5 s. */
  pollIntervalMs?: number;
  /** What an empty tenant offers; by default an `InviteDialog`. `null` for nothing. */
  emptyAction?: ReactNode;
  /** The table's accessible name. Default "Invites". */
  label?: string;
  children?: ReactNode;
}
