'use client';

import * as Dialog from '@radix-ui/react-dialog';
import { useContext, useId, useState, type FormEvent } from 'react';
import { DialogFrame, type DialogFrameHost } from '../../shared/DialogFrame';
import type { UserInvite } from '../../../client/types';
import { languageName } from '../../../i18n/languageName';
import { inviteName } from '../inviteName';
import { useTableActionsI18n } from '../useTableActionsI18n';
import {
  UserInvitesTableRolesContext,
  useUserInvitesTableStatic,
} from '../userInvitesTableContext';

/**
 * "Edit invite" for a pending invite: role, first and last name, email language, and a ×
 * ("Close") in the corner as in the invite dialog. Saving closes it at once; the row shows the change (optimistic), then "Saved", or rolls back and
 * says why. Rendered only while open.
 *
 * @example
 * ```tsx
 * {editing && <UserInvitesTableEditDialog invite={editing} host={{ slot, onClose, theme, dir }} />}
 * ```
 */
export function UserInvitesTableEditDialog(props: { invite: UserInvite; host: DialogFrameHost }) {
  const { invite } = props;
  const { slot, commands, locales } = useUserInvitesTableStatic('UserInvitesTableEditDialog');
  const i18n = useTableActionsI18n();
  const roles = useContext(UserInvitesTableRolesContext);
  const id = useId();
  const [role, setRole] = useState(invite.roleKeys?.[0] ?? '');
  const [firstName, setFirstName] = useState(invite.firstName ?? '');
  const [lastName, setLastName] = useState(invite.lastName ?? '');
  const [locale, setLocale] = useState(invite.locale ?? i18n.locale);
  const roleChoices = [
    ...(roles ?? []),
    ...(invite.roleKeys ?? [])
      .filter((key) => !roles?.some((known) => known.key === key))
      .map((key) => ({ key, name: key })),
  ];
  const localeChoices = [...new Set([locale, ...locales])];

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const patch = {
      firstName: firstName.trim() || null,
      lastName: lastName.trim() || null,
      locale,
      roleKeys: role ? [role] : [],
    };
    commands.closeDialog();
    void commands.update(invite, patch);
  };
  const field = (name: string) => `${id}-${name}`;

  return (
    <DialogFrame
      {...props.host}
      part="edit"
      role="dialog"
      title={i18n.t('table.edit.title')}
      description={i18n.t('table.edit.description', { email: inviteName(i18n, invite) })}
      closeLabel={i18n.t('table.edit.close')}
    >
      <form onSubmit={save}>
        <div {...slot('editField')}>
          <label htmlFor={field('role')}>{i18n.t('table.edit.role')}</label>
          <select
            {...slot('editField', 'iw-control')}
            id={field('role')}
            value={role}
            onChange={(event) => setRole(event.target.value)}
          >
            <option value="">{i18n.t('table.defaultRole')}</option>
            {roleChoices.map((choice) => (
              <option key={choice.key} value={choice.key}>
                {choice.name}
              </option>
            ))}
          </select>
        </div>
        <div {...slot('editField')}>
          <label htmlFor={field('first')}>{i18n.t('table.edit.firstName')}</label>
          <input
            {...slot('editField', 'iw-control')}
            id={field('first')}
            autoComplete="off"
            value={firstName}
            onChange={(event) => setFirstName(event.target.value)}
          />
        </div>
        <div {...slot('editField')}>
          <label htmlFor={field('last')}>{i18n.t('table.edit.lastName')}</label>
          <input
            {...slot('editField', 'iw-control')}
            id={field('last')}
            autoComplete="off"
            value={lastName}
            onChange={(event) => setLastName(event.target.value)}
          />
        </div>
        <div {...slot('editField')}>
          <label htmlFor={field('locale')}>{i18n.t('table.edit.locale')}</label>
          <select
            {...slot('editField', 'iw-control')}
            id={field('locale')}
            value={locale}
            onChange={(event) => setLocale(event.target.value)}
          >
            {localeChoices.map((code) => (
              <option key={code} value={code}>
                {languageName(i18n.locale, code)}
              </option>
            ))}
          </select>
        </div>
        <div {...slot('confirmActions')}>
          <Dialog.Close {...slot('confirmNo', 'iw-button')}>
            {i18n.t('table.edit.discard')}
          </Dialog.Close>
          <button type="submit" {...slot('confirmYes', 'iw-button')} data-variant="primary">
            {i18n.t('table.edit.save')}
          </button>
        </div>
      </form>
    </DialogFrame>
  );
}
