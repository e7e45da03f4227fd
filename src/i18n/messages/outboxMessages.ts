import type { Message } from '../messages';

/**
 * The words of the demo outbox, in English. Each component carries only the catalogues it shows, so a page pays for its own
 * words; the provider's `messages` override any of them.
 *
 * @example
 * ```ts
 * outboxMessages['outbox.replaced']; // 'Replaced by a newer email'
 * ```
 */
export const outboxMessages = {
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
