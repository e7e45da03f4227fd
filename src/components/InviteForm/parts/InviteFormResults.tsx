'use client';

import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { slotWithClassName } from '../../shared/slotWithClassName';
import { useInviteFormSending, useInviteFormStatic } from '../inviteFormContext';

/**
 * The outcome: a polite status ("Sent 30 invites.", "Added 250 people from team.csv.",
 * "Removed 3 addresses.") and, when nothing could be sent or a file could not be read, an
 * alert that says why.
 *
 * @example
 * ```tsx
 * <InviteFormResults />
 * ```
 */
export const InviteFormResults = forwardRef<HTMLParagraphElement, ComponentPropsWithoutRef<'p'>>(
  function InviteFormResults({ className, ...props }, ref) {
    const { slot, ids } = useInviteFormStatic('InviteFormResults');
    const { announcement, formError } = useInviteFormSending('InviteFormResults');
    return (
      <>
        {formError && (
          <p {...slot('error')} role="alert">
            {formError}
          </p>
        )}
        <p
          {...props}
          ref={ref}
          {...slotWithClassName(slot('results'), className)}
          id={ids.results}
          role="status"
          aria-live="polite"
        >
          {announcement}
        </p>
      </>
    );
  },
);
