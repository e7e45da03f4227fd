import type { Message } from '../messages';

/**
 * The words of `UserInvitesTable`'s actions: the row menu, the dialogs (edit, the cancel
 * confirmation) and the bulk bar, in English. They load with those parts, not with the page.
 *
 * @example
 * ```ts
 * tableActionMessages['table.confirm.no']; // 'Keep it'
 * ```
 */
export const tableActionMessages = {
  'table.confirm.title': 'Cancel this invite?',
  'table.confirm.description': '{email} will no longer be able to join with this invite.',
  'table.confirm.bulkTitle': { one: 'Cancel {count} invite?', other: 'Cancel {count} invites?' },
  'table.confirm.bulkDescription':
    'These people will no longer be able to join with their invites.',
  'table.confirm.yes': 'Cancel invite',
  'table.confirm.bulkYes': { one: 'Cancel {count} invite', other: 'Cancel {count} invites' },
  'table.confirm.no': 'Keep it',
  'table.copyInviteLink': 'Copy invite link',
  'table.cancelInvite': 'Cancel invite…',
  'table.edit': 'Edit invite',
  'table.edit.title': 'Edit invite',
  'table.edit.description': 'Changes apply to the invite for {email}.',
  'table.edit.role': 'Role',
  'table.edit.firstName': 'First name',
  'table.edit.lastName': 'Last name',
  'table.edit.locale': 'Email language',
  'table.edit.save': 'Save changes',
  'table.edit.discard': 'Discard',
  'table.edit.close': 'Close',
  'table.selected': { one: '{count} selected', other: '{count} selected' },
  'table.clearSelection': 'Clear selection',
  'table.bulk.resend': 'Resend selected',
  'table.bulk.cancel': 'Cancel selected',
  'table.bulk.resendDone': { one: 'Resent {count} invite.', other: 'Resent {count} invites.' },
  'table.bulk.cancelDone': { one: 'Canceled {count} invite.', other: 'Canceled {count} invites.' },
  'table.bulk.resendFailed': {
    one: '{count} invite could not be resent:',
    other: '{count} invites could not be resent:',
  },
  'table.bulk.cancelFailed': {
    one: '{count} invite could not be canceled:',
    other: '{count} invites could not be canceled:',
  },
  'table.bulk.dismiss': 'Dismiss',
} satisfies Record<string, Message>;
