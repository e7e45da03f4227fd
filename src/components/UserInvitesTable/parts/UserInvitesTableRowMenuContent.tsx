'use client';

import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useRef, type ComponentPropsWithoutRef, type Ref, type RefObject } from 'react';
import { readPortalContext } from '../../shared/readPortalContext';
import { useTableActionsI18n } from '../useTableActionsI18n';
import { useUserInvitesTableRow, useUserInvitesTableStatic } from '../userInvitesTableContext';

/**
 * Props of {@link UserInvitesTableRowMenuContent}: the trigger as the row menu built it, and
 * which items the invite allows.
 *
 * @example
 * ```tsx
 * <UserInvitesTableRowMenuContent trigger={props} buttonRef={ref} triggerRef={own} contentRef={menu} copy edit={false} cancel />
 * ```
 */
export interface UserInvitesTableRowMenuContentProps {
  trigger: ComponentPropsWithoutRef<'button'>;
  /** The trigger's ref, composed with the host's (`ref` itself is not a prop in React 18). */
  buttonRef: Ref<HTMLButtonElement>;
  triggerRef: RefObject<HTMLButtonElement | null>;
  contentRef: RefObject<HTMLDivElement | null>;
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
  const { trigger, buttonRef, triggerRef, contentRef, copy, edit, cancel } = props;
  const { slot, commands } = useUserInvitesTableStatic('UserInvitesTableRowMenu');
  const i18n = useTableActionsI18n();
  const { invite } = useUserInvitesTableRow('UserInvitesTableRowMenu');
  const dialogOpened = useRef(false);
  const { theme } = readPortalContext(triggerRef.current);
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
