import type { InviteChangeEvent, InviteStatus, UserInvite } from '../types';

/**
 * The memory backend's push channel: what `subscribe` listens to.
 *
 * @example
 * ```ts
 * const feed: ChangeFeed = createChangeFeed();
 * ```
 */
export interface ChangeFeed {
  /** Calls `listener` after every change in `tenantId`. Returns the unsubscribe function. */
  subscribe(tenantId: string, listener: (event: InviteChangeEvent) => void): () => void;
  /** Tells the listeners of the invite's tenant; each gets its own copy of the invite. */
  publish(invite: UserInvite, type: InviteChangeEvent['type'], previous: InviteStatus | null): void;
}

/**
 * Creates an empty {@link ChangeFeed}.
 *
 * @example
 * ```ts
 * const feed = createChangeFeed();
 * const stop = feed.subscribe('acme', (event) => console.log(event.invite.status));
 * feed.publish(invite, 'updated', 'pending');
 * stop();
 * ```
 */
export function createChangeFeed(): ChangeFeed {
  const listenersByTenant = new Map<string, Set<(event: InviteChangeEvent) => void>>();
  return {
    subscribe(tenantId, listener) {
      let listeners = listenersByTenant.get(tenantId);
      if (!listeners) {
        listeners = new Set();
        listenersByTenant.set(tenantId, listeners);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    publish(invite, type, previous) {
      const listeners = listenersByTenant.get(invite.tenantId);
      if (!listeners) return;
      // A copy of the set: a listener may unsubscribe while it is told.
      for (const listener of [...listeners]) {
        listener({ type, invite: structuredClone(invite), previousStatus: previous });
      }
    },
  };
}
