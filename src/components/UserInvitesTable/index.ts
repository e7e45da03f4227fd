export { UserInvitesTable } from './UserInvitesTable';
export * as UserInvitesTableParts from './UserInvitesTable.parts';
export { UserInvitesTableBody } from './parts/UserInvitesTableBody';
export { UserInvitesTableBulkBar } from './parts/UserInvitesTableBulkBar';
export { UserInvitesTableDialogs } from './parts/UserInvitesTableDialogs';
export { UserInvitesTableHeader } from './parts/UserInvitesTableHeader';
export { UserInvitesTableLiveRegion } from './parts/UserInvitesTableLiveRegion';
export { UserInvitesTablePagination } from './parts/UserInvitesTablePagination';
export { UserInvitesTableRoot } from './parts/UserInvitesTableRoot';
export { UserInvitesTableRow, type UserInvitesTableRowProps } from './parts/UserInvitesTableRow';
export { UserInvitesTableRowActions } from './parts/UserInvitesTableRowActions';
export { UserInvitesTableRowMenu } from './parts/UserInvitesTableRowMenu';
export { UserInvitesTableRowResend } from './parts/UserInvitesTableRowResend';
export { UserInvitesTableSearch } from './parts/UserInvitesTableSearch';
export { UserInvitesTableSelectAll } from './parts/UserInvitesTableSelectAll';
export { UserInvitesTableStatusFilter } from './parts/UserInvitesTableStatusFilter';
export { UserInvitesTableToolbar } from './parts/UserInvitesTableToolbar';
export type {
  InvitePermission,
  UserInvitesTableColumn,
  UserInvitesTableColumnId,
  UserInvitesTableProps,
  UserInvitesTableSlot,
} from './userInvitesTableProps';
export { userInvitesTableColumns } from './userInvitesTableColumns';
export {
  defaultUserInvitesTableQuery,
  userInvitesTableQuery,
} from './defaultUserInvitesTableQuery';
export {
  useUserInvitesTableState,
  type UserInvitesStatusFilter,
  type UserInvitesTableState,
  type UserInvitesTableStateOptions,
} from './useUserInvitesTableState';
export {
  useUserInvitesTableRowActions,
  type UserInvitesBulkState,
  type UserInvitesRowFeedback,
  type UserInvitesTableRowActions as UserInvitesTableRowActionsResult,
  type UserInvitesTableRowActionsOptions,
} from './useUserInvitesTableRowActions';
