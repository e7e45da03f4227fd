'use client';

import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { slotWithClassName } from '../../shared/slotWithClassName';
import {
  useInviteFormEntriesContext,
  useInviteFormStatic,
  useRegisterPart,
} from '../inviteFormContext';

/**
 * The count ("12 people · 2 need attention") and the notice of merged duplicates; the field
 * and the send button are described by it.
 *
 * @example
 * ```tsx
 * <InviteFormSummary />
 * ```
 */
export const InviteFormSummary = forwardRef<HTMLParagraphElement, ComponentPropsWithoutRef<'p'>>(
  function InviteFormSummary({ className, ...props }, ref) {
    const { slot, i18n, ids, registerPart } = useInviteFormStatic('InviteFormSummary');
    const { entries, problems, duplicates } = useInviteFormEntriesContext('InviteFormSummary');
    useRegisterPart(registerPart, 'summary');
    return (
      <p {...props} ref={ref} {...slotWithClassName(slot('summary'), className)} id={ids.summary}>
        {entries.length > 0 && i18n.t('form.count', { count: entries.length })}
        {problems.size > 0 && ` · ${i18n.t('form.attention', { count: problems.size })}`}
        {duplicates > 0 && (
          <>
            {entries.length > 0 && ' · '}
            <span {...slot('notice')}>{i18n.t('form.duplicates', { count: duplicates })}</span>
          </>
        )}
      </p>
    );
  },
);
