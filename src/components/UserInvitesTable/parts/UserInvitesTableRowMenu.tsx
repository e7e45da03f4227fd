'use client';

import {
  forwardRef,
  type ComponentPropsWithoutRef,
  type KeyboardEvent,
  type MouseEvent,
  type Ref,
} from 'react';
import { composeEventHandlers } from '../../shared/composeEventHandlers';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { inviteName } from '../inviteName';
import { lazyModule } from '../../shared/lazyModule';
import {
  useUserInvitesTableRow,
  useUserInvitesTableStatic,
  type UserInvitesTableRowValue,
  type UserInvitesTableStatic,
} from '../userInvitesTableContext';

/** The menu itself (Radix DropdownMenu and its positioning): fetched when first wanted. */
export const rowMenuContent = lazyModule(() => import('./UserInvitesTableRowMenuContent'));

/**
 * A row's "…" menu as an element, from the table and the row: what
 * {@link UserInvitesTableRowMenu} renders, and what the built-in actions cell renders without a
 * component of its own.
 *
 * @example
 * ```tsx
 * renderRowMenu(table, row, { className: 'my-kebab' }, ref);
 * ```
 */
export function renderRowMenu(
  table: UserInvitesTableStatic,
  row: UserInvitesTableRowValue,
  { className, onClick, onKeyDown, ...props }: ComponentPropsWithoutRef<'button'> = {},
  ref?: Ref<HTMLButtonElement>,
) {
  const { slot, i18n, permits, commands } = table;
  const { invite, menu } = row;
  const copy = permits.copy(invite);
  const edit = permits.edit(invite);
  const cancel = permits.cancel(invite);
  if (!copy && !edit && !cancel) return null;

  const trigger = {
    type: 'button' as const,
    ...props,
    ...slotWithClassName(slot('menuTrigger'), className),
    'aria-label': i18n.t('table.rowActions', { email: inviteName(i18n, invite) }),
  };
  // The table holds which row's menu is open: the other rows are buttons with no state.
  const loaded = menu && rowMenuContent.current();
  if (!loaded) {
    const open = (event: MouseEvent<HTMLButtonElement>) =>
      // A click from Enter or Space has no pointer position (`detail` 0).
      commands.openMenu(invite, event.detail === 0 ? 'keyboard' : 'pointer');
    const openByArrow = (event: KeyboardEvent<HTMLButtonElement>) => {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        commands.openMenu(invite, 'keyboard');
      }
    };
    return (
      <button
        {...trigger}
        ref={ref}
        aria-haspopup="menu"
        aria-expanded={false}
        aria-busy={menu ? true : undefined}
        onClick={composeEventHandlers(onClick, open)}
        onKeyDown={composeEventHandlers(onKeyDown, openByArrow)}
      />
    );
  }
  return (
    <loaded.UserInvitesTableRowMenuContent
      invite={invite}
      trigger={{ ...trigger, onClick, onKeyDown }}
      forwardedRef={ref}
      openedBy={menu.how}
      copy={copy}
      edit={edit}
      cancel={cancel}
    />
  );
}

/**
 * A row's "…" menu (a WAI-ARIA menu button, by Radix): Copy invite link, Edit invite, and
 * Cancel invite…, as far as the invite's status, the client and the host's permissions allow;
 * nothing when none does. Its name says whose invite it is ("Actions for ada@example.com").
 * Until first used it is a plain button, so a page of 100 rows costs 100 buttons, not 100 menus,
 * and the menu's code is a chunk of its own (loaded when the page is idle, or on that click).
 * Other props and `ref` go to the trigger `<button>`.
 *
 * @example
 * ```tsx
 * <UserInvitesTableRowMenu className="my-kebab" />
 * ```
 */
export const UserInvitesTableRowMenu = forwardRef<
  HTMLButtonElement,
  ComponentPropsWithoutRef<'button'>
>(function UserInvitesTableRowMenu(props, ref) {
  return renderRowMenu(
    useUserInvitesTableStatic('UserInvitesTableRowMenu'),
    useUserInvitesTableRow('UserInvitesTableRowMenu'),
    props,
    ref,
  );
});
UserInvitesTableRowMenu.displayName = 'UserInvitesTableRowMenu';
