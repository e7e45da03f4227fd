// invite-widgets/better-auth: the Better Auth adapter, kept out of the main entry.
export {
  createBetterAuthInviteClient,
  type BetterAuthInvitation,
  type BetterAuthInviteClientOptions,
  type BetterAuthOrganizationClient,
  type BetterAuthResult,
} from './client/adapters/betterAuth';
