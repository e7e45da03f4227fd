/**
 * A message whose wording depends on a count, chosen with `Intl.PluralRules`. `other` is
 * required; `{count}` is replaced by the count, formatted for the locale.
 *
 * @example
 * ```ts
 * const people: PluralMessage = { one: '{count} person', other: '{count} people' };
 * ```
 */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/**
 * A message: plain text with `{name}` placeholders, or a {@link PluralMessage}.
 *
 * @example
 * ```ts
 * const message: Message = 'Invite sent to {email}';
 * ```
 */
export type Message = string | PluralMessage;

/**
 * Every string the components show, in English. Keys are grouped by the part that shows them.
 * Override any subset through the provider's `messages` prop.
 *
 * @example
 * ```tsx
 * <InviteClientProvider client={client} tenantId="t1" messages={{ 'status.pending': 'Waiting' }}>
 * ```
 */
export const defaultMessages = {
  'status.pending': 'Pending',
  'status.accepted': 'Accepted',
  'status.declined': 'Declined',
  'status.canceled': 'Canceled',
  'status.expired': 'Expired',
  'status.unknown': 'Unknown',

  'error.invalid_email': 'This is not a valid email address.',
  'error.already_invited': 'This person already has a pending invite.',
  'error.already_member': 'This person is already a member of the team.',
  'error.invalid_token': 'This invite link is not valid. Ask for a new invite.',
  'error.expired': 'This invite has expired. Ask the person who invited you to send a new one.',
  'error.not_found': 'This invite no longer exists.',
  'error.conflict': 'This invite has changed in the meantime. Refresh to see its current state.',
  'error.rate_limited': 'Too many requests. Try again in {wait}.',
  'error.rate_limited.now': 'Too many requests. Try again in a moment.',
  'error.forbidden': "You don't have permission to do this.",
  'error.network': "We couldn't reach the server. Check your connection and try again.",
  'error.unknown': 'Something went wrong. Try again.',

  'common.retry': 'Try again',
  'common.loading': 'Loading…',
  'common.people': { one: '{count} person', other: '{count} people' },

  'form.label': 'Email addresses',
  'form.placeholder': 'name@example.com, another@example.com',
  'form.hint': 'Separate addresses with commas, spaces or new lines, or paste a list or a CSV.',
  'form.entries': 'People to invite',
  // Between an address and why it needs attention, in the list of problems.
  'form.issue.separator': ': ',
  'form.remove': 'Remove {email}',
  'form.removed': 'Removed {email}.',
  'form.more': { one: '+{count} more', other: '+{count} more' },
  'form.count': { one: '{count} person', other: '{count} people' },
  'form.attention': { one: '{count} needs attention', other: '{count} need attention' },
  'form.duplicates': {
    one: '{count} duplicate address was merged.',
    other: '{count} duplicate addresses were merged.',
  },
  'form.issues': 'Needs attention',
  'form.issue.invalid': 'Not a valid email address.',
  'form.issue.pending': 'Already has a pending invite.',
  'form.tooMany': 'You can invite at most {max} people at once. Remove {excess} to continue.',
  'form.firstName': 'First name',
  'form.lastName': 'Last name',
  'form.role': 'Role',
  'form.role.none': 'Default role',
  'form.locale': 'Email language',
  'form.submit': { zero: 'Send invites', one: 'Send invite', other: 'Send {count} invites' },
  'form.sending': 'Sending {sent} of {total}…',
  'form.sendingShort': 'Sending…',
  'form.sent': { one: 'Invite sent to {email}.', other: 'Sent {count} invites.' },
  'form.failed': {
    one: '{count} invite could not be sent; it is still in the field.',
    other: '{count} invites could not be sent; they are still in the field.',
  },
  'form.nothingSent': 'Nothing was sent: {reason}',
  'form.removedMany': { one: 'Removed {count} address.', other: 'Removed {count} addresses.' },
  'form.group.failed': "{count} couldn't be sent: {reason}",
  'form.group.invalid': {
    one: '{count} address is not valid.',
    other: '{count} addresses are not valid.',
  },
  'form.group.invited': {
    one: '{count} already has a pending invite.',
    other: '{count} already have a pending invite.',
  },
  'form.group.member': {
    one: '{count} is already a member of the team.',
    other: '{count} are already members of the team.',
  },
  'form.group.retry': 'Retry {count}',
  'form.group.removeInvalid': { one: 'Remove invalid address', other: 'Remove all invalid' },
  'form.group.removeInvited': {
    one: 'Remove already-invited address',
    other: 'Remove all already-invited',
  },
  'form.group.removeMembers': {
    one: "Remove member's address",
    other: "Remove all members' addresses",
  },
  'form.group.removeFailed': { one: 'Remove address', other: 'Remove {count} addresses' },
  'form.group.show': { one: 'Show the address', other: 'Show the {count} addresses' },
  'form.group.more': {
    one: 'and {count} more, in the field',
    other: 'and {count} more, in the field',
  },
  'form.upload': 'Upload CSV',
  'form.drop': 'Drop the file to add its addresses',
  'form.import.added': {
    zero: 'No new addresses in {file}.',
    one: 'Added {count} person from {file}.',
    other: 'Added {count} people from {file}.',
  },
  'form.import.none': 'No email addresses found in {file}.',
  'form.import.unsupported': "{file} can't be imported: choose a .csv, .txt or .vcf file.",
  'form.import.tooLarge': "{file} can't be imported: it is larger than {size}.",
  'form.import.unreadable': "{file} couldn't be read. Try saving it again as CSV.",
  'form.confirm.title': { one: 'Send {count} invite?', other: 'Send {count} invites?' },
  'form.confirm.description': {
    one: '{count} person will get an email with a link to join.',
    other: '{count} people will get an email with a link to join.',
  },
  'form.confirm.yes': { one: 'Send {count} invite', other: 'Send {count} invites' },
  'form.confirm.no': 'Cancel',

  'dialog.trigger': 'Invite people',
  'dialog.title': 'Invite people to your team',
  'dialog.description': 'They get an email with a link to join. Invites expire after 7 days.',
  'dialog.close': 'Close',

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
  'table.noRoles': '—',
  'table.expires.in': 'Expires {time}',
  'table.expires.soon': 'Expires soon: {time}',
  'table.expired': 'Expired {time}',
  'table.expires.none': '—',
  'table.noAddress': 'an invite without an address',
  'table.selectRow': 'Select {email}',
  'table.selectPage': 'Select all invites on this page',
  'table.selected': { one: '{count} selected', other: '{count} selected' },
  'table.clearSelection': 'Clear selection',
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
  'table.confirm.title': 'Cancel this invite?',
  'table.confirm.description': '{email} will no longer be able to join with this invite.',
  'table.confirm.bulkTitle': { one: 'Cancel {count} invite?', other: 'Cancel {count} invites?' },
  'table.confirm.bulkDescription':
    'These people will no longer be able to join with their invites.',
  'table.confirm.yes': 'Cancel invite',
  'table.confirm.bulkYes': { one: 'Cancel {count} invite', other: 'Cancel {count} invites' },
  'table.confirm.no': 'Keep it',
  'table.bulk.resend': 'Resend selected',
  'table.bulk.cancel': 'Cancel selected',
  'table.bulk.summary': '{done} of {total} done.',
  'table.bulk.failure': '{email}: {reason}',
  'table.bulk.skipped': '{email}: not possible for a {status} invite',
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
  'table.copyInviteLink': 'Copy invite link',
  'table.cancelInvite': 'Cancel invite…',
  'table.edit': 'Edit invite',
  'table.edit.title': 'Edit invite',
  'table.edit.description': 'Changes apply to the invite for {email}.',
  'table.edit.role': 'Role',
  'table.edit.noRole': 'No role',
  'table.edit.firstName': 'First name',
  'table.edit.lastName': 'Last name',
  'table.edit.locale': 'Email language',
  'table.edit.save': 'Save changes',
  'table.edit.discard': 'Discard',
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
  'table.bulk.resending': 'Resending {done} of {total}…',
  'table.bulk.canceling': 'Canceling {done} of {total}…',
  'table.bulk.dismiss': 'Dismiss',
  'table.pagination': 'Pages of invites',

  'accept.loading': 'Checking your invite…',
  'accept.title': 'You are invited',
  'accept.to': '{inviter} invited you to join {tenant}.',
  'accept.toTenant': 'You are invited to join {tenant}.',
  'accept.generic': 'You have been invited to join a team.',
  'accept.join': 'Join {tenant}',
  'accept.role': 'Role',
  'accept.sentTo': 'Sent to',
  'accept.expires': 'Expires',
  'accept.accept': 'Accept invite',
  'accept.decline': 'Decline',
  'accept.confirmDecline': 'Decline this invite? To join later you will need a new one.',
  'accept.confirmDecline.yes': 'Decline invite',
  'accept.confirmDecline.no': 'Keep invite',
  'accept.continue': 'Continue',
  'accept.accepted': 'Welcome aboard! You joined {tenant}.',
  'accept.acceptedGeneric': 'Welcome aboard! You joined the team.',
  'accept.declined': 'You declined the invite.',
  'accept.declined.next':
    'Nothing else will happen. If you change your mind, ask for a new invite.',
  'accept.expired': 'This invite has expired.',
  'accept.expired.next': 'Ask {inviter} for a new invite.',
  'accept.expired.nextGeneric': 'Ask the person who invited you for a new invite.',
  'accept.alreadyAccepted': 'You already accepted this invite.',
  'accept.alreadyDeclined': 'You already declined this invite.',
  'accept.canceled': 'This invite was canceled.',
  'accept.canceled.next': 'If you still want to join, ask for a new invite.',
  'accept.invalid': 'This invite link is not valid.',
  'accept.invalid.next':
    'Check that you opened the whole link from your email, or ask for a new invite.',
  'accept.networkError': "We couldn't reach the server to check your invite.",
  'accept.error': "We couldn't check your invite.",
  'accept.unavailable': "This invite can't be answered.",
  'accept.otherAccount': 'This invite was sent to {email}.',
  'accept.otherAccount.next': "You're signed in as {userEmail}. Sign in as {email} to answer it.",
  'accept.switchAccount': 'Switch account',
  'accept.retry': 'Try again',

  'outbox.title': 'Outbox',
  'outbox.description': 'Emails the in-memory backend would have sent. Answer them as the invitee.',
  'outbox.empty': 'No emails sent yet. Send an invite and it shows up here.',
  'outbox.count': { one: '{count} email', other: '{count} emails' },
  'outbox.kind.invite': 'Invite',
  'outbox.kind.resend': 'Reminder',
  'outbox.sentAt': 'Sent {time}',
  'outbox.accept': 'Accept invite for {email}',
  'outbox.accept.short': 'Accept',
  'outbox.decline': 'Decline invite for {email}',
  'outbox.decline.short': 'Decline',
  'outbox.answered.accepted': '{email} accepted the invite.',
  'outbox.answered.declined': '{email} declined the invite.',
  'outbox.failed': 'Could not answer for {email}: {reason}',
  'outbox.replaced': 'Replaced by a newer email',
} satisfies Record<string, Message>;

/**
 * The key of every message.
 *
 * @example
 * ```ts
 * const key: MessageKey = 'status.pending';
 * ```
 */
export type MessageKey = keyof typeof defaultMessages;

/**
 * The whole message catalogue, as a host can override it.
 *
 * @example
 * ```ts
 * const german: Partial<InviteMessages> = { 'status.pending': 'Ausstehend' };
 * ```
 */
export type InviteMessages = {
  [K in MessageKey]: (typeof defaultMessages)[K] extends string ? string : PluralMessage;
};
