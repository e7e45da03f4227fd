import type { Message } from '../messages';

/**
 * The words of `AcceptInvite`, in English. Each component carries only the catalogues it shows, so a page pays for its own
 * words; the provider's `messages` override any of them.
 *
 * @example
 * ```ts
 * acceptMessages['accept.title']; // 'You are invited'
 * ```
 */
export const acceptMessages = {
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
} satisfies Record<string, Message>;
