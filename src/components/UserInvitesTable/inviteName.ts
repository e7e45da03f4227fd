import type { UserInvite } from '../../client/types';
import type { InviteI18n } from '../../i18n/format';
import type { InvitePermission } from './userInvitesTableProps';

/**
 * Who an invite is for, in a label or a message: its address, else its name, never nothing.
 *
 * @example
 * ```ts
 * i18n.t('table.resendTo', { email: inviteName(i18n, invite) });
 * ```
 */
export const inviteName = (i18n: InviteI18n, invite: UserInvite) =>
  invite.email || personName(invite) || i18n.t('table.noAddress');

/**
 * The person's name, or `''`.
 *
 * @example
 * ```ts
 * personName(invite); // 'Ada Lovelace'
 * ```
 */
export const personName = (invite: UserInvite) =>
  [invite.firstName, invite.lastName].filter(Boolean).join(' ');

/**
 * Whether a permission allows this invite.
 *
 * @example
 * ```ts
 * allowed(props.canCancel ?? true, invite);
 * ```
 */
export const allowed = (permission: InvitePermission, invite: UserInvite) =>
  typeof permission === 'function' ? permission(invite) : permission;
