'use client';

import { useEffect, useState } from 'react';

/**
 * A module that a page loads only when it needs it (a dialog's content, a menu), kept once
 * loaded so that a part can render it at once, without suspending.
 *
 * @example
 * ```ts
 * const menu = lazyModule(() => import('./RowMenuContent'));
 * menu.current()?.RowMenuContent; // undefined until loaded
 * await menu.load();
 * ```
 */
export interface LazyModule<T> {
  /** The module, once loaded. */
  current(): T | undefined;
  /** Loads it (once; again after a failure, so a flaky network can be retried). */
  load(): Promise<T>;
}

/**
 * A {@link LazyModule} over a dynamic `import()`. Bundlers put the module in its own chunk, so a
 * page pays for it on first use, not on load.
 *
 * @example
 * ```ts
 * const dialog = lazyModule(() => import('./InviteDialogAssembled'));
 * ```
 */
export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    current: () => value,
    load: () =>
      (pending ??= importer().then(
        (loaded) => (value = loaded),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
  };
}

/** Loads without waiting or failing: a preload that fails is tried again on use. */
export const preload = (module: LazyModule<unknown>) => void module.load().catch(() => undefined);

type IdleWindow = Window & {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/**
 * Loads `module` once the page is idle after it rendered (within 2 s), while `enabled`: what a
 * person opens later is then ready, and was never in the way of the first paint.
 *
 * @example
 * ```tsx
 * usePreloadWhenIdle(dialog, !opened);
 * ```
 */
export function usePreloadWhenIdle(module: LazyModule<unknown>, enabled = true) {
  useEffect(() => {
    if (!enabled || module.current()) return undefined;
    const idle = window as IdleWindow;
    if (idle.requestIdleCallback && idle.cancelIdleCallback) {
      const handle = idle.requestIdleCallback(() => preload(module), { timeout: 2000 });
      return () => idle.cancelIdleCallback?.(handle);
    }
    const timer = setTimeout(() => preload(module), 200);
    return () => clearTimeout(timer);
  }, [module, enabled]);
}

/**
 * The module once it is loaded (here, or by anyone else since), loading it while `wanted` (a
 * dialog asked for, rows selected). `onSettled` says how that load went: on a failure, drop
 * the request, so that asking again retries, and say so.
 *
 * @example
 * ```tsx
 * const loaded = useLoadedWhen(tableDialogs, dialog !== null, onSettled);
 * if (!loaded) return null;
 * ```
 */
export function useLoadedWhen<T>(
  module: LazyModule<T>,
  wanted: boolean,
  onSettled?: (ok: boolean) => void,
): T | undefined {
  const [loaded, setLoaded] = useState(() => module.current());
  useEffect(() => {
    if (!wanted || loaded) return;
    module.load().then(
      (value) => {
        setLoaded(value);
        onSettled?.(true);
      },
      () => onSettled?.(false),
    );
  }, [module, wanted, loaded, onSettled]);
  return loaded ?? module.current();
}
