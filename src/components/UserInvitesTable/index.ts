export {
  UserInvitesTable,
  type InvitePermission,
  type UserInvitesTableColumn,
  type UserInvitesTableColumnId,
  type UserInvitesTableProps,
  type UserInvitesTableSlot,
} from './UserInvitesTable';
