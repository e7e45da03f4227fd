export {
  describeInviteClientContract,
  type InviteClientContractHarness,
} from './describeInviteClientContract';
