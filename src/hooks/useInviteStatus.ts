'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { InviteClientError } from '../client/errors';
import type { InviteStatus, UserInvite } from '../client/types';
import { getInviteStatusWatcher } from '../live/getInviteStatusWatcher';
import type { InviteStatusChange } from '../live/inviteStatusWatcher';
import { findCachedInvites } from '../query/inviteCache';
import { useInviteContext, type InviteScope } from '../react/useInviteContext';
import { useIsomorphicLayoutEffect } from '../react/useIsomorphicLayoutEffect';

/**
 * Options of {@link useInviteStatus}.
 *
 * @example
 * ```ts
 * const options: UseInviteStatusOptions = { pollIntervalMs: 10_000, onChange: ({ invite }) => {} };
 * ```
 */
export interface UseInviteStatusOptions extends InviteScope {
  /** How often to check when the client cannot push changes. Default 5 s. */
  pollIntervalMs?: number;
  /** Called once for each status change found (not for the first status learned). */
  onChange?: (invite: UserInvite, previousStatus: InviteStatus) => void;
  /** Set `false` to stop watching. Default `true`. */
  enabled?: boolean;
}

/**
 * What {@link useInviteStatus} returns.
 *
 * @example
 * ```ts
 * const { statusById }: UseInviteStatusResult = useInviteStatus(ids);
 * ```
 */
export interface UseInviteStatusResult {
  /** The current status of each watched invite; absent until known. */
  statusById: Readonly<Record<string, InviteStatus>>;
  /** The latest copy of each watched invite. */
  inviteById: Readonly<Record<string, UserInvite>>;
  /** The last check's failure, until a check succeeds. */
  error: InviteClientError | null;
  isChecking: boolean;
  /** `subscribe` when the client pushes changes (no polling), else `poll`. */
  mode: 'subscribe' | 'poll';
  /** Checks now. */
  refresh: () => Promise<void>;
}

/**
 * Live status for one or many invites, without one request per invite. With a client that
 * can `subscribe`, nothing is polled. Otherwise one shared poller per client and tenant asks
 * once per interval, however many components watch: what changed since the last check when
 * the client `supportsUpdatedAfter` (one request whatever the number of invites), else every
 * watched, pending invite by id, `maxPageSize` at a time; settled invites drop out, a hidden
 * page is never polled, and failures back off.
 * Every change also lands in cached lists and details.
 *
 * @example
 * ```tsx
 * function SentInvites({ ids }: { ids: string[] }) {
 *   const { statusById } = useInviteStatus(ids, {
 *     onChange: (invite) => invite.status === 'accepted' && toast(`${invite.email} joined`),
 *   });
 *   return <ul>{ids.map((id) => <li key={id}>{statusById[id] ?? '…'}</li>)}</ul>;
 * }
 * ```
 */
export function useInviteStatus(
  ids: string | readonly string[],
  options: UseInviteStatusOptions = {},
): UseInviteStatusResult {
  const { pollIntervalMs = 5000, onChange, enabled = true } = options;
  const { client, tenantId } = useInviteContext(options);
  const queryClient = useQueryClient(options.queryClient);
  const watcher = getInviteStatusWatcher(queryClient, client, tenantId);
  const idsKey = [...new Set(typeof ids === 'string' ? [ids] : ids)].sort().join('\n');

  // The latest onChange, without re-watching when a host passes a new function each render.
  const onChangeRef = useRef(onChange);
  useIsomorphicLayoutEffect(() => {
    onChangeRef.current = onChange;
  });

  useEffect(() => {
    if (!enabled || idsKey === '') return undefined;
    return watcher.watch(
      idsKey.split('\n'),
      pollIntervalMs,
      ({ invite, previousStatus }: InviteStatusChange) =>
        onChangeRef.current?.(invite, previousStatus),
    );
  }, [watcher, idsKey, pollIntervalMs, enabled]);

  const snapshot = useSyncExternalStore(
    watcher.subscribe,
    watcher.getSnapshot,
    watcher.getSnapshot,
  );
  const { version } = snapshot;
  const { statusById, inviteById } = useMemo(() => {
    // Ids are invites' own strings: records without a prototype, so an id such as
    // `constructor` is just a key.
    const statuses: Record<string, InviteStatus> = Object.create(null);
    const invites: Record<string, UserInvite> = Object.create(null);
    // The cache is the one copy: invites already there show from the first render, and every
    // change the watcher finds lands there (`version` tells this memo when).
    const ids = idsKey === '' ? [] : idsKey.split('\n');
    for (const [id, invite] of findCachedInvites(queryClient, tenantId, ids)) {
      statuses[id] = invite.status;
      invites[id] = invite;
    }
    // `version` is what changed when the cache did: the memo is keyed by it.
    return { statusById: statuses, inviteById: invites, version };
  }, [version, idsKey, queryClient, tenantId]);

  return {
    statusById,
    inviteById,
    error: snapshot.error,
    isChecking: snapshot.isChecking,
    mode: snapshot.mode,
    refresh: watcher.refresh,
  };
}
