'use client';

import { forwardRef, useId, type ComponentPropsWithoutRef } from 'react';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { useInviteFormChoices, useInviteFormStatic } from '../inviteFormContext';

/**
 * The role every invitee of this send gets (a CSV `role` column wins per person). Nothing when
 * there are no roles. Controlled through the root's `role` and `onRoleChange`.
 *
 * @example
 * ```tsx
 * <InviteFormRole />
 * ```
 */
export const InviteFormRole = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function InviteFormRole({ className, ...props }, ref) {
    const { slot, i18n, actions } = useInviteFormStatic('InviteFormRole');
    const { roles, role } = useInviteFormChoices('InviteFormRole');
    const id = useId();
    if (roles.length === 0) return null;
    return (
      <div {...props} ref={ref} {...slotWithClassName(slot('role'), className)}>
        <label htmlFor={id}>{i18n.t('form.role')}</label>
        <select
          {...slot('select', 'iw-control')}
          id={id}
          value={role}
          onChange={(event) => actions.setRole(event.target.value)}
        >
          <option value="">{i18n.t('form.role.none')}</option>
          {roles.map((option) => (
            <option key={option.key} value={option.key}>
              {option.name}
            </option>
          ))}
        </select>
      </div>
    );
  },
);
