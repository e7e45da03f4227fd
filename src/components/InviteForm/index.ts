export {
  InviteForm,
  InviteFormField,
  InviteFormLocale,
  InviteFormNames,
  InviteFormOptions,
  InviteFormResults,
  InviteFormRole,
  InviteFormRoot,
  InviteFormSubmit,
  type InviteFormProps,
  type InviteFormSlot,
} from './InviteForm';
export type { InviteEntry, InviteEntryProblem } from './inviteEntries';
