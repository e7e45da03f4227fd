import type { Message } from '../messages';

/**
 * Statuses, errors and the words every component shares, in English. Each component carries only the catalogues it shows, so a page pays for its own
 * words; the provider's `messages` override any of them.
 *
 * @example
 * ```ts
 * commonMessages['status.pending']; // 'Pending'
 * ```
 */
export const commonMessages = {
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
} satisfies Record<string, Message>;
