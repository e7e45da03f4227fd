'use client';

import { createContext, useContext, type Context, type ReactNode, type RefObject } from 'react';
import type { InviteRole, UserInvite, UserInvitePatch } from '../../client/types';
import type { InviteClientError } from '../../client/errors';
import type { InviteI18n } from '../../i18n/format';
import type { SlotProps } from '../../theme/slots';
import type {
  UserInvitesBulkState,
  UserInvitesRowFeedback,
  UserInvitesTableRowActions,
} from './useUserInvitesTableRowActions';
import type { UserInvitesTableState } from './useUserInvitesTableState';
import type { UserInvitesTableColumn } from './userInvitesTableProps';
import type { UserInvitesTableSlot } from './userInvitesTableProps';

/*
 * The table reaches its parts through contexts split by how often each changes, so that a
 * keystroke, a tick of a cooldown or a selected row re-renders only the parts that show it.
 */

/** Stable functions the parts call. */
export interface UserInvitesTableCommands {
  /** Asks before canceling; `origin` gets focus back (or its row, when the invite is gone). */
  requestCancel: (invites: UserInvite[], origin: HTMLElement | null) => void;
  requestEdit: (invite: UserInvite, origin: HTMLElement | null) => void;
  resend: (invite: UserInvite) => void;
  /** Cancels now (the confirmation is the caller's); several at once as a bulk action. */
  cancel: (invites: UserInvite[]) => void;
  copyLink: (invite: UserInvite) => void;
  update: (invite: UserInvite, patch: UserInvitePatch) => Promise<boolean>;
  bulkResend: (invites: UserInvite[]) => void;
  dismissBulk: () => void;
  /** A row's checkbox was clicked (with Shift: every row from the last clicked one). */
  toggleRow: (index: number, checked: boolean, range: boolean) => void;
  toggleAll: (checked: boolean) => void;
  closeDialog: () => void;
  /** How fetching an on-demand part (row menu, dialogs, bulk bar) went: a failure is shown. */
  reportLoad: (ok: boolean) => void;
  /** Says `message` in the table's polite live region (a part loaded on demand has its words). */
  announce: (message: string) => void;
  /**
   * Opens a row's "…" menu (fetching its code first if need be). One row at a time holds a
   * menu: the others are plain buttons, with no state of their own.
   */
  openMenu: (invite: UserInvite, how: UserInvitesTableMenuOpener) => void;
}

/** How a row menu was opened: by keyboard, its first item takes focus. */
export type UserInvitesTableMenuOpener = 'pointer' | 'keyboard';

/** The row whose menu was last opened (a new object once the menu's code has arrived). */
export interface UserInvitesTableMenuState {
  id: string;
  how: UserInvitesTableMenuOpener;
}

/** What never changes while the table lives (or changes once, at hydration). */
export interface UserInvitesTableStatic {
  slot: (name: UserInvitesTableSlot, defaultClassName?: string) => SlotProps;
  i18n: InviteI18n;
  ids: Record<'search' | 'table', string>;
  columns: UserInvitesTableColumn[];
  /** Each column's header as text, where it is text (a stacked row labels its cells with it). */
  labels: (string | undefined)[];
  commands: UserInvitesTableCommands;
  permits: UserInvitesTableRowActions['permits'];
  searchRef: RefObject<HTMLInputElement | null>;
  /** The table's own element: a dialog reads the theme and direction around it. */
  rootRef: RefObject<HTMLElement | null>;
  label: string;
  pageSizes: number[];
  emptyAction: ReactNode | undefined;
  locales: readonly string[];
  unstyled: boolean | undefined;
  /** False in the server render and the first client render: no clock-dependent text then. */
  hydrated: boolean;
}

/** The page of invites as the table shows it. */
export interface UserInvitesTableData {
  /** The rows, with their live status. */
  rows: UserInvite[];
  total: number;
  phase: 'loading' | 'error' | 'empty' | 'ready';
  error: InviteClientError | null;
  isFetching: boolean;
  isPlaceholderData: boolean;
  /** A search or a status filter is on. */
  filtered: boolean;
  refetch: () => void;
}

/** What changes per row, as often as a cooldown ticks. */
export interface UserInvitesTableRowStates {
  feedback: ReadonlyMap<string, UserInvitesRowFeedback>;
  cooldownRemainingMs: (id: string) => number;
  isResending: (id: string) => boolean;
  menu: UserInvitesTableMenuState | null;
}

/** Bulk progress, the live sentence, and the open dialog. */
export interface UserInvitesTableActivity {
  bulk: UserInvitesBulkState | null;
  announcement: string;
  dialog: { kind: 'cancel'; invites: UserInvite[] } | { kind: 'edit'; invite: UserInvite } | null;
  /** An on-demand part a person asked for could not be fetched (until one is). */
  loadFailed: boolean;
}

export const UserInvitesTableStaticContext = createContext<UserInvitesTableStatic | null>(null);
export const UserInvitesTableStateContext = createContext<UserInvitesTableState | null>(null);
export const UserInvitesTableDataContext = createContext<UserInvitesTableData | null>(null);
export const UserInvitesTableRowStatesContext = createContext<UserInvitesTableRowStates | null>(
  null,
);
export const UserInvitesTableActivityContext = createContext<UserInvitesTableActivity | null>(null);
/** Role names by key; only the roles cells read it, so their arrival re-renders nothing else. */
export const UserInvitesTableRolesContext = createContext<readonly InviteRole[] | undefined>(
  undefined,
);

function usePart<T>(context: Context<T | null>, part: string): T {
  const value = useContext(context);
  if (value === null) throw new Error(`<${part}> must be used within <UserInvitesTableRoot>.`);
  return value;
}

/**
 * The table's static context, for a part named `part` (named in the error outside a root).
 *
 * @example
 * ```ts
 * const { slot, i18n } = useUserInvitesTableStatic('UserInvitesTableToolbar');
 * ```
 */
export const useUserInvitesTableStatic = (part: string) =>
  usePart(UserInvitesTableStaticContext, part);
/**
 * The table's state (search, status, order, page, selection).
 *
 * @example
 * ```ts
 * const { status, setStatus } = useUserInvitesTableStateContext('MyFilter');
 * ```
 */
export const useUserInvitesTableStateContext = (part: string) =>
  usePart(UserInvitesTableStateContext, part);
/**
 * The page shown.
 *
 * @example
 * ```ts
 * const { rows, total } = useUserInvitesTableData('MyFooter');
 * ```
 */
export const useUserInvitesTableData = (part: string) => usePart(UserInvitesTableDataContext, part);
/**
 * Per-row states (feedback, cooldowns).
 *
 * @example
 * ```ts
 * const { feedback } = useUserInvitesTableRowStates('UserInvitesTableBody');
 * ```
 */
export const useUserInvitesTableRowStates = (part: string) =>
  usePart(UserInvitesTableRowStatesContext, part);
/**
 * Bulk progress, the live sentence and the open dialog.
 *
 * @example
 * ```ts
 * const { bulk } = useUserInvitesTableActivity('UserInvitesTableBulkBar');
 * ```
 */
export const useUserInvitesTableActivity = (part: string) =>
  usePart(UserInvitesTableActivityContext, part);

/** One row: its invite and what is under way on it. */
export interface UserInvitesTableRowValue {
  invite: UserInvite;
  index: number;
  selected: boolean;
  /** Whole seconds before it may be resent again (0 when it may). */
  cooldownSeconds: number;
  resending: boolean;
  feedback: UserInvitesRowFeedback | undefined;
  /** Set on the row whose menu was opened. */
  menu: UserInvitesTableMenuState | undefined;
}

export const UserInvitesTableRowContext = createContext<UserInvitesTableRowValue | null>(null);

/**
 * The row a cell is in (for parts placed in a cell, such as the row actions).
 *
 * @example
 * ```ts
 * const { invite, feedback } = useUserInvitesTableRow('UserInvitesTableRowActions');
 * ```
 */
export const useUserInvitesTableRow = (part: string) => {
  const value = useContext(UserInvitesTableRowContext);
  if (value === null) throw new Error(`<${part}> must be used within a row of the invites table.`);
  return value;
};
