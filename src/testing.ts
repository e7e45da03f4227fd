// invite-widgets/testing: the contract suite a host runs against its own adapter (needs vitest).
export {
  describeInviteClientContract,
  type InviteClientContractHarness,
} from './testing/describeInviteClientContract';
