/*
 * The dialog's parts under short names, for `import * as InviteDialogParts from …` and
 * `<InviteDialogParts.Root>`. Plain exports, not static properties of a component: a Server
 * Component can import and pass them without touching a client component's properties.
 */
export { InviteDialogClose as Close } from './parts/InviteDialogClose';
export { InviteDialogContent as Content } from './parts/InviteDialogContent';
export { InviteDialogDescription as Description } from './parts/InviteDialogDescription';
export { InviteDialogForm as Form } from './parts/InviteDialogForm';
export { InviteDialogHeader as Header } from './parts/InviteDialogHeader';
export { InviteDialogRoot as Root } from './parts/InviteDialogRoot';
export { InviteDialogStatus as Status } from './parts/InviteDialogStatus';
export { InviteDialogTitle as Title } from './parts/InviteDialogTitle';
export { InviteDialogTrigger as Trigger } from './parts/InviteDialogTrigger';
