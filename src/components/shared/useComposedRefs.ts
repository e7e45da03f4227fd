'use client';

import { useCallback, type Ref, type RefCallback } from 'react';

function assignRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) (ref as { current: T | null }).current = value;
}

/**
 * One callback ref that fills every ref given (a forwarded one and the part's own), so a part
 * can both forward its element and use it.
 *
 * @example
 * ```tsx
 * const Input = forwardRef<HTMLInputElement, Props>((props, forwarded) => {
 *   const own = useRef<HTMLInputElement>(null);
 *   return <input ref={useComposedRefs(forwarded, own)} />;
 * });
 * ```
 */
export function useComposedRefs<T>(...refs: (Ref<T> | undefined)[]): RefCallback<T> {
  // The refs are the dependencies: a new ref object gets the element on the next commit.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useCallback((value: T | null) => refs.forEach((ref) => assignRef(ref, value)), refs);
}
