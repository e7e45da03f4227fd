import type { Message } from '../messages';

/**
 * The words of `UserInvitesTable`, in English. Each component carries only the catalogues it shows, so a page pays for its own
 * words; the provider's `messages` override any of them.
 *
 * @example
 * ```ts
 * tableMessages['table.defaultRole']; // 'Default role' (an invite sent without a role)
 * ```
 */
export const tableMessages = {
  'table.label': 'Invites',
  'table.search': 'Search invites',
  'table.searchPlaceholder': 'Search by name or email',
  'table.status': 'Status',
  'table.status.all': 'All statuses',
  'table.column.invitee': 'Invitee',
  'table.column.roles': 'Roles',
  'table.column.status': 'Status',
  'table.column.sent': 'Sent',
  'table.column.expires': 'Expires',
  'table.column.actions': 'Actions',
  'table.defaultRole': 'Default role',
  'table.expires.in': 'Expires {time}',
  'table.expires.soon': 'Expires soon: {time}',
  'table.expired': 'Expired {time}',
  'table.expires.none': '—',
  'table.noAddress': 'an invite without an address',
  'table.selectRow': 'Select {email}',
  'table.selectPage': 'Select all invites on this page',
  'table.resend': 'Resend',
  'table.resendTo': 'Resend invite to {email}',
  'table.resendIn': 'Resend in {wait}',
  'table.resendInTo': 'Resend in {wait}: invite to {email}',
  'table.copied': 'Invite link for {email} copied.',
  'table.copyFailed': 'Could not copy the link for {email}: {reason}',
  'table.resent': 'Invite resent to {email}.',
  'table.canceled': 'Invite to {email} canceled.',
  'table.resendFailed': 'Could not resend the invite to {email}: {reason}',
  'table.cancelFailed': 'Could not cancel the invite to {email}: {reason}',
  'table.editFailed': 'Could not update the invite to {email}: {reason}',
  'table.range': '{from}–{to} of {total}',
  'table.pageSize': 'Rows per page',
  'table.previous': 'Previous page',
  'table.next': 'Next page',
  'table.loading': 'Loading invites…',
  'table.empty.title': 'No invites yet',
  'table.empty.description': 'Invite your teammates and they show up here.',
  'table.noResults': 'No invites match these filters.',
  'table.clearFilters': 'Clear filters',
  'table.error': 'The invites could not be loaded: {reason}',
  'table.live.accepted': '{email} accepted your invite.',
  'table.live.declined': '{email} declined your invite.',
  'table.live.expired': 'The invite to {email} expired.',
  'table.rowActions': 'Actions for {email}',
  'table.saved': 'Invite for {email} updated.',
  'table.feedback.resending': 'Resending…',
  'table.feedback.resent': 'Resent',
  'table.feedback.copying': 'Copying…',
  'table.feedback.copied': 'Link copied',
  'table.feedback.canceling': 'Canceling…',
  'table.feedback.canceled': 'Canceled',
  'table.feedback.saving': 'Saving…',
  'table.feedback.saved': 'Saved',
  'table.feedback.failed': 'Failed',
  'table.pagination': 'Pages of invites',
  // Bulk progress and failures, also announced while the bar may not be loaded.
  'table.bulk.failure': '{email}: {reason}',
  'table.bulk.skipped': '{email}: not possible once {status}',
  'table.bulk.resending': 'Resending {done} of {total}…',
  'table.bulk.canceling': 'Canceling {done} of {total}…',
} satisfies Record<string, Message>;
