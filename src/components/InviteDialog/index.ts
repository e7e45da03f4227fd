export { InviteDialog, type InviteDialogProps, type InviteDialogSlot } from './InviteDialog';
