'use client';

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
import { lazyModule } from '../../shared/lazyModule';
import { useUserInvitesTableRow, useUserInvitesTableStatic } from '../userInvitesTableContext';

type Armed = 'pointer' | 'keyboard' | null;

/** The menu itself (Radix DropdownMenu and its positioning): fetched when first wanted. */
export const rowMenuContent = lazyModule(() => import('./UserInvitesTableRowMenuContent'));

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
>(function UserInvitesTableRowMenu({ className, onClick, onKeyDown, ...props }, forwardedRef) {
  const { slot, i18n, permits, commands } = useUserInvitesTableStatic('UserInvitesTableRowMenu');
  const { invite } = useUserInvitesTableRow('UserInvitesTableRowMenu');
  const [armed, setArmed] = useState<Armed>(null);
  const [loaded, setLoaded] = useState(() => rowMenuContent.current());
  const firstOpen = useRef<Armed>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const ref = useComposedRefs(forwardedRef, triggerRef);
  const Content = armed ? loaded?.UserInvitesTableRowMenuContent : undefined;
  useEffect(() => {
    if (!Content) return undefined;
    if (armed !== 'keyboard' || firstOpen.current !== 'keyboard') return undefined;
    firstOpen.current = null;
    // Opened by keyboard before the menu existed: to the first item, as a menu button does
    // (after the menu has focused itself).
    const frame = requestAnimationFrame(() =>
      contentRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus(),
    );
    return () => cancelAnimationFrame(frame);
  }, [armed, Content]);
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
  const arm = (how: Exclude<Armed, null>) => {
    firstOpen.current = how;
    setArmed(how);
    if (loaded) return;
    // Not fetched yet: the menu opens when it arrives; if it cannot be, the button stays as
    // it was, the table says so, and the next click tries again.
    rowMenuContent.load().then(
      (menu) => {
        setLoaded(menu);
        commands.reportLoad(true);
      },
      () => {
        setArmed(null);
        commands.reportLoad(false);
      },
    );
  };
  if (!Content) {
    return (
      <button
        {...trigger}
        ref={ref}
        aria-haspopup="menu"
        aria-expanded={false}
        aria-busy={armed ? true : undefined}
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
  return (
    <Content
      trigger={{ ...trigger, onClick, onKeyDown }}
      buttonRef={ref}
      triggerRef={triggerRef}
      contentRef={contentRef}
      copy={copy}
      edit={edit}
      cancel={cancel}
    />
  );
});
UserInvitesTableRowMenu.displayName = 'UserInvitesTableRowMenu';
