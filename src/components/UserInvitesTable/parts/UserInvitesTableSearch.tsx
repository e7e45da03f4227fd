'use client';

import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { useComposedRefs } from '../../shared/useComposedRefs';
import {
  useUserInvitesTableStateContext,
  useUserInvitesTableStatic,
} from '../userInvitesTableContext';

/**
 * The search box (by name or address, on the server, one request per word typed). Other props
 * and `ref` go to the wrapping `<div>`.
 *
 * @example
 * ```tsx
 * <UserInvitesTableSearch className="grow" />
 * ```
 */
export const UserInvitesTableSearch = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function UserInvitesTableSearch({ className, ...props }, ref) {
    const { slot, i18n, ids, searchRef } = useUserInvitesTableStatic('UserInvitesTableSearch');
    const { search, setSearch } = useUserInvitesTableStateContext('UserInvitesTableSearch');
    const inputRef = useComposedRefs(searchRef);
    return (
      <div {...props} ref={ref} {...slotWithClassName(slot('search'), className)}>
        <label htmlFor={ids.search}>{i18n.t('table.search')}</label>
        <input
          {...slot('searchInput', 'iw-control')}
          ref={inputRef}
          id={ids.search}
          type="search"
          placeholder={i18n.t('table.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
    );
  },
);
UserInvitesTableSearch.displayName = 'UserInvitesTableSearch';
