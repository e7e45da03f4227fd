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
  'form.retry': 'Retry failed',
  'form.sent': { one: 'Invite sent to {email}.', other: 'Sent {count} invites.' },
  'form.failed': {
    one: '{count} invite could not be sent; it is still in the field.',
    other: '{count} invites could not be sent; they are still in the field.',
  },
  'form.nothingSent': 'Nothing was sent: {reason}',

  'dialog.trigger': 'Invite people',
  'dialog.title': 'Invite people to your team',
  'dialog.description': 'They get an email with a link to join. Invites expire after 7 days.',
  'dialog.close': 'Close',

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
