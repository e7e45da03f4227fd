'use client';

import { useEffect, useState } from 'react';

/**
 * `value`, once it has stopped changing for `delayMs`: turns typing into one query per word
 * instead of one per letter.
 *
 * @example
 * ```tsx
 * const [search, setSearch] = useState('');
 * const debounced = useDebouncedValue(search, 300);
 * const invites = useUserInvites({ search: debounced });
 * ```
 */
export function useDebouncedValue<T>(value: T, delayMs = 300): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}
