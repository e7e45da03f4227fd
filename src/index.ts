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
export { abortReason, linkSignals, throwIfAborted } from './client/abort';
export {
  DEFAULT_REQUEST_TIMEOUT_MS,
  isRequestTimeout,
  withRequestTimeout,
} from './client/withRequestTimeout';
export { withAbortSignal } from './client/withAbortSignal';
export { wrapRequests, type RequestWrapper } from './client/wrapRequests';
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
export { isValidEmail, normalizeEmail, stripInvisible, toAsciiEmail } from './client/email';

// The React layer
export { InviteClientProvider, type InviteClientProviderProps } from './react/InviteClientProvider';
export type { InviteContextValue } from './react/inviteContext';
export { useInviteContext, type InviteScope } from './react/useInviteContext';

// Query keys and option factories (no React: usable on a server). Every factory takes
// `(client, tenantId, …what it is about)` and returns complete TanStack options.
export {
  inviteIdOfDetailKey,
  inviteKeys,
  isInviteDetailKey,
  isInviteKey,
  listParamsOfKey,
  type InviteMutationName,
  type UserInvitesListParams,
} from './query/inviteKeys';
export { userInvitesQueryOptions } from './query/userInvitesQueryOptions';
export { userInviteQueryOptions } from './query/userInviteQueryOptions';
export { rolesQueryOptions } from './query/rolesQueryOptions';
export { invitePreviewQueryOptions } from './query/invitePreviewQueryOptions';
export {
  sendInvitesMutationOptions,
  type SendInvitesOptions,
  type SendProgress,
} from './query/sendInvitesMutationOptions';
export { cancelInviteMutationOptions } from './query/cancelInviteMutationOptions';
export { resendInviteMutationOptions } from './query/resendInviteMutationOptions';
export {
  updateInviteMutationOptions,
  type UpdateInviteVariables,
} from './query/updateInviteMutationOptions';
export { acceptInviteMutationOptions } from './query/acceptInviteMutationOptions';
export { declineInviteMutationOptions } from './query/declineInviteMutationOptions';
export { inviteLinkMutationOptions } from './query/inviteLinkMutationOptions';
export {
  copyInviteLinkMutationOptions,
  type CopyInviteLinkOptions,
} from './query/copyInviteLinkMutationOptions';
export {
  prepareInvites,
  type InviteDefaults,
  type InviteInput,
  type PreparedInvites,
} from './query/prepareInvites';
export {
  addNewInvitesToCache,
  changeInviteOptimistically,
  findCachedInvite,
  findCachedInvites,
  writeInviteToCache,
  type OptimisticSnapshot,
  type WriteInviteOptions,
} from './query/inviteCache';
export {
  compareUserInvites,
  DEFAULT_USER_INVITES_ORDER,
  matchesUserInvitesQuery,
} from './client/matchUserInvitesQuery';

// Live stores: one per QueryClient (and client, tenant), shared by every component
export { createInviteStatusWatcher } from './live/createInviteStatusWatcher';
export { getInviteStatusWatcher } from './live/getInviteStatusWatcher';
export {
  type InviteStatusWatcher,
  type InviteStatusChange,
  type InviteStatusSnapshot,
  type InviteStatusWatcherOptions,
} from './live/inviteStatusWatcher';
export { getResendCooldowns, type ResendCooldowns } from './live/resendCooldowns';

// Hooks
export type { MutationOverrides, QueryOverrides } from './hooks/types';
export {
  useSendInvites,
  type SendInvitesExtras,
  type UseSendInvitesOptions,
} from './hooks/useSendInvites';
export {
  useInviteStatus,
  type UseInviteStatusOptions,
  type UseInviteStatusResult,
} from './hooks/useInviteStatus';
export { useCancelInvite, type UseCancelInviteOptions } from './hooks/useCancelInvite';
export {
  useResendInvite,
  type ResendInviteExtras,
  type UseResendInviteOptions,
} from './hooks/useResendInvite';
export {
  useInviteLink,
  type InviteLinkExtras,
  type UseInviteLinkOptions,
} from './hooks/useInviteLink';
export { useCopyInviteLink, type UseCopyInviteLinkOptions } from './hooks/useCopyInviteLink';
export { useUserInvites, type UseUserInvitesOptions } from './hooks/useUserInvites';
export { useUserInvite, type UseUserInviteOptions } from './hooks/useUserInvite';
export { useUpdateInvite, type UseUpdateInviteOptions } from './hooks/useUpdateInvite';
export { useRoles, type UseRolesOptions } from './hooks/useRoles';
export { useAcceptInvite, type UseRespondToInviteOptions } from './hooks/useAcceptInvite';
export { useDeclineInvite } from './hooks/useDeclineInvite';
export { useDebouncedValue } from './hooks/useDebouncedValue';

// Components
export * from './components/InviteForm';
export * from './components/InviteDialog';
export * from './components/InviteStatusBadge';
export * from './components/UserInvitesTable';
export * from './components/AcceptInvite';
export { parseInviteList, type ParsedInvitee } from './parse/parseInviteList';
export { usePendingInviteEmails } from './hooks/usePendingInviteEmails';
export { useInvitePreview, type UseInvitePreviewOptions } from './hooks/useInvitePreview';

// Theming and text
export { createSlots, type SlotProps, type StylingProps } from './theme/slots';
export {
  defaultMessages,
  type InviteMessages,
  type Message,
  type MessageKey,
  type PluralMessage,
} from './i18n/messages';
export { createInviteI18n } from './i18n/createInviteI18n';
export {
  localeDirection,
  type InviteI18n,
  type InviteI18nOptions,
  type MessageValues,
} from './i18n/format';
export type { InviteLocaleMessages } from './i18n/InviteLocaleMessages';
export {
  pickLocaleMessages,
  type InviteMessagesByLocale,
  type InviteMessagesOption,
} from './i18n/pickLocaleMessages';
export { describeInviteError, describeInviteErrorCode, statusLabel } from './i18n/describeError';
export { useInviteI18n } from './i18n/useInviteI18n';

// Loading the parts the components fetch on first use, all at once (tests, a page on its way)
export { preloadInviteWidgets } from './components/preloadInviteWidgets';
