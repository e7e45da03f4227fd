import { joinClassNames, type SlotProps } from '../../theme/slots';

/**
 * A part's slot props with the `className` given to the part itself added, so a host can
 * style one part by its prop as well as through the root's `classNames`.
 *
 * @example
 * ```tsx
 * <p {...props} {...slotWithClassName(slot('hint'), props.className)} />
 * ```
 */
export function slotWithClassName(own: SlotProps, className: string | undefined): SlotProps {
  return { ...own, className: joinClassNames(own.className, className) };
}
