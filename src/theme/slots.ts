/**
 * The styling surface every component shares.
 *
 * @example
 * ```tsx
 * <Outbox className="my-outbox" classNames={{ item: 'my-row' }} />
 * <Outbox unstyled />
 * ```
 */
export interface StylingProps<Slot extends string> {
  /** Added to the root element. */
  className?: string;
  /** Added to each named part. */
  classNames?: Partial<Record<Slot, string>>;
  /** Drops every default class (and so every default style); `data-slot` and state attributes stay. */
  unstyled?: boolean;
}

/**
 * The props a part receives from {@link createSlots}.
 *
 * @example
 * ```tsx
 * <li {...slot('item')} data-status={invite.status} />
 * ```
 */
export interface SlotProps {
  'data-slot': string;
  className: string | undefined;
}

/**
 * Builds the `slot(name)` function a component spreads on each of its parts: it gives the
 * part a stable `data-slot` (`outbox-item`), the default classes (`iw-outbox-item`, unless
 * `unstyled`), the host's `classNames[name]`, and on the root the host's `className`.
 *
 * @example
 * ```tsx
 * const slot = createSlots<'root' | 'item'>('outbox', props);
 * return <ul {...slot('root')}><li {...slot('item', 'iw-button')} /></ul>;
 * ```
 */
export function createSlots<Slot extends string>(
  component: string,
  props: StylingProps<Slot>,
): (name: Slot, defaultClassName?: string) => SlotProps {
  return (name, defaultClassName) => {
    const isRoot = name === 'root';
    return {
      'data-slot': `${component}-${name}`,
      className: joinClassNames(
        !props.unstyled && `iw-${component}-${name}`,
        !props.unstyled && isRoot && 'iw-root',
        !props.unstyled && defaultClassName,
        isRoot && props.className,
        props.classNames?.[name],
      ),
    };
  };
}

/**
 * Class names joined with spaces, the empty and false ones left out; `undefined` when none is
 * left, so React writes no `class` attribute.
 *
 * @example
 * ```ts
 * joinClassNames('iw-button', isPrimary && 'iw-primary', undefined); // 'iw-button'
 * ```
 */
export function joinClassNames(
  ...names: (string | false | null | undefined)[]
): string | undefined {
  return names.filter(Boolean).join(' ') || undefined;
}
