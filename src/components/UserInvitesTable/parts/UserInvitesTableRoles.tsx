'use client';

import { useContext } from 'react';
import {
  UserInvitesTableRolesContext,
  useUserInvitesTableStatic,
} from '../userInvitesTableContext';

/**
 * An invite's role names (its keys until the roles arrive), or "Default role" for an invite
 * sent without one. It alone reads the roles, so their arrival re-renders these cells and
 * nothing else.
 *
 * @example
 * ```tsx
 * <td><UserInvitesTableRoles roleKeys={invite.roleKeys} /></td>
 * ```
 */
export function UserInvitesTableRoles({ roleKeys }: { roleKeys: string[] | null }) {
  const roles = useContext(UserInvitesTableRolesContext);
  const { i18n } = useUserInvitesTableStatic('UserInvitesTableRoles');
  // No role named (`null` or `[]`): the backend gives its default one, which the contract does
  // not name (ROQ gives the inviter's role). The form's choice for this reads the same words.
  if (!roleKeys?.length) return i18n.t('table.defaultRole');
  return roleKeys.map((key) => roles?.find((role) => role.key === key)?.name ?? key).join(', ');
}
