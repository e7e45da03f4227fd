import { useEffect, useLayoutEffect } from 'react';

/**
 * `useLayoutEffect` in a browser (it runs before paint), `useEffect` on a server (where React
 * warns about layout effects, and neither runs).
 *
 * @example
 * ```ts
 * useIsomorphicLayoutEffect(() => { latest.current = onChange; });
 * ```
 */
export const useIsomorphicLayoutEffect =
  typeof window === 'undefined' ? useEffect : useLayoutEffect;
