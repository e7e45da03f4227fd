'use client';

import { forwardRef, useId, type ComponentPropsWithoutRef } from 'react';
import { languageName } from '../../../i18n/languageName';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { useInviteFormChoices, useInviteFormStatic } from '../inviteFormContext';

/**
 * The language of the invite emails; the provider's locale at first. Controlled through the
 * root's `locale` and `onLocaleChange`.
 *
 * @example
 * ```tsx
 * <InviteFormLocale />
 * ```
 */
export const InviteFormLocale = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function InviteFormLocale({ className, ...props }, ref) {
    const { slot, i18n, actions } = useInviteFormStatic('InviteFormLocale');
    const { locales, locale } = useInviteFormChoices('InviteFormLocale');
    const id = useId();
    return (
      <div {...props} ref={ref} {...slotWithClassName(slot('locale'), className)}>
        <label htmlFor={id}>{i18n.t('form.locale')}</label>
        <select
          {...slot('select', 'iw-control')}
          id={id}
          value={locale}
          onChange={(event) => actions.setLocale(event.target.value)}
        >
          {locales.map((code) => (
            <option key={code} value={code}>
              {languageName(i18n.locale, code)}
            </option>
          ))}
        </select>
      </div>
    );
  },
);
