'use client';

import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { useUserInvitesTableStatic } from '../userInvitesTableContext';
import { UserInvitesTableSearch } from './UserInvitesTableSearch';
import { UserInvitesTableStatusFilter } from './UserInvitesTableStatusFilter';

/**
 * The bar above the table: {@link UserInvitesTableSearch} and
 * {@link UserInvitesTableStatusFilter} unless you give children of your own. Other props and
 * `ref` go to the `<div>`.
 *
 * @example
 * ```tsx
 * <UserInvitesTableToolbar>
 *   <UserInvitesTableStatusFilter />
 *   <MyExportButton />
 * </UserInvitesTableToolbar>
 * ```
 */
export const UserInvitesTableToolbar = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function UserInvitesTableToolbar({ className, children, ...props }, ref) {
    const { slot } = useUserInvitesTableStatic('UserInvitesTableToolbar');
    return (
      <div {...props} ref={ref} {...slotWithClassName(slot('toolbar'), className)}>
        {children ?? (
          <>
            <UserInvitesTableSearch />
            <UserInvitesTableStatusFilter />
          </>
        )}
      </div>
    );
  },
);
UserInvitesTableToolbar.displayName = 'UserInvitesTableToolbar';
