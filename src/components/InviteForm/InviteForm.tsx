'use client';

import { forwardRef } from 'react';
import type { InviteFormProps } from './inviteFormProps';
import { InviteFormActions } from './parts/InviteFormActions';
import { InviteFormConfirm } from './parts/InviteFormConfirm';
import { InviteFormField } from './parts/InviteFormField';
import { InviteFormHint } from './parts/InviteFormHint';
import { InviteFormIssues } from './parts/InviteFormIssues';
import { InviteFormLabel } from './parts/InviteFormLabel';
import { InviteFormLocale } from './parts/InviteFormLocale';
import { InviteFormNames } from './parts/InviteFormNames';
import { InviteFormOptions } from './parts/InviteFormOptions';
import { InviteFormProgress } from './parts/InviteFormProgress';
import { InviteFormResults } from './parts/InviteFormResults';
import { InviteFormRole } from './parts/InviteFormRole';
import { InviteFormRoot } from './parts/InviteFormRoot';
import { InviteFormSubmit } from './parts/InviteFormSubmit';
import { InviteFormSummary } from './parts/InviteFormSummary';
import { InviteFormTooMany } from './parts/InviteFormTooMany';
import { InviteFormUpload } from './parts/InviteFormUpload';

/**
 * Invite one person or ten thousand: type or paste addresses (lists, `Name <address>`, CSV),
 * or upload or drop a `.csv`, `.txt` or `.vcf` file; see every problem before sending, grouped
 * by reason; pick a role and the email language; send. Sent addresses leave the field; failed
 * ones stay, grouped with their reason and the action that helps ("Retry 400", "Remove all
 * already-invited"). Nothing typed is lost on an error. A send of 100 or more asks first.
 *
 * This is {@link InviteFormRoot} with every part in the default order; arrange the parts
 * yourself for another layout (`import { InviteFormParts } from 'invite-widgets'` or the
 * named parts). Props other than the form's own go to the `<form>` element, and `ref` too.
 *
 * @example
 * ```tsx
 * <InviteClientProvider client={client} tenantId="acme" currentUserId={user.id}>
 *   <InviteForm defaultRole="member" onSent={({ success }) => toast(`${success.length} invited`)} />
 * </InviteClientProvider>
 * ```
 */
export const InviteForm = forwardRef<HTMLFormElement, InviteFormProps>(function InviteForm(
  { children, ...props },
  ref,
) {
  return (
    <InviteFormRoot {...props} ref={ref}>
      <InviteFormLabel />
      <InviteFormField />
      <InviteFormHint />
      <InviteFormSummary />
      <InviteFormTooMany />
      <InviteFormIssues />
      <InviteFormNames />
      <InviteFormOptions>
        <InviteFormRole />
        <InviteFormLocale />
      </InviteFormOptions>
      <InviteFormActions>
        <InviteFormUpload />
        <InviteFormSubmit />
      </InviteFormActions>
      <InviteFormProgress />
      <InviteFormResults />
      <InviteFormConfirm />
      {children}
    </InviteFormRoot>
  );
});
