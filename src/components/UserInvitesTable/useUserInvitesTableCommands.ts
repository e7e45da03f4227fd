'use client';

import { useMemo, useRef, useState, type RefObject } from 'react';
import type { UserInvite } from '../../client/types';
import type { UserInvitesTableActivity, UserInvitesTableCommands } from './userInvitesTableContext';
import type { UserInvitesTableRowActions } from './useUserInvitesTableRowActions';
import type { UserInvitesTableState } from './useUserInvitesTableState';
import { readPortalContext } from '../shared/readPortalContext';

type Dialog = UserInvitesTableActivity['dialog'];

/**
 * The table's commands: stable functions over the latest state, rows and actions, and the
 * dialog they open (with the element to give focus back to).
 *
 * @example
 * ```ts
 * const { commands, dialog } = useUserInvitesTableCommands({ state, actions, rows, rootRef, searchRef });
 * ```
 */
export function useUserInvitesTableCommands(input: {
  state: UserInvitesTableState;
  actions: UserInvitesTableRowActions;
  rows: UserInvite[];
  rootRef: RefObject<HTMLElement | null>;
  searchRef: RefObject<HTMLInputElement | null>;
}) {
  const { rootRef, searchRef } = input;
  const rowsRef = useRef(input.rows);
  rowsRef.current = input.rows;
  const [dialog, setDialog] = useState<Dialog>(null);
  const [theme, setTheme] = useState<UserInvitesTableActivity['theme']>({});
  // The element that opened a dialog, and its row: the element may be gone once it closes.
  const origin = useRef<{ element: HTMLElement | null; row: HTMLElement | null } | null>(null);
  const lastClicked = useRef<number | null>(null);

  const latest = useRef({ state: input.state, actions: input.actions });
  latest.current = { state: input.state, actions: input.actions };
  const commands = useMemo<UserInvitesTableCommands>(() => {
    const open = (next: Dialog, element: HTMLElement | null) => {
      setTheme(readPortalContext(rootRef.current));
      origin.current = { element, row: element?.closest('tr') ?? null };
      setDialog(next);
    };
    return {
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
        const ids = rowsRef.current
          .slice(Math.min(anchor, index), Math.max(anchor, index) + 1)
          .map((invite) => invite.id);
        latest.current.state.selectIds(ids, checked);
      },
      toggleAll: (checked) =>
        checked
          ? latest.current.state.setSelected(new Set(rowsRef.current.map((invite) => invite.id)))
          : latest.current.state.clearSelection(),
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
  }, [rootRef, searchRef]);
  return { commands, dialog, theme };
}
