import type { Message } from '../messages';

/**
 * The words of `InviteForm`, in English. Each component carries only the catalogues it shows, so a page pays for its own
 * words; the provider's `messages` override any of them.
 *
 * @example
 * ```ts
 * formMessages['form.sent'].other; // 'Sent {count} invites.'
 * ```
 */
export const formMessages = {
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
} satisfies Record<string, Message>;
