/**
 * What a portal (a dialog, a menu) must carry from where it was opened, since it renders under
 * `<body>`, outside the host's themed and directed containers: the theme and the direction.
 */
export interface PortalContext {
  /** `dark` or `light` (or `system`) when the opener sits in a themed container. */
  theme?: string;
  dir?: string;
}

/**
 * Reads the theme and direction around `element`: a `data-iw-theme` attribute, else a `dark`
 * class (Tailwind, shadcn/ui) on a container inside the page, else such a container that
 * declares `color-scheme: dark`; and the nearest `dir`. A page-wide theme (on `<html>` or
 * `<body>`) reaches portals by itself, with the host's own variables, so it is not carried.
 *
 * @example
 * ```ts
 * const { theme, dir } = readPortalContext(triggerRef.current);
 * <div data-iw-theme={theme} dir={dir}>…portal content…</div>
 * ```
 */
export function readPortalContext(element: Element | null | undefined): PortalContext {
  if (!element) return {};
  const dir = element.closest('[dir]')?.getAttribute('dir') ?? undefined;
  const themed = element.closest('[data-iw-theme]')?.getAttribute('data-iw-theme');
  if (themed) return { theme: themed, dir };
  // A theme set on the whole page reaches the portal by itself (with the host's own variables
  // for it, such as shadcn/ui's under `.dark`); only a nested one needs carrying.
  const page = (node: Element | null) =>
    node === null || node === document.documentElement || node === document.body;
  if (!page(element.closest('.dark'))) return { theme: 'dark', dir };
  const scheme = (node: Element) => getComputedStyle(node).colorScheme.split(/\s+/);
  const own = scheme(element);
  const onlyDark = own.includes('dark') && !own.includes('light');
  const pageDark =
    [document.documentElement, document.body].some((node) => node.classList.contains('dark')) ||
    scheme(document.body).includes('dark');
  return { theme: onlyDark && !pageDark ? 'dark' : undefined, dir };
}
