'use client';

import { forwardRef, useId, useMemo, useRef } from 'react';
import { isOpenInviteStatus } from '../../../client/status';
import type { InviteStatus } from '../../../client/types';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { useInviteStatus } from '../../../hooks/useInviteStatus';
import { useRoles } from '../../../hooks/useRoles';
import { useUserInvites } from '../../../hooks/useUserInvites';
import { DEFAULT_EMAIL_LOCALES } from '../../../i18n/languageName';
import { tableMessages } from '../../../i18n/messages/tableMessages';
import { useAreaI18n } from '../../../i18n/useAreaI18n';
import { useInviteContext } from '../../../react/useInviteContext';
import { createSlots } from '../../../theme/slots';
import { useComposedRefs } from '../../shared/useComposedRefs';
import { userInvitesTableQuery } from '../defaultUserInvitesTableQuery';
import { inviteName } from '../inviteName';
import { headerText, resolveColumns } from '../userInvitesTableColumns';
import {
  UserInvitesTableActivityContext,
  UserInvitesTableDataContext,
  UserInvitesTableRolesContext,
  UserInvitesTableRowStatesContext,
  UserInvitesTableStateContext,
  UserInvitesTableStaticContext,
  type UserInvitesTableActivity,
  type UserInvitesTableData,
  type UserInvitesTableStatic,
} from '../userInvitesTableContext';
import type { UserInvitesTableProps } from '../userInvitesTableProps';
import { useHydrated } from '../../../react/useHydrated';
import { useUserInvitesTableRowActions } from '../useUserInvitesTableRowActions';
import {
  splitUserInvitesTableStateOptions,
  useUserInvitesTableState,
} from '../useUserInvitesTableState';
import { useUserInvitesTableCommands } from '../useUserInvitesTableCommands';
import { cachedSlots } from '../cachedSlots';
import { usePreloadWhenIdle } from '../../shared/lazyModule';
import { bulkBarContent } from './UserInvitesTableBulkBar';
import { tableDialogs } from './UserInvitesTableDialogs';
import { rowMenuContent } from './UserInvitesTableRowMenu';

// The changes said out loud (`table.live.accepted`…). A Set: a status such as `constructor`
// from a backend must find nothing here.
const LIVE_STATUSES = new Set<InviteStatus>(['accepted', 'declined', 'expired']);
const DEFAULT_PAGE_SIZES = [10, 25, 50, 100];

const RootForTenant = forwardRef<HTMLElement, UserInvitesTableProps>(
  function UserInvitesTableRootForTenant(props, forwardedRef) {
    const [stateOptions, others] = splitUserInvitesTableStateOptions(props);
    const {
      columns,
      pageSizes = DEFAULT_PAGE_SIZES,
      canResend,
      canCancel,
      canEdit,
      locales = DEFAULT_EMAIL_LOCALES,
      pollIntervalMs = 5000,
      emptyAction,
      label,
      className,
      classNames,
      unstyled,
      children,
      ...rest
    } = others;
    const state = useUserInvitesTableState(stateOptions);
    const i18n = useAreaI18n(tableMessages);
    const hydrated = useHydrated();
    // The row menu, the dialogs and the bulk bar are chunks of their own: ready by the time
    // anyone clicks.
    usePreloadWhenIdle(rowMenuContent);
    usePreloadWhenIdle(tableDialogs);
    usePreloadWhenIdle(bulkBarContent);
    const baseId = useId();
    const rootRef = useRef<HTMLElement>(null);
    const searchRef = useRef<HTMLInputElement>(null);
    const ref = useComposedRefs(forwardedRef, rootRef);

    const debouncedSearch = useDebouncedValue(state.search.trim(), 300);
    const query = useMemo(
      () =>
        userInvitesTableQuery({
          search: debouncedSearch,
          status: state.status,
          order: state.order,
          page: state.page,
          pageSize: state.pageSize,
        }),
      [debouncedSearch, state.status, state.order, state.page, state.pageSize],
    );
    const invites = useUserInvites(query);
    const roles = useRoles();
    const actions = useUserInvitesTableRowActions({ canResend, canCancel, canEdit });
    const { announce } = actions;

    const page = invites.data?.data;
    const pendingIds = useMemo(
      () =>
        (page ?? [])
          .filter((invite) => isOpenInviteStatus(invite.status))
          .map((invite) => invite.id),
      [page],
    );
    const live = useInviteStatus(pendingIds, {
      pollIntervalMs,
      onChange: (invite) => {
        if (LIVE_STATUSES.has(invite.status)) {
          const message = `table.live.${invite.status}` as 'table.live.accepted';
          announce(i18n.t(message, { email: inviteName(i18n, invite) }));
        }
      },
    });
    const { inviteById } = live;
    const rows = useMemo(
      () => (page ?? []).map((invite) => inviteById[invite.id] ?? invite),
      [page, inviteById],
    );

    const { commands, dialog, loadFailed, menu } = useUserInvitesTableCommands({
      state,
      actions,
      rows,
      searchRef,
      networkMessage: i18n.t('error.network'),
    });

    const slot = useMemo(
      () => cachedSlots(createSlots('invites-table', { className, classNames, unstyled })),
      [className, classNames, unstyled],
    );
    const resolvedColumns = useMemo(() => resolveColumns(columns), [columns]);
    // By value: hosts pass literals.
    const pageSizesKey = pageSizes.join();
    const localesKey = locales.join();
    // eslint-disable-next-line react-hooks/exhaustive-deps
    const stablePageSizes = useMemo(() => pageSizes, [pageSizesKey]);
    // eslint-disable-next-line react-hooks/exhaustive-deps
    const stableLocales = useMemo(() => locales, [localesKey]);
    const staticValue = useMemo<UserInvitesTableStatic>(
      () => ({
        slot,
        i18n,
        ids: { search: `${baseId}-search`, table: `${baseId}-table` },
        columns: resolvedColumns,
        labels: resolvedColumns.map((column) => {
          const header = headerText(i18n, column);
          return typeof header === 'string' ? header : undefined;
        }),
        commands,
        permits: actions.permits,
        searchRef,
        rootRef,
        label: label ?? i18n.t('table.label'),
        pageSizes: stablePageSizes,
        emptyAction,
        locales: stableLocales,
        unstyled,
        hydrated,
      }),
      [
        slot,
        i18n,
        baseId,
        resolvedColumns,
        commands,
        actions.permits,
        label,
        stablePageSizes,
        emptyAction,
        stableLocales,
        unstyled,
        hydrated,
      ],
    );

    const hasData = invites.data !== undefined;
    const { refetch } = invites;
    const total = invites.data?.totalCount ?? 0;
    const data = useMemo<UserInvitesTableData>(
      () => ({
        rows,
        total,
        phase: !hasData
          ? invites.isError
            ? 'error'
            : 'loading'
          : rows.length === 0
            ? 'empty'
            : 'ready',
        error: invites.error,
        isFetching: invites.isFetching,
        isPlaceholderData: invites.isPlaceholderData,
        filtered: debouncedSearch !== '' || state.status !== 'all',
        refetch: () => void refetch(),
      }),
      [
        rows,
        total,
        hasData,
        invites.isError,
        invites.error,
        invites.isFetching,
        invites.isPlaceholderData,
        debouncedSearch,
        state.status,
        refetch,
      ],
    );
    const { feedback, cooldownRemainingMs, isResending } = actions;
    // Changes with every cooldown tick: only the body reads it, and only changed rows re-render.
    const rowStates = useMemo(
      () => ({ feedback, cooldownRemainingMs, isResending, menu }),
      [feedback, cooldownRemainingMs, isResending, menu],
    );
    const activity = useMemo<UserInvitesTableActivity>(
      () => ({ bulk: actions.bulk, announcement: actions.announcement, dialog, loadFailed }),
      [actions.bulk, actions.announcement, dialog, loadFailed],
    );

    return (
      <UserInvitesTableStaticContext.Provider value={staticValue}>
        <UserInvitesTableStateContext.Provider value={state}>
          <UserInvitesTableDataContext.Provider value={data}>
            <UserInvitesTableRolesContext.Provider value={roles.data}>
              <UserInvitesTableRowStatesContext.Provider value={rowStates}>
                <UserInvitesTableActivityContext.Provider value={activity}>
                  <section
                    aria-label={staticValue.label}
                    dir={i18n.dir}
                    {...rest}
                    ref={ref}
                    {...slot('root')}
                  >
                    {children}
                  </section>
                </UserInvitesTableActivityContext.Provider>
              </UserInvitesTableRowStatesContext.Provider>
            </UserInvitesTableRolesContext.Provider>
          </UserInvitesTableDataContext.Provider>
        </UserInvitesTableStateContext.Provider>
      </UserInvitesTableStaticContext.Provider>
    );
  },
);

/**
 * The table's state, data and actions, and its `<section>`: hold the parts in any layout.
 * {@link UserInvitesTable} is this root with every part in the default order. Other props go
 * to the `<section>`, and `ref` too. Another tenant starts everything again: no search, page,
 * selection or row of the previous one carries over.
 *
 * @example
 * ```tsx
 * <UserInvitesTableRoot defaultStatus="pending">
 *   <UserInvitesTableToolbar />
 *   <UserInvitesTableBody />
 *   <UserInvitesTablePagination />
 *   <UserInvitesTableLiveRegion />
 *   <UserInvitesTableDialogs />
 * </UserInvitesTableRoot>
 * ```
 */
export const UserInvitesTableRoot = forwardRef<HTMLElement, UserInvitesTableProps>(
  function UserInvitesTableRoot(props, ref) {
    const { tenantId } = useInviteContext();
    return <RootForTenant key={tenantId} {...props} ref={ref} />;
  },
);
UserInvitesTableRoot.displayName = 'UserInvitesTableRoot';
