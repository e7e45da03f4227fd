import type { QueryClient } from '@tanstack/react-query';
import { readUserInvite } from '../client/boundary';
import { isAbortError, toInviteClientError } from '../client/errors';
import { isOpenInviteStatus } from '../client/status';
import type { InviteClient, UserInvite } from '../client/types';
import { addNewInvitesToCache, findCachedInvites, writeInviteToCache } from '../query/inviteCache';
import { inviteIdOfDetailKey, inviteKeys, listParamsOfKey } from '../query/inviteKeys';
import { createInviteReader } from './createInviteReader';
import { createStore } from './createStore';
import type {
  InviteStatusChange,
  InviteStatusSnapshot,
  InviteStatusWatcher,
  InviteStatusWatcherOptions,
} from './inviteStatusWatcher';

interface Watch {
  ids: ReadonlySet<string>;
  intervalMs: number;
  onChange?: (change: InviteStatusChange) => void;
}

type SnapshotState = Partial<Omit<InviteStatusSnapshot, 'version'>>;
type Mode = InviteStatusSnapshot['mode'];

/** Checks closer together than this (a tab switch fires both focus and visibilitychange) are one. */
const REFOCUS_DEBOUNCE_MS = 1000;
/** The first wait before a push channel that failed to open is tried again; it doubles. */
const CHANNEL_RETRY_MS = 5000;
/*
 * With a client that `supportsUpdatedAfter`, a poll asks what changed after a cursor: the server's
 * time when the previous check started, as far as the server's own clock proves it (the newest
 * `updatedAt` read, plus the time passed on this device since: a duration, so a wrong device
 * clock never loses a change), minus DELTA_OVERLAP_MS, so changes dated the same millisecond or
 * committed a moment after they were dated still come back. Repeats (same `updatedAt` and
 * status) are dropped.
 */
const DELTA_OVERLAP_MS = 1000;

const SNAPSHOT_FIELDS = ['version', 'mode', 'error', 'isChecking'] as const;
const isHidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';
const emptySnapshot = (mode: Mode): InviteStatusSnapshot => ({
  version: 0,
  mode,
  error: null,
  isChecking: false,
});
const newer = (a: UserInvite, b: UserInvite) => Date.parse(a.updatedAt) < Date.parse(b.updatedAt);
const sameInvite = (a: UserInvite | undefined, b: UserInvite) =>
  !!a && a.updatedAt === b.updatedAt && a.status === b.status;

/**
 * A new, unshared {@link InviteStatusWatcher}. Components share one through
 * {@link getInviteStatusWatcher}; make your own only to control its lifetime (in tests, say).
 *
 * @example
 * ```ts
 * const watcher = createInviteStatusWatcher(client, 'acme', queryClient, { maxBackoffMs: 60_000 });
 * ```
 */
// A closure rather than a class: its private state minifies to short local names.
export function createInviteStatusWatcher(
  client: InviteClient,
  tenantId: string,
  queryClient: QueryClient,
  { maxBackoffMs = 5 * 60_000 }: InviteStatusWatcherOptions = {},
): InviteStatusWatcher {
  let mode: Mode = client.subscribe ? 'subscribe' : 'poll';
  const watches = new Set<Watch>();
  const known = new Map<string, UserInvite>();
  /** Ids the backend did not return: asked once, then left alone. */
  const missing = new Set<string>();
  const store = createStore(emptySnapshot(mode));
  let controller = new AbortController();
  let channelFailures = 0;
  let channelTimer: ReturnType<typeof setTimeout> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let primeTimer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | undefined;
  let failures = 0;
  let lastCheckAt = Number.NEGATIVE_INFINITY;
  let teardown: (() => void)[] = [];
  const canAskChanges = client.supportsUpdatedAfter === true;
  /** Reads of this tenant's invites; it also learns the server's clock from what it reads. */
  let reader = createInviteReader(client, tenantId, () => controller.signal);
  /** Server time (ms) the next poll asks changes after; `undefined`: it asks every id. */
  let cursor: number | undefined;
  /** Watched ids whose state came from the backend itself (a cached copy may be stale). */
  const confirmed = new Set<string>();
  /** `id` and `expiresAt` of invites asked for once their expiry passed (no delta dates it). */
  const lapseChecked = new Set<string>();

  /** Every watched id, worked out again only when the watches change (reads outnumber them). */
  let watched: ReadonlySet<string> | undefined;
  const watchedIds = () => {
    if (watched) return watched;
    const ids = new Set<string>();
    for (const watch of watches) for (const id of watch.ids) ids.add(id);
    return (watched = ids);
  };
  const isUnknown = (id: string) => !known.has(id) && !missing.has(id);
  /** Watched invites whose status can still change by itself, plus those not known yet. */
  const pollTargets = () =>
    [...watchedIds()].filter(
      (id) => !missing.has(id) && isOpenInviteStatus(known.get(id)?.status ?? 'pending'),
    );

  const publish = (state: SnapshotState, invitesChanged?: boolean) => {
    const current = store.get();
    const version = invitesChanged ? current.version + 1 : current.version;
    const next = { ...current, ...state, version };
    if (SNAPSHOT_FIELDS.some((field) => next[field] !== current[field])) store.set(next);
  };

  const clearTimer = () => clearTimeout(timer);

  const reschedule = () => {
    clearTimer();
    if (mode !== 'poll' || watches.size === 0 || isHidden() || pollTargets().length === 0) return;
    let interval = Number.POSITIVE_INFINITY;
    for (const watch of watches) interval = Math.min(interval, watch.intervalMs);
    const delay = failures ? Math.min(interval * 2 ** failures, maxBackoffMs) : interval;
    const wait = Math.max(0, lastCheckAt + delay - Date.now());
    timer = setTimeout(refresh, Number.isFinite(wait) ? wait : delay);
  };

  /** Invites nobody has fetched yet are asked for once, together, a tick after the watches settle. */
  const primeUnknown = () => {
    primeTimer ??= setTimeout(() => {
      primeTimer = undefined;
      const unknown = [...watchedIds()].filter(isUnknown);
      // In poll mode the first check asks for everything pending anyway.
      if (unknown.length) void check(mode === 'poll' ? pollTargets() : unknown);
    });
  };

  /** Takes news from the backend: into the cache, into the snapshot, to the watchers. */
  const apply = (invites: UserInvite[], state: SnapshotState = {}) => {
    const changes: InviteStatusChange[] = [];
    const watching = watchedIds();
    let changed = false;
    for (const invite of invites) {
      const previous = known.get(invite.id);
      if (previous && (newer(invite, previous) || sameInvite(previous, invite))) continue;
      if (watching.has(invite.id)) {
        known.set(invite.id, invite);
        changed = true;
        if (previous && previous.status !== invite.status) {
          changes.push({ invite, previousStatus: previous.status });
        }
      } else confirmed.delete(invite.id); // stale in `known`: asked for by id if watched again
      writeInviteToCache(queryClient, tenantId, invite);
    }
    publish(state, changed);
    for (const change of changes) {
      for (const watch of watches) if (watch.ids.has(change.invite.id)) watch.onChange?.(change);
    }
    if (changed) reschedule();
  };

  /**
   * Takes what reached the cache some other way (a cancel, a resend, a list refetch): known, but
   * not news to report.
   */
  const adopt = (invites: Iterable<UserInvite>) => {
    let changed = false;
    for (const invite of invites) {
      const previous = known.get(invite.id);
      if (sameInvite(previous, invite) || (previous && newer(invite, previous))) continue;
      if (!watchedIds().has(invite.id)) continue;
      known.set(invite.id, invite);
      missing.delete(invite.id);
      changed = true;
    }
    if (!changed) return;
    publish({}, true);
    reschedule();
  };

  /** Watched ids a delta cannot vouch for: never had from the backend, or past their expiry. */
  const needsById = (id: string) => {
    const expiresAt = known.get(id)?.expiresAt ?? '';
    const lapsed = Date.parse(expiresAt) <= Date.now() + Math.max(reader.serverLead(), 0);
    return !confirmed.has(id) || (lapsed && !lapseChecked.has(`${id}\n${expiresAt}`));
  };

  const check = (ids: string[]): Promise<void> => {
    if (inFlight) return inFlight;
    if (ids.length === 0 || (mode === 'poll' && isHidden())) return Promise.resolve();
    clearTimer();
    const startedAt = (lastCheckAt = Date.now());
    publish({ isChecking: true });
    const delta = canAskChanges && mode === 'poll';
    const from = delta ? cursor : undefined;
    const run = async () => {
      try {
        let asked = from === undefined ? ids : ids.filter(needsById);
        const found = await reader.byIds(asked);
        if (from !== undefined && !(await reader.changesAfter(from, found))) {
          const done = new Set(asked);
          found.push(...(await reader.byIds(ids.filter((id) => !done.has(id)))));
          asked = ids;
        }
        const returned = new Set(found.map((invite) => invite.id));
        for (const id of asked) {
          if (!returned.has(id)) missing.add(id);
          confirmed.add(id);
          lapseChecked.add(`${id}\n${known.get(id)?.expiresAt ?? ''}`);
        }
        const lead = reader.serverLead();
        if (delta && Number.isFinite(lead)) cursor = startedAt + lead - DELTA_OVERLAP_MS;
        failures = 0;
        apply(found, { error: null, isChecking: false });
      } catch (error) {
        // Aborted because nobody watches any more: nothing to report.
        if (isAbortError(error)) return;
        failures += 1;
        publish({ error: toInviteClientError(error), isChecking: false });
      }
    };
    return (inFlight = run().finally(() => {
      inFlight = undefined;
      lastCheckAt = Date.now();
      if (watches.size === 0) return;
      // Ids that started being watched during this check have not been asked for yet.
      if (!failures && [...watchedIds()].some(isUnknown)) primeUnknown();
      reschedule();
    }));
  };

  const refresh = () => check(pollTargets());

  const start = () => {
    teardown.push(
      queryClient.getQueryCache().subscribe((event) => {
        const key = event.query.queryKey;
        const detailId = inviteIdOfDetailKey(key, tenantId);
        if (event.type === 'removed') {
          // The cache drops an unobserved detail after its gcTime; a watched one stays, so
          // readers of the cache keep seeing it.
          const kept = detailId === undefined ? undefined : known.get(detailId);
          if (kept && watchedIds().has(kept.id)) {
            queueMicrotask(() => {
              if (watches.size > 0 && !queryClient.getQueryData(key)) {
                queryClient.setQueryData(inviteKeys.detail(tenantId, kept.id), kept);
              }
            });
          }
          return;
        }
        if (event.type !== 'updated' || event.action.type !== 'success') return;
        const data: unknown = event.query.state.data;
        if (detailId !== undefined && data) adopt([data as UserInvite]);
        else if (listParamsOfKey(key, tenantId) && data) {
          adopt((data as { data: UserInvite[] }).data);
        }
      }),
    );
    openChannel();
    if (typeof window !== 'undefined') {
      const onShow = () => {
        if (mode !== 'poll') return;
        if (isHidden()) clearTimer();
        else if (Date.now() - lastCheckAt >= REFOCUS_DEBOUNCE_MS) void refresh();
        else reschedule();
      };
      document.addEventListener('visibilitychange', onShow);
      window.addEventListener('focus', onShow);
      teardown.push(() => {
        document.removeEventListener('visibilitychange', onShow);
        window.removeEventListener('focus', onShow);
      });
    }
  };

  const setMode = (next: Mode) => {
    mode = next;
    // Changes were pushed, or missed, meanwhile: the next poll starts from every id again.
    cursor = undefined;
    publish({ mode });
    reschedule();
  };

  /**
   * Opens the client's push channel. A channel that fails to open (it throws) must not take the
   * page down: the watcher polls meanwhile and tries the channel again, waiting longer each time.
   */
  const openChannel = () => {
    if (!client.subscribe) return;
    let unsubscribe: unknown;
    try {
      unsubscribe = client.subscribe(tenantId, (event) => {
        // Pushed data is a client's answer like any other: read through the boundary.
        const invite = readUserInvite(event?.invite);
        if (!invite) return;
        if (event.type === 'created') addNewInvitesToCache(queryClient, tenantId, [invite]);
        apply([invite]);
      });
    } catch {
      channelFailures += 1;
      const wait = Math.min(CHANNEL_RETRY_MS * 2 ** (channelFailures - 1), maxBackoffMs);
      channelTimer = setTimeout(() => {
        if (watches.size > 0) openChannel();
      }, wait);
      if (mode !== 'poll') setMode('poll');
      // What happened while there was no channel is asked for now.
      void refresh();
      return;
    }
    channelFailures = 0;
    if (typeof unsubscribe === 'function') teardown.push(unsubscribe as () => void);
    if (mode !== 'subscribe') setMode('subscribe');
  };

  const stop = () => {
    for (const dispose of teardown) dispose();
    teardown = [];
    // Unwatched, nothing keeps these fresh: the next watch starts from the cache again.
    known.clear();
    missing.clear();
    confirmed.clear();
    lapseChecked.clear();
    cursor = undefined;
    reader = createInviteReader(client, tenantId, () => controller.signal);
    failures = 0;
    controller.abort();
    controller = new AbortController();
    clearTimeout(channelTimer);
    channelFailures = 0;
    mode = client.subscribe ? 'subscribe' : 'poll';
    store.set(emptySnapshot(mode));
    clearTimer();
    clearTimeout(primeTimer);
    primeTimer = undefined;
  };

  return {
    get mode() {
      return mode;
    },
    watch(ids, intervalMs, onChange) {
      const watch: Watch = { ids: new Set(ids), intervalMs, onChange };
      watches.add(watch);
      watched = undefined;
      // What the cache already holds is the starting point for change detection. It is not
      // published: readers have it from the cache already, and a publish now would re-render
      // every watcher for nothing.
      const unknown = [...watch.ids].filter((id) => !known.has(id));
      for (const [id, cached] of findCachedInvites(queryClient, tenantId, unknown)) {
        known.set(id, cached);
      }
      if (watches.size === 1) start();
      primeUnknown();
      reschedule();
      return () => {
        if (!watches.delete(watch)) return;
        watched = undefined;
        if (watches.size === 0) stop();
        else reschedule();
      };
    },
    refresh,
    subscribe: store.subscribe,
    getSnapshot: store.get,
  };
}
