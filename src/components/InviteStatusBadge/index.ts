export {
  InviteStatusBadge,
  type InviteStatusBadgeProps,
  type InviteStatusBadgeSlot,
} from './InviteStatusBadge';
