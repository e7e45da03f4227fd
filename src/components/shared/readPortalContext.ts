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
 * class (Tailwind, shadcn/ui), else a container that declares `color-scheme: dark`; and the
 * nearest `dir`. A page-wide theme (on `<html>` or `<body>`) reaches portals anyway.
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
  if (element.closest('.dark')) return { theme: 'dark', dir };
  const scheme = getComputedStyle(element).colorScheme.split(/\s+/);
  const onlyDark = scheme.includes('dark') && !scheme.includes('light');
  return { theme: onlyDark ? 'dark' : undefined, dir };
}
