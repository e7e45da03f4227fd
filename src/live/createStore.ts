/**
 * A value that changes over time, in the shape `useSyncExternalStore` reads: the one store
 * mechanism of the live layer (status watcher, resend cooldowns).
 *
 * @example
 * ```ts
 * const store: Store<number> = createStore(0);
 * const value = useSyncExternalStore(store.subscribe, store.get, store.get);
 * ```
 */
export interface Store<T> {
  get(): T;
  /** Replaces the value and tells every listener; an identical value tells nobody. */
  set(next: T): void;
  subscribe(listener: () => void): () => void;
}

/**
 * A new {@link Store} holding `initial`.
 *
 * @example
 * ```ts
 * const version = createStore(0);
 * version.set(version.get() + 1);
 * ```
 */
export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      // A copy: a listener may unsubscribe while being told.
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
