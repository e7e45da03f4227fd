// The stylesheet is emitted as dist/styles.css; hosts import it as 'invite-widgets/styles.css'.
import './styles.css';

// The contract
export type {
  InviteChangeEvent,
  InviteClient,
  InviteData,
  InviteRole,
  InviteStatus,
  InviteTokenParams,
  KnownInviteStatus,
  RequestOptions,
  SendUserInviteError,
  SendUserInvitesParams,
  SendUserInvitesResult,
  UserInvite,
  UserInviteFilter,
  UserInviteInput,
  UserInviteOrder,
  UserInviteOrderField,
  UserInvitePatch,
  UserInvitesPage,
  UserInvitesQuery,
} from './client/types';
export {
  FINAL_INVITE_STATUSES,
  INVITE_STATUSES,
  isFinalInviteStatus,
  isKnownInviteStatus,
} from './client/types';
export {
  INVITE_ERROR_CODES,
  InviteClientError,
  isAbortError,
  isInviteClientError,
  isInviteErrorCode,
  toInviteClientError,
  type InviteClientErrorDetails,
  type InviteErrorCode,
} from './client/errors';
export { isValidEmail, normalizeEmail } from './client/email';

// The in-memory backend
export {
  DEFAULT_MEMORY_ROLES,
  createMemoryInviteClient,
  type MemoryCall,
  type MemoryFailure,
  type MemoryInviteClient,
  type MemoryInviteClientMethod,
  type MemoryInviteClientOptions,
  type SentEmail,
} from './client/memory/createMemoryInviteClient';
export { isMemoryInviteClient } from './client/memory/isMemoryInviteClient';

// Provider
export {
  InviteClientProvider,
  useInviteClient,
  type InviteClientProviderProps,
  type InviteContextValue,
} from './client/InviteClientProvider';

// Query keys and option factories
export { inviteKeys, type UserInvitesListParams } from './query/inviteKeys';
export { userInvitesQueryOptions } from './query/userInvitesQueryOptions';
export {
  acceptInviteMutationOptions,
  declineInviteMutationOptions,
} from './query/respondMutationOptions';

// Hooks
export { useMemoryOutbox, type OutboxEntry } from './hooks/useMemoryOutbox';

// Components
export { Outbox, type OutboxProps, type OutboxSlot } from './components/Outbox';

// Theming and text
export { createSlots, type SlotProps, type StylingProps } from './theme/slots';
export {
  defaultMessages,
  type InviteMessages,
  type Message,
  type MessageKey,
  type PluralMessage,
} from './i18n/messages';
export {
  createInviteI18n,
  localeDirection,
  type InviteI18n,
  type InviteI18nOptions,
  type MessageValues,
} from './i18n/format';
export { describeInviteError, describeInviteErrorCode, statusLabel } from './i18n/describeError';
