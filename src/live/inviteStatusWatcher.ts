import type { InviteClientError } from '../client/errors';
import type { InviteStatus, UserInvite } from '../client/types';

/**
 * A status change the watcher found.
 *
 * @example
 * ```ts
 * const onChange = ({ invite, previousStatus }: InviteStatusChange) =>
 *   console.log(`${invite.email}: ${previousStatus} -> ${invite.status}`);
 * ```
 */
export interface InviteStatusChange {
  invite: UserInvite;
  previousStatus: InviteStatus;
}

/**
 * The state of the watcher, replaced as a whole on every change (so React can compare it). The
 * invites themselves are in the query cache, the one copy everybody reads
 * (`findCachedInvite`); `version` grows whenever a watched invite's cached copy changes.
 *
 * @example
 * ```ts
 * const { version, error }: InviteStatusSnapshot = watcher.getSnapshot();
 * ```
 */
export interface InviteStatusSnapshot {
  /** Grows whenever a watched invite changes in the cache. */
  version: number;
  /** How the watcher learns of changes now; see {@link InviteStatusWatcher.mode}. */
  mode: 'subscribe' | 'poll';
  /** The last check's failure; `null` once a check succeeds. */
  error: InviteClientError | null;
  /** A check is under way. */
  isChecking: boolean;
}

/**
 * Options of {@link getInviteStatusWatcher}.
 *
 * @example
 * ```ts
 * getInviteStatusWatcher(queryClient, client, 'acme', { maxBackoffMs: 60_000 });
 * ```
 */
export interface InviteStatusWatcherOptions {
  /** The longest wait between checks after repeated failures. Default 5 minutes. */
  maxBackoffMs?: number;
}

/**
 * Keeps the status of watched invites up to date for one client and tenant, however many
 * components watch how many invites:
 *
 * - with a client that can `subscribe`, it listens and never polls (a channel that fails to
 *   open is polled meanwhile and tried again, waiting longer each time);
 * - with a client that `supportsUpdatedAfter`, one timer asks what changed in the tenant since
 *   the previous check: one request per interval, however many invites are watched;
 * - otherwise it asks for every watched, still-pending invite by id, `maxPageSize` ids a
 *   request, once per interval (the shortest interval asked for);
 * - settled invites leave the watch list; nothing is asked while the page is hidden, and a
 *   fresh check runs when it is shown again or regains focus;
 * - failures back off exponentially up to a cap, and a success returns to the interval.
 *
 * Every change it finds is written into the query cache (lists and details) once, then
 * reported to the watchers of that invite. While an invite is watched its cached detail is kept,
 * even when no query observes it. Get the shared one with
 * {@link getInviteStatusWatcher}; `useInviteStatus` is the React face of it.
 *
 * @example
 * ```ts
 * const watcher = getInviteStatusWatcher(queryClient, client, 'acme');
 * const stop = watcher.watch([inviteId], 5000, ({ invite }) => console.log(invite.status));
 * ```
 */
export interface InviteStatusWatcher {
  /**
   * `subscribe` while the client's push channel is open, `poll` when the watcher has to ask (the
   * client cannot push, or its channel failed to open and is being tried again).
   */
  readonly mode: 'subscribe' | 'poll';
  /**
   * Watches `ids` until the returned function is called. `onChange` hears every status change
   * of these invites that the watcher finds (not the first status it learns).
   */
  watch(
    ids: Iterable<string>,
    intervalMs: number,
    onChange?: (change: InviteStatusChange) => void,
  ): () => void;
  /** Checks every watched, pending invite now (in poll mode), whatever the timer says. */
  refresh(): Promise<void>;
  /** Store subscription for `useSyncExternalStore`. */
  subscribe(listener: () => void): () => void;
  getSnapshot(): InviteStatusSnapshot;
}
