// invite-widgets/roq: the ROQ adapter, kept out of the main entry.
export {
  createRoqInviteClient,
  type RoqInviteClientOptions,
  type RoqPlatform,
  type RoqSendError,
  type RoqUserInvite,
  type RoqUserInviteInput,
  type RoqUserInvitesArgs,
  type RoqUserInvitesFilter,
} from './client/adapters/roq';
