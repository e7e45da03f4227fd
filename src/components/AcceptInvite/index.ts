export {
  AcceptInvite,
  type AcceptInviteProps,
  type AcceptInviteSlot,
  type AcceptInviteState,
} from './AcceptInvite';
