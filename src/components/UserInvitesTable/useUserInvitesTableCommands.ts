'use client';

import { useMemo, useRef, useState, type RefObject } from 'react';
import type { UserInvite } from '../../client/types';
import { rowMenuContent } from './parts/UserInvitesTableRowMenu';
import type {
  UserInvitesTableActivity,
  UserInvitesTableCommands,
  UserInvitesTableMenuState,
} from './userInvitesTableContext';
import type { UserInvitesTableRowActions } from './useUserInvitesTableRowActions';
import type { UserInvitesTableState } from './useUserInvitesTableState';

type Dialog = UserInvitesTableActivity['dialog'];

/**
 * The table's commands: stable functions over the latest state, rows and actions, and the
 * dialog they open (with the element to give focus back to).
 *
 * @example
 * ```ts
 * const { commands, dialog, loadFailed, menu } = useUserInvitesTableCommands({ state, actions, rows, searchRef, networkMessage });
 * ```
 */
export function useUserInvitesTableCommands(input: {
  state: UserInvitesTableState;
  actions: UserInvitesTableRowActions;
  rows: UserInvite[];
  searchRef: RefObject<HTMLInputElement | null>;
  /** Announced when an on-demand part cannot be fetched. */
  networkMessage: string;
}) {
  const { searchRef } = input;
  const [dialog, setDialog] = useState<Dialog>(null);
  // An on-demand part (row menu, dialogs, bulk bar) that a person asked for could not be fetched.
  const [loadFailed, setLoadFailed] = useState(false);
  const [menu, setMenu] = useState<UserInvitesTableMenuState | null>(null);
  // The element that opened a dialog, and its row: the element may be gone once it closes.
  const origin = useRef<{ element: HTMLElement | null; row: HTMLElement | null } | null>(null);
  const lastClicked = useRef<number | null>(null);

  const latest = useRef(input);
  latest.current = input;
  const commands = useMemo<UserInvitesTableCommands>(() => {
    const open = (next: Dialog, element: HTMLElement | null) => {
      origin.current = { element, row: element?.closest('tr') ?? null };
      setDialog(next);
    };
    const reportLoad = (ok: boolean) => {
      setLoadFailed(!ok);
      if (!ok) latest.current.actions.announce(latest.current.networkMessage);
    };
    return {
      openMenu: (invite, how) => {
        const opened = { id: invite.id, how };
        setMenu(opened);
        if (rowMenuContent.current()) return;
        // Not fetched yet: the menu opens when it arrives; if it cannot be, the button stays as
        // it was, the table says so, and the next click tries again.
        const settle = (next: UserInvitesTableMenuState | null, ok: boolean) => {
          setMenu((current) => (current === opened ? next : current));
          reportLoad(ok);
        };
        rowMenuContent.load().then(
          () => settle({ ...opened }, true),
          () => settle(null, false),
        );
      },
      requestCancel: (invites, element) => open({ kind: 'cancel', invites }, element),
      requestEdit: (invite, element) => open({ kind: 'edit', invite }, element),
      resend: (invite) => void latest.current.actions.resend(invite),
      cancel: (invites) =>
        void latest.current.actions.cancel(invites).then(() => {
          if (invites.length > 1) latest.current.state.clearSelection();
        }),
      copyLink: (invite) => void latest.current.actions.copyLink(invite),
      update: (invite, patch) => latest.current.actions.update(invite, patch),
      bulkResend: (invites) =>
        void latest.current.actions
          .bulkResend(invites)
          .then(() => latest.current.state.clearSelection()),
      dismissBulk: () => latest.current.actions.dismissBulk(),
      toggleRow: (index, checked, range) => {
        // Shift-click sets every row between the last clicked one and this one to this one's state.
        const anchor = range && lastClicked.current !== null ? lastClicked.current : index;
        lastClicked.current = index;
        const ids = latest.current.rows
          .slice(Math.min(anchor, index), Math.max(anchor, index) + 1)
          .map((invite) => invite.id);
        latest.current.state.selectIds(ids, checked);
      },
      toggleAll: (checked) =>
        checked
          ? latest.current.state.setSelected(
              new Set(latest.current.rows.map((invite) => invite.id)),
            )
          : latest.current.state.clearSelection(),
      reportLoad,
      announce: (message) => latest.current.actions.announce(message),
      closeDialog: () => {
        const was = origin.current;
        setDialog(null);
        // After the dialog's own focus handling: back to the opener, or into its row.
        requestAnimationFrame(() => {
          const target = was?.element?.isConnected
            ? was.element
            : was?.row?.isConnected
              ? was.row.querySelector<HTMLElement>('input, button:not([aria-disabled="true"])')
              : searchRef.current;
          target?.focus();
        });
      },
    };
  }, [searchRef]);
  return { commands, dialog, loadFailed, menu };
}
