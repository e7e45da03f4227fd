'use client';

import { forwardRef } from 'react';
import type { UserInvitesTableProps } from './userInvitesTableProps';
import { UserInvitesTableBody } from './parts/UserInvitesTableBody';
import { UserInvitesTableBulkBar } from './parts/UserInvitesTableBulkBar';
import { UserInvitesTableDialogs } from './parts/UserInvitesTableDialogs';
import { UserInvitesTableLiveRegion } from './parts/UserInvitesTableLiveRegion';
import { UserInvitesTablePagination } from './parts/UserInvitesTablePagination';
import { UserInvitesTableRoot } from './parts/UserInvitesTableRoot';
import { UserInvitesTableToolbar } from './parts/UserInvitesTableToolbar';

/**
 * Every invite of the tenant, to manage: search (debounced, on the server), a status filter,
 * sortable columns, paging with the previous page kept on screen, one quiet action per row
 * (resend, with its cooldown) and a "…" menu (copy link, edit, cancel after a confirmation
 * that names the address), bulk resend and cancel (a few at a time, with progress and one
 * summary), and live status: pending rows update by themselves and a polite message says who
 * accepted. A real table wherever it fits; a stacked list with a sort bar in containers of
 * 40rem and less.
 *
 * This is {@link UserInvitesTableRoot} with every part in the default order; arrange the
 * parts yourself for another layout (`UserInvitesTableParts`). Other props go to the
 * `<section>`, and `ref` too.
 *
 * @example
 * ```tsx
 * <InviteClientProvider client={client} tenantId={team.id} currentUserId={me.id}>
 *   <UserInvitesTable canCancel={(invite) => me.isAdmin || invite.createdByUserId === me.id} />
 * </InviteClientProvider>
 * ```
 */
export const UserInvitesTable = forwardRef<HTMLElement, UserInvitesTableProps>(
  function UserInvitesTable({ children, ...props }, ref) {
    return (
      <UserInvitesTableRoot {...props} ref={ref}>
        <UserInvitesTableToolbar />
        <UserInvitesTableBulkBar />
        <UserInvitesTableBody />
        <UserInvitesTablePagination />
        <UserInvitesTableLiveRegion />
        <UserInvitesTableDialogs />
        {children}
      </UserInvitesTableRoot>
    );
  },
);
UserInvitesTable.displayName = 'UserInvitesTable';
