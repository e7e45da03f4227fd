'use client';

import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useEffect, useRef, type ComponentPropsWithoutRef, type Ref } from 'react';
import { readPortalContext } from '../../shared/readPortalContext';
import { useComposedRefs } from '../../shared/useComposedRefs';
import { useTableActionsI18n } from '../useTableActionsI18n';
import type { UserInvite } from '../../../client/types';
import {
  useUserInvitesTableStatic,
  type UserInvitesTableMenuOpener,
} from '../userInvitesTableContext';

/**
 * Props of {@link UserInvitesTableRowMenuContent}: the trigger as the row menu built it, and
 * which items the invite allows.
 *
 * @example
 * ```tsx
 * <UserInvitesTableRowMenuContent invite={invite} trigger={props} forwardedRef={ref} openedBy="keyboard" copy edit={false} cancel />
 * ```
 */
export interface UserInvitesTableRowMenuContentProps {
  invite: UserInvite;
  trigger: ComponentPropsWithoutRef<'button'>;
  /** The host's ref to the trigger (`ref` itself is not a prop in React 18). */
  forwardedRef?: Ref<HTMLButtonElement>;
  /** Opened by keyboard: the first item takes focus, as in a WAI-ARIA menu button. */
  openedBy: UserInvitesTableMenuOpener;
  copy: boolean;
  edit: boolean;
  cancel: boolean;
}

/**
 * The row menu itself (Radix DropdownMenu), open from its first render: a chunk of its own that
 * a page loads when it is idle, or on the first click of a "…". Rendered by
 * `UserInvitesTableRowMenu`, never on its own.
 *
 * @example
 * ```tsx
 * const { UserInvitesTableRowMenuContent } = await import('./UserInvitesTableRowMenuContent');
 * ```
 */
export function UserInvitesTableRowMenuContent(props: UserInvitesTableRowMenuContentProps) {
  const { invite, trigger, forwardedRef, openedBy, copy, edit, cancel } = props;
  const { slot, commands, rootRef } = useUserInvitesTableStatic('UserInvitesTableRowMenu');
  const i18n = useTableActionsI18n();
  const dialogOpened = useRef(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const buttonRef = useComposedRefs(forwardedRef, triggerRef);
  useEffect(() => {
    if (openedBy !== 'keyboard') return undefined;
    // Opened by keyboard from the plain button this menu replaced: to the first item (after
    // the menu has focused itself).
    const frame = requestAnimationFrame(() =>
      contentRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus(),
    );
    return () => cancelAnimationFrame(frame);
    // Only on the open that mounted it: later opens go through Radix's own trigger.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // The theme around the table: the trigger is not in the DOM yet on this first render.
  const { theme } = readPortalContext(rootRef.current);
  // A dialog opened from the menu takes focus: the closing menu must not take it back.
  const toDialog = (open: () => void) => {
    dialogOpened.current = true;
    open();
  };
  const origin = () => triggerRef.current;
  return (
    <DropdownMenu.Root defaultOpen modal={false} dir={i18n.dir}>
      <DropdownMenu.Trigger {...trigger} ref={buttonRef} />
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
}
