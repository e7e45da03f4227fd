export { InviteForm } from './InviteForm';
export * as InviteFormParts from './InviteForm.parts';
export { InviteFormActions } from './parts/InviteFormActions';
export { InviteFormChips } from './parts/InviteFormChips';
export { InviteFormConfirm } from './parts/InviteFormConfirm';
export { InviteFormField } from './parts/InviteFormField';
export { InviteFormHint } from './parts/InviteFormHint';
export { InviteFormInput } from './parts/InviteFormInput';
export { InviteFormIssues } from './parts/InviteFormIssues';
export { InviteFormLabel } from './parts/InviteFormLabel';
export { InviteFormLocale } from './parts/InviteFormLocale';
export { InviteFormNames } from './parts/InviteFormNames';
export { InviteFormOptions } from './parts/InviteFormOptions';
export { InviteFormProgress } from './parts/InviteFormProgress';
export { InviteFormResults } from './parts/InviteFormResults';
export { InviteFormRole } from './parts/InviteFormRole';
export { InviteFormRoot } from './parts/InviteFormRoot';
export { InviteFormSubmit } from './parts/InviteFormSubmit';
export { InviteFormSummary } from './parts/InviteFormSummary';
export { InviteFormTooMany } from './parts/InviteFormTooMany';
export { InviteFormUpload } from './parts/InviteFormUpload';
export type { InviteFormProps, InviteFormSlot } from './inviteFormProps';
export type { InviteEntry, InviteEntryProblem } from './inviteEntries';
export {
  groupInviteProblems,
  isRetryableInviteError,
  RETRYABLE_INVITE_ERROR_CODES,
  type InviteProblemGroup,
  type InviteProblemReason,
} from './inviteOutcomes';
export {
  useInviteFormState,
  type InviteFormState,
  type InviteFormStateOptions,
} from './useInviteFormState';
export {
  INVITE_FILE_ACCEPT,
  MAX_INVITE_FILE_BYTES,
  type InviteFileProblem,
  type InviteFileResult,
} from './inviteFile';
export { readInviteFile } from './readInviteFile';
export { readVCard } from './readVCard';
