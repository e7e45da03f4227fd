'use client';

import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => undefined;

/**
 * `false` in the server render and while hydrating it, `true` after (and from the first render
 * of a client-only mount): text that depends on the clock or the viewer's time zone (a relative
 * date) waits for it, so the server's HTML and the first client render are the same.
 *
 * @example
 * ```tsx
 * const hydrated = useHydrated();
 * return <time>{hydrated ? i18n.formatRelativeTime(at) : i18n.formatDateTime(at)}</time>;
 * ```
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
