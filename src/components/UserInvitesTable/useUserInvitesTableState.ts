'use client';

import { useCallback, useMemo } from 'react';
import type { KnownInviteStatus, UserInviteOrder, UserInviteOrderField } from '../../client/types';
import { useControllableState } from '../shared/useControllableState';
import {
  DEFAULT_USER_INVITES_TABLE_ORDER,
  DEFAULT_USER_INVITES_TABLE_PAGE_SIZE,
} from './defaultUserInvitesTableQuery';

/**
 * A status filter: one known status, or every invite.
 *
 * @example
 * ```ts
 * const filter: UserInvitesStatusFilter = 'pending';
 * ```
 */
export type UserInvitesStatusFilter = KnownInviteStatus | 'all';

/**
 * Each piece of the table's state, controlled (`search` + `onSearchChange`) or not
 * (`defaultSearch`). Put the filter in the URL by controlling `status`.
 *
 * @example
 * ```tsx
 * const [status, setStatus] = useQueryParam('status');
 * <UserInvitesTable status={status ?? 'all'} onStatusChange={setStatus} />
 * ```
 */
export interface UserInvitesTableStateOptions {
  search?: string;
  defaultSearch?: string;
  onSearchChange?: (search: string) => void;
  status?: UserInvitesStatusFilter;
  defaultStatus?: UserInvitesStatusFilter;
  onStatusChange?: (status: UserInvitesStatusFilter) => void;
  order?: UserInviteOrder;
  defaultOrder?: UserInviteOrder;
  onOrderChange?: (order: UserInviteOrder) => void;
  /** The page, from 0. */
  page?: number;
  defaultPage?: number;
  onPageChange?: (page: number) => void;
  pageSize?: number;
  /** Default 25. */
  defaultPageSize?: number;
  onPageSizeChange?: (pageSize: number) => void;
  /** Ids of the selected invites. */
  selected?: ReadonlySet<string>;
  defaultSelected?: ReadonlySet<string>;
  onSelectedChange?: (selected: ReadonlySet<string>) => void;
}

// Every option above, to tell them from the other props of a component that takes both.
const STATE_OPTION_KEYS = [
  'search',
  'defaultSearch',
  'onSearchChange',
  'status',
  'defaultStatus',
  'onStatusChange',
  'order',
  'defaultOrder',
  'onOrderChange',
  'page',
  'defaultPage',
  'onPageChange',
  'pageSize',
  'defaultPageSize',
  'onPageSizeChange',
  'selected',
  'defaultSelected',
  'onSelectedChange',
] as const satisfies readonly (keyof UserInvitesTableStateOptions)[];

/**
 * Splits a component's props into the {@link UserInvitesTableStateOptions} and the rest.
 *
 * @example
 * ```ts
 * const [stateOptions, rest] = splitUserInvitesTableStateOptions(props);
 * const state = useUserInvitesTableState(stateOptions);
 * ```
 */
export function splitUserInvitesTableStateOptions<Props extends UserInvitesTableStateOptions>(
  props: Props,
): [UserInvitesTableStateOptions, Omit<Props, keyof UserInvitesTableStateOptions>] {
  const options: Record<string, unknown> = {};
  const rest = { ...props } as Record<string, unknown>;
  for (const key of STATE_OPTION_KEYS) {
    options[key] = props[key];
    delete rest[key];
  }
  return [options, rest as Omit<Props, keyof UserInvitesTableStateOptions>];
}

/**
 * What {@link useUserInvitesTableState} returns: the values and the setters that keep its rules.
 *
 * @example
 * ```ts
 * const { status, setStatus, page }: UserInvitesTableState = useUserInvitesTableState();
 * ```
 */
export interface UserInvitesTableState {
  search: string;
  status: UserInvitesStatusFilter;
  order: UserInviteOrder;
  page: number;
  pageSize: number;
  selected: ReadonlySet<string>;
  /** A new search, filter, order or page size starts again at the first page, with nothing selected. */
  setSearch: (search: string) => void;
  setStatus: (status: UserInvitesStatusFilter) => void;
  setOrder: (order: UserInviteOrder) => void;
  /** Sorts by `field`: the same field again flips the direction; dates start newest first. */
  toggleSort: (field: UserInviteOrderField) => void;
  setPageSize: (pageSize: number) => void;
  /** Another page leaves the selection empty: selected rows are always on screen. */
  setPage: (page: number) => void;
  setSelected: (selected: ReadonlySet<string>) => void;
  /** Selects or unselects these ids, keeping the rest. */
  selectIds: (ids: readonly string[], selected: boolean) => void;
  clearSelection: () => void;
  /** Search and status back to showing everything. */
  clearFilters: () => void;
}

const EMPTY: ReadonlySet<string> = new Set();
const NEWEST_FIRST = new Set<UserInviteOrderField>([
  'createdAt',
  'updatedAt',
  'statusUpdatedAt',
  'expiresAt',
]);

/**
 * The table's state with no DOM: search, status filter, order, page, page size and selection,
 * each controllable, and the rules between them (a new filter starts at the first page). Use
 * it to drive your own table, or control pieces of {@link UserInvitesTable} through its props.
 *
 * @example
 * ```tsx
 * const state = useUserInvitesTableState({ defaultStatus: 'pending' });
 * const page = useUserInvites(userInvitesTableQuery({ ...state, search: useDebouncedValue(state.search, 300) }));
 * ```
 */
export function useUserInvitesTableState(
  options: UserInvitesTableStateOptions = {},
): UserInvitesTableState {
  const [search, setSearchValue] = useControllableState(
    options.search,
    options.defaultSearch ?? '',
    options.onSearchChange,
  );
  const [status, setStatusValue] = useControllableState<UserInvitesStatusFilter>(
    options.status,
    options.defaultStatus ?? 'all',
    options.onStatusChange,
  );
  const [order, setOrderValue] = useControllableState(
    options.order,
    options.defaultOrder ?? DEFAULT_USER_INVITES_TABLE_ORDER,
    options.onOrderChange,
  );
  const [page, setPageValue] = useControllableState(
    options.page,
    options.defaultPage ?? 0,
    options.onPageChange,
  );
  const [pageSize, setPageSizeValue] = useControllableState(
    options.pageSize,
    options.defaultPageSize ?? DEFAULT_USER_INVITES_TABLE_PAGE_SIZE,
    options.onPageSizeChange,
  );
  const [selected, setSelected] = useControllableState(
    options.selected,
    options.defaultSelected ?? EMPTY,
    options.onSelectedChange,
  );

  // The setters, stable while the controlled values stay controlled (or not).
  const setters = useMemo(() => {
    // The one rule: whatever changes which invites match starts again from the first page.
    const restart = () => {
      setPageValue(0);
      setSelected(EMPTY);
    };
    const restarting =
      <T>(set: (next: T) => void) =>
      (next: T) => {
        set(next);
        restart();
      };
    return {
      setSearch: restarting(setSearchValue),
      setStatus: restarting(setStatusValue),
      setOrder: restarting(setOrderValue),
      setPageSize: restarting(setPageSizeValue),
      setPage: (next: number) => {
        setPageValue(Math.max(0, next));
        setSelected(EMPTY);
      },
      setSelected,
      selectIds: (ids: readonly string[], on: boolean) =>
        setSelected((previous) => {
          const next = new Set(previous);
          for (const id of ids) {
            if (on) next.add(id);
            else next.delete(id);
          }
          return next.size === 0 ? EMPTY : next;
        }),
      clearSelection: () => setSelected(EMPTY),
      clearFilters: () => {
        setSearchValue('');
        setStatusValue('all');
        restart();
      },
    };
  }, [setSearchValue, setStatusValue, setOrderValue, setPageSizeValue, setPageValue, setSelected]);
  const { setOrder } = setters;
  const toggleSort = useCallback(
    (field: UserInviteOrderField) =>
      setOrder(
        order.field === field
          ? { field, direction: order.direction === 'asc' ? 'desc' : 'asc' }
          : { field, direction: NEWEST_FIRST.has(field) ? 'desc' : 'asc' },
      ),
    [order, setOrder],
  );

  return useMemo(
    () => ({ search, status, order, page, pageSize, selected, ...setters, toggleSort }),
    [search, status, order, page, pageSize, selected, setters, toggleSort],
  );
}
