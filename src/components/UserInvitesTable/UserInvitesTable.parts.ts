/*
 * The table's parts under short names, for `import { UserInvitesTableParts } from …` and
 * `<UserInvitesTableParts.Root>`. Plain exports, not static properties of a component: a
 * Server Component can import and pass them without touching a client component's properties.
 */
export { UserInvitesTableBody as Body } from './parts/UserInvitesTableBody';
export { UserInvitesTableBulkBar as BulkBar } from './parts/UserInvitesTableBulkBar';
export { UserInvitesTableDialogs as Dialogs } from './parts/UserInvitesTableDialogs';
export { UserInvitesTableHeader as Header } from './parts/UserInvitesTableHeader';
export { UserInvitesTableLiveRegion as LiveRegion } from './parts/UserInvitesTableLiveRegion';
export { UserInvitesTablePagination as Pagination } from './parts/UserInvitesTablePagination';
export { UserInvitesTableRoot as Root } from './parts/UserInvitesTableRoot';
export { UserInvitesTableRow as Row } from './parts/UserInvitesTableRow';
export { UserInvitesTableRowActions as RowActions } from './parts/UserInvitesTableRowActions';
export { UserInvitesTableRowMenu as RowMenu } from './parts/UserInvitesTableRowMenu';
export { UserInvitesTableRowResend as RowResend } from './parts/UserInvitesTableRowResend';
export { UserInvitesTableSearch as Search } from './parts/UserInvitesTableSearch';
export { UserInvitesTableSelectAll as SelectAll } from './parts/UserInvitesTableSelectAll';
export { UserInvitesTableStatusFilter as StatusFilter } from './parts/UserInvitesTableStatusFilter';
export { UserInvitesTableToolbar as Toolbar } from './parts/UserInvitesTableToolbar';
