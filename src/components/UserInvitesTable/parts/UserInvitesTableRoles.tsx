'use client';

import { useContext } from 'react';
import {
  UserInvitesTableRolesContext,
  useUserInvitesTableStatic,
} from '../userInvitesTableContext';

/**
 * An invite's role names (its keys until the roles arrive). It alone reads the roles, so
 * their arrival re-renders these cells and nothing else.
 *
 * @example
 * ```tsx
 * <td><UserInvitesTableRoles roleKeys={invite.roleKeys} /></td>
 * ```
 */
export function UserInvitesTableRoles({ roleKeys }: { roleKeys: string[] | null }) {
  const roles = useContext(UserInvitesTableRolesContext);
  const { i18n } = useUserInvitesTableStatic('UserInvitesTableRoles');
  if (!roleKeys || roleKeys.length === 0) return i18n.t('table.noRoles');
  return roleKeys.map((key) => roles?.find((role) => role.key === key)?.name ?? key).join(', ');
}
