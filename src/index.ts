// The stylesheet is emitted as dist/styles.css; hosts import it as 'invite-widgets/styles.css'.
import './styles.css';

// The contract
export type {
  InviteChangeEvent,
  InviteClient,
  InviteData,
  InvitePreview,
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
  canCancelInvite,
  canResendInvite,
  isFinalInviteStatus,
  isKnownInviteStatus,
  isOpenInviteStatus,
} from './client/status';
export {
  DEFAULT_MAX_BATCH_SIZE,
  DEFAULT_MAX_PAGE_SIZE,
  DEFAULT_PAGE_LIMIT,
  maxBatchSizeOf,
  maxPageSizeOf,
} from './client/defaults';
export { abortReason, throwIfAborted } from './client/abort';
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

// Adapters
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

// Provider
export {
  InviteClientProvider,
  useInviteClient,
  type InviteClientProviderProps,
  type InviteContextValue,
} from './client/InviteClientProvider';

// Query keys, option factories and cache helpers (no React: usable on a server)
export { inviteKeys, type UserInvitesListParams } from './query/inviteKeys';
export { userInvitesQueryOptions } from './query/userInvitesQueryOptions';
export { userInviteQueryOptions } from './query/userInviteQueryOptions';
export { rolesQueryOptions } from './query/rolesQueryOptions';
export {
  sendInvitesMutationOptions,
  type SendInvitesContext,
  type SendProgress,
} from './query/sendInvitesMutationOptions';
export {
  cancelInviteMutationOptions,
  resendInviteMutationOptions,
  updateInviteMutationOptions,
  type UpdateInviteVariables,
} from './query/inviteMutationOptions';
export {
  acceptInviteMutationOptions,
  declineInviteMutationOptions,
} from './query/respondMutationOptions';
export {
  prepareInvites,
  type InviteDefaults,
  type InviteInput,
  type PreparedInvites,
} from './query/prepareInvites';
export {
  addNewInvitesToCache,
  findCachedInvite,
  writeInviteToCache,
  type WriteInviteOptions,
} from './query/inviteCache';
export {
  createInviteStatusWatcher,
  getInviteStatusWatcher,
  type InviteStatusWatcher,
  type InviteStatusChange,
  type InviteStatusSnapshot,
  type InviteStatusWatcherOptions,
} from './query/InviteStatusWatcher';
export { getResendCooldowns, type ResendCooldowns } from './query/ResendCooldowns';
export {
  compareUserInvites,
  DEFAULT_USER_INVITES_ORDER,
  matchesUserInvitesQuery,
} from './client/matchUserInvitesQuery';

// Hooks
export type { MutationOverrides, QueryOverrides } from './hooks/types';
export { useSendInvites, type UseSendInvitesOptions } from './hooks/useSendInvites';
export {
  useInviteStatus,
  type UseInviteStatusOptions,
  type UseInviteStatusResult,
} from './hooks/useInviteStatus';
export { useCancelInvite, type UseCancelInviteOptions } from './hooks/useCancelInvite';
export { useResendInvite, type UseResendInviteOptions } from './hooks/useResendInvite';
export { useUserInvites, type UseUserInvitesOptions } from './hooks/useUserInvites';
export { useUserInvite, type UseUserInviteOptions } from './hooks/useUserInvite';
export { useUpdateInvite, type UseUpdateInviteOptions } from './hooks/useUpdateInvite';
export { useRoles, type UseRolesOptions } from './hooks/useRoles';
export {
  useAcceptInvite,
  useDeclineInvite,
  type UseRespondToInviteOptions,
} from './hooks/useRespondToInvite';
export { useDebouncedValue } from './hooks/useDebouncedValue';
export { useMemoryOutbox, type OutboxEntry } from './hooks/useMemoryOutbox';

// Components
export * from './components/InviteForm';
export * from './components/InviteDialog';
export * from './components/InviteStatusBadge';
export * from './components/UserInvitesTable';
export * from './components/AcceptInvite';
export { Outbox, type OutboxProps, type OutboxSlot } from './components/Outbox';
export { parseInviteList, type ParsedInvitee } from './parse/parseInviteList';
export { usePendingInviteEmails } from './hooks/usePendingInviteEmails';
export { useInvitePreview } from './hooks/useInvitePreview';
export { invitePreviewQueryOptions } from './query/invitePreviewQueryOptions';

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
export { useInviteI18n } from './i18n/useInviteI18n';
