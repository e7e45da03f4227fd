import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import type { StylingProps } from '../../theme/slots';
import type { InviteFormStateOptions } from './useInviteFormState';

/**
 * The named parts of the form, for `classNames`; each element carries
 * `data-slot="invite-form-<slot>"`.
 *
 * @example
 * ```tsx
 * <InviteForm classNames={{ chip: 'rounded-full', submit: 'btn-primary' }} />
 * ```
 */
export type InviteFormSlot =
  | 'root'
  | 'label'
  | 'field'
  | 'chips'
  | 'chip'
  | 'chipLabel'
  | 'chipRemove'
  | 'more'
  | 'input'
  | 'drop'
  | 'hint'
  | 'summary'
  | 'notice'
  | 'issues'
  | 'issue'
  | 'issueText'
  | 'issueRemove'
  | 'issueDetails'
  | 'names'
  | 'nameField'
  | 'nameInput'
  | 'options'
  | 'role'
  | 'locale'
  | 'select'
  | 'actions'
  | 'upload'
  | 'submit'
  | 'retry'
  | 'progress'
  | 'results'
  | 'error'
  | 'confirmRoot'
  | 'confirmOverlay'
  | 'confirm'
  | 'confirmTitle'
  | 'confirmDescription'
  | 'confirmActions'
  | 'confirmYes'
  | 'confirmNo';

/**
 * Props of {@link InviteForm} and {@link InviteFormRoot}: the state options, the styling
 * surface, and any other attribute of the `<form>` element. `role` is the invitees' role key
 * (the ARIA attribute of that name is not passed through).
 *
 * @example
 * ```tsx
 * const props: InviteFormProps = { defaultRole: 'member', maxInvites: 500, persistDraft: true };
 * ```
 */
export interface InviteFormProps
  extends
    InviteFormStateOptions,
    StylingProps<InviteFormSlot>,
    Omit<
      ComponentPropsWithoutRef<'form'>,
      keyof InviteFormStateOptions | keyof StylingProps<InviteFormSlot> | 'children' | 'key'
    > {
  children?: ReactNode;
}
