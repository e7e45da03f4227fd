import type { SlotProps } from '../../theme/slots';

/**
 * Wraps a `slot(name)` function so that it hands back the same props object for the same part:
 * a page of rows asks for each part's classes a hundred times, and the answer only changes with
 * the styling props (a new `createSlots` then, and a new cache with it).
 *
 * @example
 * ```ts
 * const slot = cachedSlots(createSlots('invites-table', { classNames }));
 * slot('cell') === slot('cell'); // true
 * ```
 */
export function cachedSlots<Slot extends string>(
  slot: (name: Slot, defaultClassName?: string) => SlotProps,
): (name: Slot, defaultClassName?: string) => SlotProps {
  const made = new Map<string, SlotProps>();
  return (name, defaultClassName) => {
    const key = defaultClassName ? `${name} ${defaultClassName}` : name;
    let props = made.get(key);
    if (!props) {
      props = slot(name, defaultClassName);
      made.set(key, props);
    }
    return props;
  };
}
