// Shared by the browser benchmarks.

/** The middle value: steadier than a mean on a shared machine. */
export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Resolves after the next frame has been painted. */
export const nextPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Measure as a browser runs the code: Testing Library switches React's act() mode on in its own
 * beforeAll, so this switches it off after it.
 */
export function measureOutsideAct() {
  beforeAll(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  });
}
