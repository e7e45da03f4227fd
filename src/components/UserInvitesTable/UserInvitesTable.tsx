'use client';

import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { useInviteI18n } from '../../i18n/useInviteI18n';
import type {
  InviteStatus,
  KnownInviteStatus,
  UserInvite,
  UserInviteOrder,
  UserInviteOrderField,
} from '../../client/types';
import {
  INVITE_STATUSES,
  canCancelInvite,
  canResendInvite,
  isOpenInviteStatus,
} from '../../client/status';
import { useCancelInvite } from '../../hooks/useCancelInvite';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useInviteLink } from '../../hooks/useInviteLink';
import { useInviteContext } from '../../react/useInviteContext';
import { useInviteStatus } from '../../hooks/useInviteStatus';
import { useResendInvite } from '../../hooks/useResendInvite';
import { useRoles } from '../../hooks/useRoles';
import { useUserInvites } from '../../hooks/useUserInvites';
import { describeInviteError, statusLabel } from '../../i18n/describeError';
import type { InviteI18n } from '../../i18n/format';
import type { MessageKey } from '../../i18n/messages';
import { createSlots, type StylingProps } from '../../theme/slots';
import { InviteDialog } from '../InviteDialog/InviteDialog';
import { InviteStatusBadge } from '../InviteStatusBadge/InviteStatusBadge';
import { ConfirmDialog, type ConfirmDialogSlot } from '../shared/ConfirmDialog';

/**
 * The named parts of {@link UserInvitesTable}, for `classNames`.
 *
 * @example
 * ```tsx
 * <UserInvitesTable classNames={{ row: 'hover:bg-muted', pagination: 'mt-4' }} />
 * ```
 */
export type UserInvitesTableSlot =
  | 'root'
  | 'toolbar'
  | 'search'
  | 'searchInput'
  | 'filter'
  | 'filterSelect'
  | 'bulkBar'
  | 'bulkResult'
  | 'scroller'
  | 'table'
  | 'head'
  | 'headerCell'
  | 'sortButton'
  | 'body'
  | 'row'
  | 'cell'
  | 'checkbox'
  | 'invitee'
  | 'name'
  | 'email'
  | 'time'
  | 'exactTime'
  | 'expires'
  | 'actions'
  | 'action'
  | 'placeholder'
  | 'empty'
  | 'error'
  | 'pagination'
  | 'pageSize'
  | 'pageSizeSelect'
  | 'range'
  | 'pageButton'
  | 'live'
  | ConfirmDialogSlot;

/**
 * A built-in column.
 *
 * @example
 * ```tsx
 * <UserInvitesTable columns={['invitee', 'status', 'actions'] satisfies UserInvitesTableColumnId[]} />
 * ```
 */
export type UserInvitesTableColumnId =
  'select' | 'invitee' | 'roles' | 'status' | 'sent' | 'expires' | 'actions';

/**
 * A column of your own.
 *
 * @example
 * ```tsx
 * const team: UserInvitesTableColumn = {
 *   id: 'team',
 *   header: 'Team',
 *   cell: (invite) => String(invite.data?.team ?? '—'),
 * };
 * ```
 */
export interface UserInvitesTableColumn {
  id: string;
  header: ReactNode;
  cell: (invite: UserInvite) => ReactNode;
  /** Makes the column sortable by this field. */
  sortField?: UserInviteOrderField;
}

/**
 * A permission: a boolean for every invite, or a function deciding per invite.
 *
 * @example
 * ```tsx
 * <UserInvitesTable canCancel={(invite) => invite.createdByUserId === me.id} />
 * ```
 */
export type InvitePermission = boolean | ((invite: UserInvite) => boolean);

/**
 * Props of {@link UserInvitesTable}.
 *
 * @example
 * ```tsx
 * const props: UserInvitesTableProps = { defaultPageSize: 50, canCancel: false };
 * ```
 */
export interface UserInvitesTableProps extends StylingProps<UserInvitesTableSlot> {
  /** Which columns, in which order; built-in ids or your own columns. */
  columns?: (UserInvitesTableColumnId | UserInvitesTableColumn)[];
  /** Page sizes to choose from. Default 10, 25, 50, 100. */
  pageSizes?: number[];
  /** Default 25. */
  defaultPageSize?: number;
  canResend?: InvitePermission;
  canCancel?: InvitePermission;
  /** How often pending rows are checked when the client cannot push. Default 5 s. */
  pollIntervalMs?: number;
  /** What an empty tenant offers; by default an {@link InviteDialog}. `null` for nothing. */
  emptyAction?: ReactNode;
  /** The table's accessible name. Default "Invites". */
  label?: string;
}

const DEFAULT_COLUMNS: UserInvitesTableColumnId[] = [
  'select',
  'invitee',
  'roles',
  'status',
  'sent',
  'expires',
  'actions',
];
const SORT_FIELDS: Partial<Record<UserInvitesTableColumnId, UserInviteOrderField>> = {
  invitee: 'email',
  status: 'status',
  sent: 'createdAt',
  expires: 'expiresAt',
};
const SOON_MS = 24 * 3_600_000;
// A Map: a status such as `constructor` from a backend must find nothing here.
const LIVE_MESSAGES = new Map<InviteStatus, MessageKey>([
  ['accepted', 'table.live.accepted'],
  ['declined', 'table.live.declined'],
  ['expired', 'table.live.expired'],
]);
type ConfirmState = { invites: UserInvite[] } | null;

/** Who an invite is for, in a label or a message: its address, else its name, never nothing. */
const nameOf = (i18n: InviteI18n, invite: UserInvite) =>
  invite.email ||
  [invite.firstName, invite.lastName].filter(Boolean).join(' ') ||
  i18n.t('table.noAddress');

const allowed = (permission: InvitePermission, invite: UserInvite) =>
  typeof permission === 'function' ? permission(invite) : permission;

function expiresText(
  i18n: InviteI18n,
  invite: UserInvite,
  now: number,
): { text: string; state: 'soon' | 'expired' | 'later' | 'none' } {
  if (!invite.expiresAt) return { text: i18n.t('table.expires.none'), state: 'none' };
  const time = i18n.formatRelativeTime(invite.expiresAt, now);
  if (invite.status === 'expired')
    return { text: i18n.t('table.expired', { time }), state: 'expired' };
  if (invite.status !== 'pending') return { text: i18n.t('table.expires.none'), state: 'none' };
  const left = Date.parse(invite.expiresAt) - now;
  return left < SOON_MS
    ? { text: i18n.t('table.expires.soon', { time }), state: 'soon' }
    : { text: i18n.t('table.expires.in', { time }), state: 'later' };
}

/**
 * Every invite of the tenant, to manage: search (debounced, on the server), a status filter,
 * sortable columns, paging with the previous page kept on screen, row actions (resend with its
 * cooldown, cancel after a confirmation that names the address, copy link), bulk resend and
 * cancel with a per-row summary, and live status: pending rows update by themselves (one
 * request per interval for the whole page, none with a pushing client) and a polite message
 * says who accepted. In a narrow container it becomes a stacked list.
 *
 * @example
 * ```tsx
 * <InviteClientProvider client={client} tenantId={team.id} currentUserId={me.id}>
 *   <UserInvitesTable canCancel={(invite) => me.isAdmin || invite.createdByUserId === me.id} />
 * </InviteClientProvider>
 * ```
 */
export function UserInvitesTable(props: UserInvitesTableProps) {
  const {
    columns = DEFAULT_COLUMNS,
    pageSizes = [10, 25, 50, 100],
    canResend = true,
    canCancel = true,
    pollIntervalMs = 5000,
    label,
  } = props;
  const i18n = useInviteI18n();
  const slot = createSlots<UserInvitesTableSlot>('invites-table', props);
  const baseId = useId();
  const rootRef = useRef<HTMLElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<KnownInviteStatus | 'all'>('all');
  const [order, setOrder] = useState<UserInviteOrder>({ field: 'createdAt', direction: 'desc' });
  const [pageSize, setPageSize] = useState(props.defaultPageSize ?? 25);
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const lastClicked = useRef<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [bulkResult, setBulkResult] = useState<string[]>([]);
  const [confirm, setConfirm] = useState<ConfirmState>(null);
  // The button that opened the confirmation, and its row: the button is gone once the invite is canceled.
  const returnFocusRef = useRef<{ button: HTMLElement; row: HTMLElement | null } | null>(null);
  const [themeOf, setThemeOf] = useState<{ theme?: string; dir?: string }>({});
  const debouncedSearch = useDebouncedValue(search.trim(), 300);

  const params = useMemo(
    () => ({
      limit: pageSize,
      offset,
      order,
      ...(debouncedSearch ? { search: debouncedSearch } : {}),
      ...(status !== 'all' ? { filter: { status } } : {}),
    }),
    [pageSize, offset, order, debouncedSearch, status],
  );
  // A new search, filter, order or page size starts again from the first page.
  const filtersKey = `${debouncedSearch}\n${status}\n${order.field}\n${order.direction}\n${pageSize}`;
  const [lastFilters, setLastFilters] = useState(filtersKey);
  if (lastFilters !== filtersKey) {
    setLastFilters(filtersKey);
    setOffset(0);
    setSelected(new Set());
  }

  // Another tenant (an admin of two teams switches): nothing of the previous one's table state
  // carries over, not a search, a selection or a page.
  const { tenantId } = useInviteContext();
  const [stateTenant, setStateTenant] = useState(tenantId);
  if (stateTenant !== tenantId) {
    setStateTenant(tenantId);
    setSearch('');
    setStatus('all');
    setOffset(0);
    setSelected(new Set());
    setBulkResult([]);
    setConfirm(null);
    setAnnouncement('');
  }

  const invites = useUserInvites(params);
  const rows = useMemo(() => invites.data?.data ?? [], [invites.data]);
  const total = invites.data?.totalCount ?? 0;
  const roles = useRoles();
  const roleName = (key: string) => roles.data?.find((role) => role.key === key)?.name ?? key;
  const resend = useResendInvite();
  const cancel = useCancelInvite();
  const inviteLink = useInviteLink();

  const pendingIds = useMemo(
    () => rows.filter((invite) => isOpenInviteStatus(invite.status)).map((invite) => invite.id),
    [rows],
  );
  const live = useInviteStatus(pendingIds, {
    pollIntervalMs,
    onChange: (invite) => {
      const message = LIVE_MESSAGES.get(invite.status);
      if (message) setAnnouncement(i18n.t(message, { email: nameOf(i18n, invite) }));
    },
  });
  const current = (invite: UserInvite) => live.inviteById[invite.id] ?? invite;

  const now = Date.now();
  const filtered = debouncedSearch !== '' || status !== 'all';
  const columnDefs = columns;
  const selectedRows = rows.filter((invite) => selected.has(invite.id));

  useEffect(() => {
    // Rows leaving the page leave the selection.
    setSelected((previous) => {
      const ids = new Set(rows.map((invite) => invite.id));
      const next = new Set([...previous].filter((id) => ids.has(id)));
      return next.size === previous.size ? previous : next;
    });
  }, [rows]);

  const rememberTheme = () => {
    const root = rootRef.current;
    setThemeOf({
      theme: root?.closest('[data-iw-theme]')?.getAttribute('data-iw-theme') ?? undefined,
      dir: root?.closest('[dir]')?.getAttribute('dir') ?? undefined,
    });
  };

  const doResend = (invite: UserInvite) => {
    setAnnouncement('');
    resend.mutate(invite.id, {
      onSuccess: () => setAnnouncement(i18n.t('table.resent', { email: nameOf(i18n, invite) })),
      onError: (error) =>
        setAnnouncement(
          i18n.t('table.actionFailed', {
            action: i18n.t('table.resend').toLowerCase(),
            email: nameOf(i18n, invite),
            reason: describeInviteError(i18n, error),
          }),
        ),
    });
  };

  const copyLink = async (invite: UserInvite) => {
    try {
      const link = await inviteLink.mutateAsync(invite.id);
      await navigator.clipboard.writeText(link);
      setAnnouncement(i18n.t('table.copied', { email: nameOf(i18n, invite) }));
    } catch (error) {
      setAnnouncement(
        i18n.t('table.copyFailed', {
          email: nameOf(i18n, invite),
          reason: describeInviteError(i18n, error),
        }),
      );
    }
  };

  const askCancel = (invites: UserInvite[], event: MouseEvent<HTMLButtonElement>) => {
    rememberTheme();
    returnFocusRef.current = {
      button: event.currentTarget,
      row: event.currentTarget.closest('tr'),
    };
    setConfirm({ invites });
  };

  const runCancel = async () => {
    if (!confirm) return;
    const targets = confirm.invites;
    setConfirm(null);
    if (targets.length === 1) {
      const [invite] = targets as [UserInvite];
      cancel.mutate(invite.id, {
        onSuccess: () => setAnnouncement(i18n.t('table.canceled', { email: nameOf(i18n, invite) })),
        onError: (error) =>
          setAnnouncement(
            i18n.t('table.actionFailed', {
              action: i18n.t('table.cancel').toLowerCase(),
              email: nameOf(i18n, invite),
              reason: describeInviteError(i18n, error),
            }),
          ),
      });
      return;
    }
    await runBulk(targets, 'cancel');
  };

  const runBulk = async (targets: UserInvite[], action: 'resend' | 'cancel') => {
    const lines: string[] = [];
    let done = 0;
    for (const invite of targets) {
      const eligible =
        action === 'resend'
          ? canResendInvite(invite.status) && allowed(canResend, invite)
          : canCancelInvite(invite.status) && allowed(canCancel, invite);
      if (!eligible) {
        lines.push(
          i18n.t('table.bulk.skipped', {
            email: nameOf(i18n, invite),
            status: statusLabel(i18n, invite.status).toLowerCase(),
          }),
        );
        continue;
      }
      try {
        await (action === 'resend' ? resend.mutateAsync(invite.id) : cancel.mutateAsync(invite.id));
        done += 1;
      } catch (error) {
        lines.push(
          i18n.t('table.bulk.failure', {
            email: nameOf(i18n, invite),
            reason: describeInviteError(i18n, error),
          }),
        );
      }
    }
    setBulkResult([i18n.t('table.bulk.summary', { done, total: targets.length }), ...lines]);
    setSelected(new Set());
  };

  const toggleRow = (index: number, event: MouseEvent<HTMLInputElement>) => {
    const checked = event.currentTarget.checked;
    // Shift-click sets every row between the last clicked one and this one to this one's state.
    const anchor = event.shiftKey && lastClicked.current !== null ? lastClicked.current : index;
    const ids = rows
      .slice(Math.min(anchor, index), Math.max(anchor, index) + 1)
      .map((invite) => invite.id);
    lastClicked.current = index;
    setSelected((previous) => {
      const next = new Set(previous);
      for (const id of ids) {
        if (checked) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  };

  const allOnPage = rows.length > 0 && rows.every((invite) => selected.has(invite.id));
  const someOnPage = rows.some((invite) => selected.has(invite.id));

  const headerFor = (column: UserInvitesTableColumnId | UserInvitesTableColumn): ReactNode => {
    if (typeof column !== 'string') return column.header;
    if (column === 'select') {
      return (
        <input
          type="checkbox"
          {...slot('checkbox')}
          aria-label={i18n.t('table.selectPage')}
          checked={allOnPage}
          ref={(element) => {
            if (element) element.indeterminate = someOnPage && !allOnPage;
          }}
          onChange={(event) =>
            setSelected(event.target.checked ? new Set(rows.map((invite) => invite.id)) : new Set())
          }
        />
      );
    }
    return i18n.t(`table.column.${column}`);
  };

  const sortFieldOf = (column: UserInvitesTableColumnId | UserInvitesTableColumn) =>
    typeof column === 'string' ? SORT_FIELDS[column] : column.sortField;

  const cellFor = (
    column: UserInvitesTableColumnId | UserInvitesTableColumn,
    invite: UserInvite,
    index: number,
  ): ReactNode => {
    if (typeof column !== 'string') return column.cell(invite);
    switch (column) {
      case 'select':
        return (
          <input
            type="checkbox"
            {...slot('checkbox')}
            aria-label={i18n.t('table.selectRow', { email: nameOf(i18n, invite) })}
            checked={selected.has(invite.id)}
            onChange={() => undefined}
            onClick={(event) => toggleRow(index, event)}
          />
        );
      case 'invitee': {
        const name = [invite.firstName, invite.lastName].filter(Boolean).join(' ');
        return (
          <span {...slot('invitee')}>
            {name && <span {...slot('name')}>{name}</span>}
            <span {...slot('email')}>{invite.email}</span>
          </span>
        );
      }
      case 'roles':
        return invite.roleKeys && invite.roleKeys.length > 0
          ? invite.roleKeys.map(roleName).join(', ')
          : i18n.t('table.noRoles');
      case 'status':
        return <InviteStatusBadge status={invite.status} unstyled={props.unstyled} />;
      case 'sent':
        return (
          <span {...slot('time')} title={i18n.formatDateTime(invite.createdAt)}>
            <time dateTime={invite.createdAt}>
              {i18n.formatRelativeTime(invite.createdAt, now)}
            </time>
            <span {...slot('exactTime')}>{i18n.formatDateTime(invite.createdAt)}</span>
          </span>
        );
      case 'expires': {
        const expires = expiresText(i18n, invite, now);
        return (
          <span
            {...slot('expires')}
            data-state={expires.state}
            title={invite.expiresAt ? i18n.formatDateTime(invite.expiresAt) : undefined}
          >
            {expires.state === 'soon' && <span aria-hidden="true">⚠ </span>}
            {expires.text}
          </span>
        );
      }
      case 'actions':
        return actionsFor(invite);
      default:
        return null;
    }
  };

  const actionsFor = (invite: UserInvite) => {
    const wait = resend.cooldownRemainingMs(invite.id);
    const showResend = canResendInvite(invite.status) && allowed(canResend, invite);
    const showCancel = canCancelInvite(invite.status) && allowed(canCancel, invite);
    const showCopy = isOpenInviteStatus(invite.status) && inviteLink.isSupported;
    return (
      <span {...slot('actions')}>
        {showResend && (
          <button
            type="button"
            {...slot('action', 'iw-button')}
            data-action="resend"
            aria-label={
              wait > 0
                ? i18n.t('table.resendInTo', {
                    email: nameOf(i18n, invite),
                    wait: i18n.formatDuration(wait),
                  })
                : i18n.t('table.resendTo', { email: nameOf(i18n, invite) })
            }
            aria-disabled={wait > 0 || resend.isResending(invite.id) || undefined}
            onClick={() => {
              if (wait <= 0 && !resend.isResending(invite.id)) doResend(invite);
            }}
          >
            {wait > 0
              ? i18n.t('table.resendIn', { wait: i18n.formatDuration(wait) })
              : i18n.t('table.resend')}
          </button>
        )}
        {showCancel && (
          <button
            type="button"
            {...slot('action', 'iw-button')}
            data-action="cancel"
            data-variant="danger"
            aria-label={i18n.t('table.cancelTo', { email: nameOf(i18n, invite) })}
            onClick={(event) => askCancel([invite], event)}
          >
            {i18n.t('table.cancel')}
          </button>
        )}
        {showCopy && (
          <button
            type="button"
            {...slot('action', 'iw-button')}
            data-action="copy"
            aria-label={i18n.t('table.copyLinkFor', { email: nameOf(i18n, invite) })}
            onClick={() => void copyLink(invite)}
          >
            {i18n.t('table.copyLink')}
          </button>
        )}
      </span>
    );
  };

  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + rows.length, total);
  const hasData = invites.data !== undefined;
  const colSpan = columnDefs.length;

  let body: ReactNode;
  if (!hasData && invites.isError) {
    body = (
      <tr {...slot('row')} data-state="error">
        <td {...slot('cell')} colSpan={colSpan}>
          <div {...slot('error')} role="alert">
            <p>{i18n.t('table.error', { reason: describeInviteError(i18n, invites.error) })}</p>
            <button
              type="button"
              className={props.unstyled ? undefined : 'iw-button'}
              onClick={() => void invites.refetch()}
            >
              {i18n.t('common.retry')}
            </button>
          </div>
        </td>
      </tr>
    );
  } else if (!hasData) {
    body = Array.from({ length: Math.min(pageSize, 5) }, (_, index) => (
      <tr key={index} {...slot('row')} data-state="loading" aria-hidden="true">
        {columnDefs.map((_column, cellIndex) => (
          <td key={cellIndex} {...slot('cell')}>
            <span {...slot('placeholder')} />
          </td>
        ))}
      </tr>
    ));
  } else if (rows.length === 0) {
    body = (
      <tr {...slot('row')} data-state="empty">
        <td {...slot('cell')} colSpan={colSpan}>
          <div {...slot('empty')}>
            {filtered ? (
              <>
                <p>{i18n.t('table.noResults')}</p>
                <button
                  type="button"
                  className={props.unstyled ? undefined : 'iw-button'}
                  onClick={() => {
                    setSearch('');
                    setStatus('all');
                    searchRef.current?.focus();
                  }}
                >
                  {i18n.t('table.clearFilters')}
                </button>
              </>
            ) : (
              <>
                <p>
                  <strong>{i18n.t('table.empty.title')}</strong>
                </p>
                <p>{i18n.t('table.empty.description')}</p>
                {props.emptyAction === undefined ? (
                  <InviteDialog unstyled={props.unstyled} />
                ) : (
                  props.emptyAction
                )}
              </>
            )}
          </div>
        </td>
      </tr>
    );
  } else {
    body = rows.map((row, index) => {
      const invite = current(row);
      return (
        <tr
          key={invite.id}
          {...slot('row')}
          data-status={invite.status}
          data-state={selected.has(invite.id) ? 'selected' : undefined}
        >
          {columnDefs.map((column) => {
            const id = typeof column === 'string' ? column : column.id;
            const header =
              typeof column === 'string'
                ? column === 'select'
                  ? ''
                  : i18n.t(`table.column.${column}`)
                : undefined;
            return (
              <td
                key={id}
                {...slot('cell')}
                data-column={id}
                data-label={typeof header === 'string' ? header : undefined}
              >
                {cellFor(column, invite, index)}
              </td>
            );
          })}
        </tr>
      );
    });
  }

  const tableLabel = label ?? i18n.t('table.label');
  const searchId = `${baseId}-search`;
  const statusId = `${baseId}-status`;
  return (
    <section {...slot('root')} ref={rootRef} aria-label={tableLabel} dir={i18n.dir}>
      <div {...slot('toolbar')}>
        <div {...slot('search')}>
          <label htmlFor={searchId}>{i18n.t('table.search')}</label>
          <input
            {...slot('searchInput', 'iw-control')}
            ref={searchRef}
            id={searchId}
            type="search"
            placeholder={i18n.t('table.searchPlaceholder')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <div {...slot('filter')}>
          <label htmlFor={statusId}>{i18n.t('table.status')}</label>
          <select
            {...slot('filterSelect', 'iw-control')}
            id={statusId}
            value={status}
            onChange={(event) => setStatus(event.target.value as KnownInviteStatus | 'all')}
          >
            <option value="all">{i18n.t('table.status.all')}</option>
            {INVITE_STATUSES.map((value) => (
              <option key={value} value={value}>
                {statusLabel(i18n, value)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {selectedRows.length > 0 && (
        <div
          {...slot('bulkBar')}
          role="group"
          aria-label={i18n.t('table.selected', { count: selectedRows.length })}
        >
          <span>{i18n.t('table.selected', { count: selectedRows.length })}</span>
          <button
            type="button"
            {...slot('action', 'iw-button')}
            onClick={() => void runBulk(selectedRows, 'resend')}
          >
            {i18n.t('table.bulk.resend')}
          </button>
          <button
            type="button"
            {...slot('action', 'iw-button')}
            data-variant="danger"
            onClick={(event) => askCancel(selectedRows, event)}
          >
            {i18n.t('table.bulk.cancel')}
          </button>
          <button
            type="button"
            {...slot('action', 'iw-button')}
            onClick={() => setSelected(new Set())}
          >
            {i18n.t('table.clearSelection')}
          </button>
        </div>
      )}
      {bulkResult.length > 0 && (
        <div {...slot('bulkResult')} role="status">
          <p>{bulkResult[0]}</p>
          {bulkResult.length > 1 && (
            <ul>
              {bulkResult.slice(1).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {/* Scrolls sideways in a container too narrow for its columns, never spilling over its neighbours. */}
      <div {...slot('scroller')}>
        <table
          {...slot('table')}
          aria-label={tableLabel}
          aria-busy={invites.isFetching || undefined}
          aria-rowcount={total + 1}
        >
          <thead {...slot('head')}>
            <tr {...slot('row')}>
              {columnDefs.map((column) => {
                const id = typeof column === 'string' ? column : column.id;
                const field = sortFieldOf(column);
                const sorted =
                  field && order.field === field
                    ? order.direction === 'asc'
                      ? 'ascending'
                      : 'descending'
                    : undefined;
                const header = headerFor(column);
                return (
                  <th
                    key={id}
                    {...slot('headerCell')}
                    scope="col"
                    data-column={id}
                    aria-sort={field ? (sorted ?? 'none') : undefined}
                  >
                    {field ? (
                      <button
                        type="button"
                        {...slot('sortButton')}
                        data-state={sorted}
                        onClick={() =>
                          setOrder((previous) =>
                            previous.field === field
                              ? { field, direction: previous.direction === 'asc' ? 'desc' : 'asc' }
                              : {
                                  field,
                                  direction:
                                    field === 'createdAt' || field === 'expiresAt' ? 'desc' : 'asc',
                                },
                          )
                        }
                      >
                        {header}
                        <span aria-hidden="true">
                          {sorted === 'ascending' ? ' ▲' : sorted === 'descending' ? ' ▼' : ' ↕'}
                        </span>
                      </button>
                    ) : (
                      header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody {...slot('body')} data-state={invites.isPlaceholderData ? 'stale' : undefined}>
            {body}
          </tbody>
        </table>
      </div>
      <div {...slot('pagination')}>
        <label {...slot('pageSize')}>
          {i18n.t('table.pageSize')}
          <select
            {...slot('pageSizeSelect', 'iw-control')}
            value={pageSize}
            onChange={(event) => setPageSize(Number(event.target.value))}
          >
            {pageSizes.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        <span {...slot('range')}>{i18n.t('table.range', { from, to, total })}</span>
        <button
          type="button"
          {...slot('pageButton', 'iw-button')}
          disabled={offset === 0}
          onClick={() => setOffset(Math.max(0, offset - pageSize))}
        >
          {i18n.t('table.previous')}
        </button>
        <button
          type="button"
          {...slot('pageButton', 'iw-button')}
          disabled={offset + pageSize >= total}
          onClick={() => setOffset(offset + pageSize)}
        >
          {i18n.t('table.next')}
        </button>
      </div>
      <p {...slot('live')} role="status" aria-live="polite">
        {!hasData && !invites.isError ? i18n.t('table.loading') : announcement}
      </p>
      <ConfirmDialog
        open={confirm !== null}
        onOpenChange={(open) => {
          if (!open) setConfirm(null);
        }}
        slot={slot}
        theme={themeOf.theme}
        dir={themeOf.dir ?? i18n.dir}
        title={
          confirm && confirm.invites.length > 1
            ? i18n.t('table.confirm.bulkTitle', { count: confirm.invites.length })
            : i18n.t('table.confirm.title')
        }
        description={
          confirm && confirm.invites.length > 1
            ? i18n.t('table.confirm.bulkDescription')
            : i18n.t('table.confirm.description', { email: confirm?.invites[0]?.email ?? '' })
        }
        confirmLabel={
          confirm && confirm.invites.length > 1
            ? i18n.t('table.confirm.bulkYes', { count: confirm.invites.length })
            : i18n.t('table.confirm.yes')
        }
        cancelLabel={i18n.t('table.confirm.no')}
        onConfirm={() => void runCancel()}
        onCloseAutoFocus={(event) => {
          // This dialog has no Radix trigger to return to: back to the button that asked, or, if
          // the cancel removed it, to the first control of its row.
          event.preventDefault();
          const origin = returnFocusRef.current;
          const target = origin?.button.isConnected
            ? origin.button
            : origin?.row?.isConnected
              ? origin.row.querySelector<HTMLElement>('input, button:not([aria-disabled="true"])')
              : searchRef.current;
          target?.focus();
        }}
      />
    </section>
  );
}
