'use client';

import { forwardRef, useId, type ComponentPropsWithoutRef } from 'react';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { entryKey } from '../inviteEntries';
import { useInviteFormEntriesContext, useInviteFormStatic } from '../inviteFormContext';

/**
 * First and last name, shown while exactly one person (with a valid address) is in the field.
 *
 * @example
 * ```tsx
 * <InviteFormNames />
 * ```
 */
export const InviteFormNames = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function InviteFormNames({ className, ...props }, ref) {
    const { slot, i18n, actions } = useInviteFormStatic('InviteFormNames');
    const { entries, problems } = useInviteFormEntriesContext('InviteFormNames');
    const baseId = useId();
    const only = entries.length === 1 ? entries[0]! : null;
    if (!only || problems.has(entryKey(only))) return null;
    const key = entryKey(only);
    return (
      <div {...props} ref={ref} {...slotWithClassName(slot('names'), className)}>
        {(['firstName', 'lastName'] as const).map((field) => (
          <div key={field} {...slot('nameField')}>
            <label htmlFor={`${baseId}-${field}`}>
              {i18n.t(field === 'firstName' ? 'form.firstName' : 'form.lastName')}
            </label>
            <input
              {...slot('nameInput', 'iw-control')}
              id={`${baseId}-${field}`}
              type="text"
              autoComplete="off"
              value={only[field] ?? ''}
              onChange={(event) => actions.updateEntry(key, { [field]: event.target.value })}
            />
          </div>
        ))}
      </div>
    );
  },
);
