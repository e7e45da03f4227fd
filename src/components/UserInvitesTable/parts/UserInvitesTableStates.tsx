'use client';

import { InviteDialog } from '../../InviteDialog/InviteDialog';
import { describeInviteError } from '../../../i18n/describeError';
import {
  useUserInvitesTableData,
  useUserInvitesTableStateContext,
  useUserInvitesTableStatic,
} from '../userInvitesTableContext';

/**
 * Skeleton rows in place of the first page, as tall as real rows, hidden from screen readers
 * (the live region says "Loading invites…").
 *
 * @example
 * ```tsx
 * <tbody><UserInvitesTableSkeleton rows={5} columns={7} /></tbody>
 * ```
 */
export function UserInvitesTableSkeleton({ rows, columns }: { rows: number; columns: number }) {
  const { slot } = useUserInvitesTableStatic('UserInvitesTableSkeleton');
  return Array.from({ length: rows }, (_, index) => (
    <tr key={index} {...slot('row')} data-state="loading" aria-hidden="true">
      {Array.from({ length: columns }, (_column, cellIndex) => (
        <td key={cellIndex} {...slot('cell')}>
          <span {...slot('placeholder')} />
        </td>
      ))}
    </tr>
  ));
}

/**
 * The first page could not be loaded: what happened, and "Try again".
 *
 * @example
 * ```tsx
 * <tbody><UserInvitesTableError columns={7} /></tbody>
 * ```
 */
export function UserInvitesTableError({ columns }: { columns: number }) {
  const { slot, i18n, unstyled } = useUserInvitesTableStatic('UserInvitesTableError');
  const { error, refetch } = useUserInvitesTableData('UserInvitesTableError');
  return (
    <tr {...slot('row')} data-state="error">
      <td {...slot('cell')} colSpan={columns}>
        <div {...slot('error')} role="alert">
          <p>{i18n.t('table.error', { reason: describeInviteError(i18n, error) })}</p>
          <button type="button" className={unstyled ? undefined : 'iw-button'} onClick={refetch}>
            {i18n.t('common.retry')}
          </button>
        </div>
      </td>
    </tr>
  );
}

/**
 * Nothing to show: with a search or filter on, "No invites match" and "Clear filters"; in an
 * empty tenant, "No invites yet" and the host's `emptyAction` (an invite dialog by default).
 *
 * @example
 * ```tsx
 * <tbody><UserInvitesTableEmpty columns={7} /></tbody>
 * ```
 */
export function UserInvitesTableEmpty({ columns }: { columns: number }) {
  const { slot, i18n, unstyled, emptyAction, searchRef } =
    useUserInvitesTableStatic('UserInvitesTableEmpty');
  const { filtered } = useUserInvitesTableData('UserInvitesTableEmpty');
  const { clearFilters } = useUserInvitesTableStateContext('UserInvitesTableEmpty');
  return (
    <tr {...slot('row')} data-state="empty">
      <td {...slot('cell')} colSpan={columns}>
        <div {...slot('empty')}>
          {filtered ? (
            <>
              <p>{i18n.t('table.noResults')}</p>
              <button
                type="button"
                className={unstyled ? undefined : 'iw-button'}
                onClick={() => {
                  clearFilters();
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
              {emptyAction === undefined ? <InviteDialog unstyled={unstyled} /> : emptyAction}
            </>
          )}
        </div>
      </td>
    </tr>
  );
}
