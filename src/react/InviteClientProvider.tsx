'use client';

import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { useContext, useMemo, useState, type ReactNode } from 'react';
import type { InviteClient } from '../client/types';
import { DEFAULT_REQUEST_TIMEOUT_MS, withRequestTimeout } from '../client/withRequestTimeout';
import { pickLocaleMessages, type InviteMessagesOption } from '../i18n/pickLocaleMessages';
import { InviteContext, type InviteContextValue } from './inviteContext';

/**
 * Props of {@link InviteClientProvider}.
 *
 * @example
 * ```tsx
 * const props: InviteClientProviderProps = { client, tenantId: 'acme', children: <App /> };
 * ```
 */
export interface InviteClientProviderProps {
  /** The backend: `createMemoryInviteClient()`, an adapter, or your own {@link InviteClient}. */
  client: InviteClient;
  /** The tenant (team, organization) whose invites are shown and sent. */
  tenantId: string;
  /** The signed-in user; recorded as the sender of new invites. */
  currentUserId?: string;
  /** Locale of every text and date, and the default language of invite emails. Default `en-US`. */
  locale?: string;
  /** Time zone of dates. Set it when rendering on a server, so server and browser agree. */
  timeZone?: string;
  /**
   * The words. Either overrides of any subset of the English messages, used whatever the
   * locale (`{ 'status.pending': 'Waiting' }`), or catalogues by locale (`{ de, fr, 'pt-BR': ptBR }`
   * from `invite-widgets/locales/*`), of which the provider takes the one for `locale`: the whole
   * tag first, then the language alone (`pt-BR`, then `pt`), else English. Keys a catalogue
   * lacks read in English. Right-to-left locales (`ar`, `he`, `fa`, …) lay the components out
   * right to left; set `dir="rtl"` on your page too, so your own layout and portals follow.
   *
   * @example
   * ```tsx
   * import de from 'invite-widgets/locales/de';
   * import ar from 'invite-widgets/locales/ar';
   *
   * <InviteClientProvider client={client} tenantId="acme" locale={user.locale} messages={{ de, ar }}>
   * ```
   */
  messages?: InviteMessagesOption;
  /**
   * How long any call may go unanswered before it is aborted and fails as a `network` error
   * (which the components show with a retry). Default 30 s; `0` turns it off.
   */
  requestTimeoutMs?: number;
  /**
   * The QueryClient to use. By default the host's (from a surrounding `QueryClientProvider`),
   * else one the provider creates and keeps.
   */
  queryClient?: QueryClient;
  children?: ReactNode;
}

function shallowEqual(a: object | undefined, b: object | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key])
  );
}

/** Keeps the first of a run of shallow-equal values, so an inline `messages={{…}}` rebuilds nothing. */
function useShallowStable<T extends object | undefined>(value: T): T {
  const [stable, setStable] = useState(value);
  if (!shallowEqual(stable, value)) {
    setStable(value);
    return value;
  }
  return stable;
}

/**
 * Gives every invite hook and component below it a client, a tenant and a locale. Works inside
 * your own `QueryClientProvider`, and brings its own QueryClient when there is none.
 *
 * @example
 * ```tsx
 * import { InviteClientProvider, InviteDialog, UserInvitesTable } from 'invite-widgets';
 * import { createMemoryInviteClient } from 'invite-widgets/memory';
 * import 'invite-widgets/styles.css';
 *
 * const client = createMemoryInviteClient({ seed: 1 });
 *
 * export function TeamSettings() {
 *   return (
 *     <InviteClientProvider client={client} tenantId={client.tenantId} currentUserId="user_admin">
 *       <InviteDialog />
 *       <UserInvitesTable />
 *     </InviteClientProvider>
 *   );
 * }
 * ```
 */
export function InviteClientProvider(props: InviteClientProviderProps) {
  const {
    tenantId,
    currentUserId,
    locale = 'en-US',
    timeZone,
    requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS,
    queryClient,
    children,
  } = props;
  // Every call ends: one that never answers fails after the timeout, and the UI offers a retry.
  const client = useMemo(
    () => withRequestTimeout(props.client, requestTimeoutMs),
    [props.client, requestTimeoutMs],
  );
  const messageOption = useShallowStable(props.messages);
  const messages = useMemo(
    () => pickLocaleMessages(messageOption, locale),
    [messageOption, locale],
  );
  const hostQueryClient = useContext(QueryClientContext);
  const [ownQueryClient] = useState(() => new QueryClient());

  const value = useMemo<InviteContextValue>(
    () => ({
      client,
      tenantId,
      currentUserId,
      locale,
      timeZone,
      messages,
    }),
    [client, tenantId, currentUserId, locale, timeZone, messages],
  );

  const content = <InviteContext.Provider value={value}>{children}</InviteContext.Provider>;
  if (hostQueryClient && !queryClient) return content;
  return (
    <QueryClientProvider client={queryClient ?? ownQueryClient}>{content}</QueryClientProvider>
  );
}
