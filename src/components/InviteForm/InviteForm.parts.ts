/*
 * The form's parts under short names, for `import * as InviteFormParts from …` and
 * `<InviteFormParts.Root>`. Plain exports, not static properties of a component: a Server
 * Component can import and pass them without touching a client component's properties.
 */
export { InviteFormActions as Actions } from './parts/InviteFormActions';
export { InviteFormChips as Chips } from './parts/InviteFormChips';
export { InviteFormConfirm as Confirm } from './parts/InviteFormConfirm';
export { InviteFormField as Field } from './parts/InviteFormField';
export { InviteFormHint as Hint } from './parts/InviteFormHint';
export { InviteFormInput as Input } from './parts/InviteFormInput';
export { InviteFormIssues as Issues } from './parts/InviteFormIssues';
export { InviteFormLabel as Label } from './parts/InviteFormLabel';
export { InviteFormLocale as Locale } from './parts/InviteFormLocale';
export { InviteFormNames as Names } from './parts/InviteFormNames';
export { InviteFormOptions as Options } from './parts/InviteFormOptions';
export { InviteFormProgress as Progress } from './parts/InviteFormProgress';
export { InviteFormResults as Results } from './parts/InviteFormResults';
export { InviteFormRole as Role } from './parts/InviteFormRole';
export { InviteFormRoot as Root } from './parts/InviteFormRoot';
export { InviteFormSubmit as Submit } from './parts/InviteFormSubmit';
export { InviteFormSummary as Summary } from './parts/InviteFormSummary';
export { InviteFormTooMany as TooMany } from './parts/InviteFormTooMany';
export { InviteFormUpload as Upload } from './parts/InviteFormUpload';
