import type { QueryClient } from '@tanstack/react-query';
import { toInviteClientError, type InviteClientError } from '../client/errors';
import type { InviteClient, InviteStatus, UserInvite } from '../client/types';
import { callClient } from './callClient';
import { addNewInvitesToCache, findCachedInvite, writeInviteToCache } from './inviteCache';

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
 * What the watcher knows, replaced as a whole on every change (so React can compare it).
 *
 * @example
 * ```ts
 * const snapshot: InviteStatusSnapshot = watcher.getSnapshot();
 * snapshot.invites.get(id)?.status;
 * ```
 */
export interface InviteStatusSnapshot {
  /** The latest known copy of every watched invite. */
  invites: ReadonlyMap<string, UserInvite>;
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

interface Watch {
  ids: ReadonlySet<string>;
  intervalMs: number;
  onChange?: (change: InviteStatusChange) => void;
}

/** Checks closer together than this (a tab switch fires both focus and visibilitychange) are one. */
const REFOCUS_DEBOUNCE_MS = 1000;
const DEFAULT_PAGE_SIZE = 100;

const isHidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';

/**
 * Keeps the status of watched invites up to date for one client and tenant, however many
 * components watch how many invites:
 *
 * - with a client that can `subscribe`, it listens and never polls;
 * - otherwise one timer asks for every watched, still-pending invite in one
 *   `userInvites({ filter: { id } })` request per interval (the shortest interval asked for);
 * - settled invites leave the watch list; nothing is asked while the page is hidden, and a
 *   fresh check runs when it is shown again or regains focus;
 * - failures back off exponentially up to a cap, and a success returns to the interval.
 *
 * Every change it finds is written into the query cache (lists and details) once, then
 * reported to the watchers of that invite. Get the shared instance with
 * {@link getInviteStatusWatcher}; `useInviteStatus` is the React face of it.
 */
export class InviteStatusWatcher {
  readonly mode: 'subscribe' | 'poll';
  private readonly watches = new Set<Watch>();
  private readonly known = new Map<string, UserInvite>();
  /** Ids the backend did not return: asked once, then left alone. */
  private readonly missing = new Set<string>();
  private readonly storeListeners = new Set<() => void>();
  private snapshot: InviteStatusSnapshot = { invites: new Map(), error: null, isChecking: false };
  private timer: ReturnType<typeof setTimeout> | null = null;
  private primeTimer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private failures = 0;
  private lastCheckAt = Number.NEGATIVE_INFINITY;
  private teardown: (() => void)[] = [];

  constructor(
    private readonly client: InviteClient,
    private readonly tenantId: string,
    private readonly queryClient: QueryClient,
    private readonly options: InviteStatusWatcherOptions = {},
  ) {
    this.mode = typeof client.subscribe === 'function' ? 'subscribe' : 'poll';
  }

  /**
   * Watches `ids` until the returned function is called. `onChange` hears every status change
   * of these invites that the watcher finds (not the first status it learns).
   */
  watch(
    ids: Iterable<string>,
    intervalMs: number,
    onChange?: (change: InviteStatusChange) => void,
  ): () => void {
    const watch: Watch = { ids: new Set(ids), intervalMs, onChange };
    this.watches.add(watch);
    let learned = false;
    for (const id of watch.ids) {
      if (!this.known.has(id)) learned = this.adoptFromCache(id) || learned;
    }
    if (learned) this.publish({});
    if (this.watches.size === 1) this.start();
    this.primeUnknown();
    this.reschedule();
    return () => {
      if (!this.watches.delete(watch)) return;
      if (this.watches.size === 0) this.stop();
      else this.reschedule();
    };
  }

  /** Checks every watched, pending invite now (in poll mode), whatever the timer says. */
  refresh = (): Promise<void> => this.check(this.pollTargets());

  subscribe = (listener: () => void): (() => void) => {
    this.storeListeners.add(listener);
    return () => {
      this.storeListeners.delete(listener);
    };
  };

  getSnapshot = (): InviteStatusSnapshot => this.snapshot;

  private watchedIds(): Set<string> {
    const ids = new Set<string>();
    for (const watch of this.watches) for (const id of watch.ids) ids.add(id);
    return ids;
  }

  /** Watched invites whose status can still change by itself, plus those not known yet. */
  private pollTargets(): string[] {
    return [...this.watchedIds()].filter((id) => {
      if (this.missing.has(id)) return false;
      const invite = this.known.get(id);
      return !invite || invite.status === 'pending';
    });
  }

  private intervalMs(): number {
    let interval = Number.POSITIVE_INFINITY;
    for (const watch of this.watches) interval = Math.min(interval, watch.intervalMs);
    return interval;
  }

  private start() {
    const cache = this.queryClient.getQueryCache();
    this.teardown.push(
      cache.subscribe((event) => {
        const key = event.query.queryKey;
        if (
          event.type === 'updated' &&
          key[0] === 'invite-widgets' &&
          key[1] === this.tenantId &&
          key[2] === 'detail'
        ) {
          const invite = event.query.state.data as UserInvite | null | undefined;
          if (invite && this.watchedIds().has(invite.id)) this.adopt(invite);
        }
      }),
    );
    if (this.client.subscribe) {
      this.teardown.push(
        this.client.subscribe(this.tenantId, (event) => {
          if (event.type === 'created')
            addNewInvitesToCache(this.queryClient, this.tenantId, [event.invite]);
          this.apply([event.invite]);
        }),
      );
    } else if (typeof document !== 'undefined' && typeof window !== 'undefined') {
      const onShow = () => {
        if (isHidden()) {
          this.clearTimer();
          return;
        }
        if (Date.now() - this.lastCheckAt >= REFOCUS_DEBOUNCE_MS) void this.refresh();
        else this.reschedule();
      };
      document.addEventListener('visibilitychange', onShow);
      window.addEventListener('focus', onShow);
      this.teardown.push(() => {
        document.removeEventListener('visibilitychange', onShow);
        window.removeEventListener('focus', onShow);
      });
    }
  }

  private stop() {
    for (const dispose of this.teardown.splice(0)) dispose();
    // Unwatched, nothing keeps these fresh: the next watch starts from the cache again.
    this.known.clear();
    this.missing.clear();
    this.failures = 0;
    this.snapshot = { invites: new Map(), error: null, isChecking: false };
    this.clearTimer();
    if (this.primeTimer) clearTimeout(this.primeTimer);
    this.primeTimer = null;
  }

  private clearTimer() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Invites nobody has fetched yet are asked for once, together, a tick after the watches settle. */
  private primeUnknown() {
    if (this.primeTimer) return;
    this.primeTimer = setTimeout(() => {
      this.primeTimer = null;
      const unknown = [...this.watchedIds()].filter(
        (id) => !this.known.has(id) && !this.missing.has(id),
      );
      if (unknown.length === 0) return;
      // In poll mode the first check asks for everything pending anyway.
      void this.check(this.mode === 'poll' ? this.pollTargets() : unknown);
    }, 0);
  }

  private reschedule() {
    this.clearTimer();
    if (this.mode !== 'poll' || this.watches.size === 0 || isHidden()) return;
    if (this.pollTargets().length === 0) return;
    const interval = this.intervalMs();
    const delay =
      this.failures === 0
        ? interval
        : Math.min(interval * 2 ** this.failures, this.options.maxBackoffMs ?? 5 * 60_000);
    const wait = Math.max(0, this.lastCheckAt + delay - Date.now());
    this.timer = setTimeout(() => void this.refresh(), Number.isFinite(wait) ? wait : delay);
  }

  private async check(ids: string[]): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (ids.length === 0 || (this.mode === 'poll' && isHidden())) return;
    this.clearTimer();
    this.lastCheckAt = Date.now();
    this.publish({ isChecking: true });
    const run = async () => {
      const pageSize = Math.max(1, this.client.maxPageSize ?? DEFAULT_PAGE_SIZE);
      try {
        const found: UserInvite[] = [];
        for (let start = 0; start < ids.length; start += pageSize) {
          const chunk = ids.slice(start, start + pageSize);
          const page = await callClient(() =>
            this.client.userInvites({
              tenantId: this.tenantId,
              filter: { id: chunk },
              limit: chunk.length,
            }),
          );
          found.push(...page.data);
        }
        const returned = new Set(found.map((invite) => invite.id));
        for (const id of ids) if (!returned.has(id)) this.missing.add(id);
        this.failures = 0;
        this.apply(found, { error: null, isChecking: false });
      } catch (error) {
        this.failures += 1;
        this.publish({ error: toInviteClientError(error), isChecking: false });
      }
    };
    this.inFlight = run().finally(() => {
      this.inFlight = null;
      this.lastCheckAt = Date.now();
      if (this.watches.size === 0) return;
      // Ids that started being watched during this check have not been asked for yet.
      const unknown = [...this.watchedIds()].some(
        (id) => !this.known.has(id) && !this.missing.has(id),
      );
      if (unknown && this.failures === 0) {
        this.primeUnknown();
      }
      this.reschedule();
    });
    return this.inFlight;
  }

  /** Takes news from the backend: into the cache, into the snapshot, to the watchers. */
  private apply(invites: UserInvite[], state: Partial<Omit<InviteStatusSnapshot, 'invites'>> = {}) {
    const changes: InviteStatusChange[] = [];
    let changed = false;
    for (const invite of invites) {
      const previous = this.known.get(invite.id);
      if (previous && Date.parse(invite.updatedAt) < Date.parse(previous.updatedAt)) continue;
      if (
        previous &&
        previous.updatedAt === invite.updatedAt &&
        previous.status === invite.status
      ) {
        continue;
      }
      const watched = this.watchedIds().has(invite.id);
      if (watched) {
        this.known.set(invite.id, invite);
        changed = true;
      }
      writeInviteToCache(this.queryClient, this.tenantId, invite);
      if (watched && previous && previous.status !== invite.status) {
        changes.push({ invite, previousStatus: previous.status });
      }
    }
    this.publish(state, changed);
    for (const change of changes) {
      for (const watch of this.watches) {
        if (watch.ids.has(change.invite.id)) watch.onChange?.(change);
      }
    }
    if (changed) this.reschedule();
  }

  /** Takes what this app itself changed (a cancel, a resend): known, but not news to report. */
  private adopt(invite: UserInvite) {
    const previous = this.known.get(invite.id);
    if (previous && previous.updatedAt === invite.updatedAt && previous.status === invite.status)
      return;
    this.known.set(invite.id, invite);
    this.missing.delete(invite.id);
    this.publish({}, true);
    this.reschedule();
  }

  private adoptFromCache(id: string): boolean {
    const invite = findCachedInvite(this.queryClient, this.tenantId, id);
    if (!invite) return false;
    this.known.set(id, invite);
    return true;
  }

  private publish(state: Partial<Omit<InviteStatusSnapshot, 'invites'>>, invitesChanged = false) {
    const next: InviteStatusSnapshot = {
      ...this.snapshot,
      ...state,
      invites: invitesChanged ? new Map(this.known) : this.snapshot.invites,
    };
    if (
      next.invites === this.snapshot.invites &&
      next.error === this.snapshot.error &&
      next.isChecking === this.snapshot.isChecking
    ) {
      return;
    }
    this.snapshot = next;
    for (const listener of [...this.storeListeners]) listener();
  }
}

const registry = new WeakMap<
  QueryClient,
  WeakMap<InviteClient, Map<string, InviteStatusWatcher>>
>();

/**
 * The one {@link InviteStatusWatcher} of a QueryClient, client and tenant: every component that
 * watches invites there shares it, and so shares its requests.
 *
 * @example
 * ```ts
 * const watcher = getInviteStatusWatcher(queryClient, client, 'acme');
 * const stop = watcher.watch([inviteId], 5000, ({ invite }) => console.log(invite.status));
 * ```
 */
export function getInviteStatusWatcher(
  queryClient: QueryClient,
  client: InviteClient,
  tenantId: string,
  options?: InviteStatusWatcherOptions,
): InviteStatusWatcher {
  let byClient = registry.get(queryClient);
  if (!byClient) {
    byClient = new WeakMap();
    registry.set(queryClient, byClient);
  }
  let byTenant = byClient.get(client);
  if (!byTenant) {
    byTenant = new Map();
    byClient.set(client, byTenant);
  }
  let watcher = byTenant.get(tenantId);
  if (!watcher) {
    watcher = new InviteStatusWatcher(client, tenantId, queryClient, options);
    byTenant.set(tenantId, watcher);
  }
  return watcher;
}
