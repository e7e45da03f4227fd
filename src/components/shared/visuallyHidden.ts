import type { CSSProperties } from 'react';

/**
 * Hides an element from sight but not from assistive technology or focus (a native file input
 * behind its styled label). Inline, so it holds with `unstyled` too.
 *
 * @example
 * ```tsx
 * <label className="button"><input type="file" style={visuallyHidden} /> Upload</label>
 * ```
 */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  border: 0,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
};
