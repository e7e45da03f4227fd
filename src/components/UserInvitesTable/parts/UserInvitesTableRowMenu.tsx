'use client';

import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import {
  forwardRef,
  useEffect,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { composeEventHandlers } from '../../shared/composeEventHandlers';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { useComposedRefs } from '../../shared/useComposedRefs';
import { inviteName } from '../inviteName';
import { useUserInvitesTableRow, useUserInvitesTableStatic } from '../userInvitesTableContext';
import { readPortalContext } from '../../shared/readPortalContext';

type Armed = 'pointer' | 'keyboard' | null;

/**
 * A row's "…" menu (a WAI-ARIA menu button, by Radix): Copy invite link, Edit invite, and
 * Cancel invite…, as far as the invite's status, the client and the host's permissions allow;
 * nothing when none does. Its name says whose invite it is ("Actions for ada@example.com").
 * Until first used it is a plain button, so a page of 100 rows costs 100 buttons, not 100 menus.
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
>(function UserInvitesTableRowMenu({ className, onClick, onKeyDown, ...props }, forwardedRef) {
  const { slot, i18n, commands, permits } = useUserInvitesTableStatic('UserInvitesTableRowMenu');
  const { invite } = useUserInvitesTableRow('UserInvitesTableRowMenu');
  const [armed, setArmed] = useState<Armed>(null);
  const firstOpen = useRef<Armed>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const dialogOpened = useRef(false);
  const ref = useComposedRefs(forwardedRef, triggerRef);
  useEffect(() => {
    if (armed !== 'keyboard' || firstOpen.current !== 'keyboard') return undefined;
    firstOpen.current = null;
    // Opened by keyboard before the menu existed: to the first item, as a menu button does
    // (after the menu has focused itself).
    const frame = requestAnimationFrame(() =>
      contentRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus(),
    );
    return () => cancelAnimationFrame(frame);
  }, [armed]);
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
  if (!armed) {
    const arm = (how: Exclude<Armed, null>) => {
      firstOpen.current = how;
      setArmed(how);
    };
    return (
      <button
        {...trigger}
        ref={ref}
        aria-haspopup="menu"
        aria-expanded={false}
        onClick={composeEventHandlers(onClick, (event: MouseEvent<HTMLButtonElement>) =>
          // A click from Enter or Space has no pointer position (`detail` 0).
          arm(event.detail === 0 ? 'keyboard' : 'pointer'),
        )}
        onKeyDown={composeEventHandlers(onKeyDown, (event: KeyboardEvent<HTMLButtonElement>) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            arm('keyboard');
          }
        })}
      />
    );
  }

  const { theme } = readPortalContext(triggerRef.current);
  // A dialog opened from the menu takes focus: the closing menu must not take it back.
  const toDialog = (open: () => void) => {
    dialogOpened.current = true;
    open();
  };
  const origin = () => triggerRef.current;
  return (
    <DropdownMenu.Root defaultOpen modal={false} dir={i18n.dir}>
      <DropdownMenu.Trigger {...trigger} ref={ref} onClick={onClick} onKeyDown={onKeyDown} />
      <DropdownMenu.Portal>
        <div className="iw-root" data-iw-theme={theme} dir={i18n.dir}>
          <DropdownMenu.Content
            ref={contentRef}
            {...slot('menu')}
            loop
            align="end"
            sideOffset={4}
            collisionPadding={8}
            onCloseAutoFocus={(event) => {
              if (dialogOpened.current) event.preventDefault();
              dialogOpened.current = false;
            }}
          >
            {copy && (
              <DropdownMenu.Item {...slot('menuItem')} onSelect={() => commands.copyLink(invite)}>
                {i18n.t('table.copyInviteLink')}
              </DropdownMenu.Item>
            )}
            {edit && (
              <DropdownMenu.Item
                {...slot('menuItem')}
                onSelect={() => toDialog(() => commands.requestEdit(invite, origin()))}
              >
                {i18n.t('table.edit')}
              </DropdownMenu.Item>
            )}
            {cancel && (copy || edit) && <DropdownMenu.Separator />}
            {cancel && (
              <DropdownMenu.Item
                {...slot('menuItem')}
                data-variant="danger"
                onSelect={() => toDialog(() => commands.requestCancel([invite], origin()))}
              >
                {i18n.t('table.cancelInvite')}
              </DropdownMenu.Item>
            )}
          </DropdownMenu.Content>
        </div>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
});
UserInvitesTableRowMenu.displayName = 'UserInvitesTableRowMenu';
