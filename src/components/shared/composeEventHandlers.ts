/**
 * One handler from a host's and a part's own: the host's runs first, and the part's only when
 * the host did not call `event.preventDefault()`, so a host can opt out of a part's behaviour.
 *
 * @example
 * ```tsx
 * <button {...props} onClick={composeEventHandlers(props.onClick, () => remove(key))} />
 * ```
 */
export function composeEventHandlers<Event extends { defaultPrevented: boolean }>(
  theirs: ((event: Event) => void) | undefined,
  ours: (event: Event) => void,
): (event: Event) => void {
  return (event) => {
    theirs?.(event);
    if (!event.defaultPrevented) ours(event);
  };
}
