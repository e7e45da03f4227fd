import type { Message } from '../messages';

/**
 * The words of `InviteDialog` around its form, in English: apart from the form's, so that a
 * page shows the dialog's button without carrying the form's words.
 *
 * @example
 * ```ts
 * dialogMessages['dialog.trigger']; // 'Invite people'
 * ```
 */
export const dialogMessages = {
  'dialog.trigger': 'Invite people',
  'dialog.title': 'Invite people to your team',
  'dialog.description': 'They get an email with a link to join. Invites expire after 7 days.',
  'dialog.close': 'Close',
} satisfies Record<string, Message>;
