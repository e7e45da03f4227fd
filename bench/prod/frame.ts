// Timing one frame of work, from a trigger to the painted frame.
//
// The trigger runs at the start of a frame, inside a requestAnimationFrame callback, so no
// figure includes the wait for the next vsync (up to 16.7 ms, a random amount when work starts
// at a random moment). A second callback, registered in the same frame right after it, runs
// once the trigger's microtasks are done: the frame's JavaScript is over. There it forces style
// and layout (`document.body.offsetHeight`) and times that, then posts a task (setTimeout 0):
// that task runs after the browser has painted the frame (main-thread paint and commit to the
// compositor; rasterizing and showing the pixels happen off the main thread and are not
// counted).

export interface FrameTiming {
  /** When the trigger was called. */
  start: number;
  /** When the trigger returned (a render inside flushSync has committed by then). */
  returned: number;
  /** When the frame's JavaScript was done, microtasks included. */
  scriptDone: number;
  /** When forced style and layout were done. */
  laidOut: number;
  /** When the task after the painted frame ran. */
  painted: number;
}

export const now = () => performance.now();

export function measureFrame(trigger: () => void, onScriptDone?: () => void) {
  return new Promise<FrameTiming>((resolve, reject) => {
    let start = 0;
    let returned = 0;
    let failure: unknown = null;
    requestAnimationFrame(() => {
      start = now();
      try {
        trigger();
      } catch (error) {
        failure = error ?? new Error('trigger failed');
      }
      returned = now();
    });
    requestAnimationFrame(() => {
      const scriptDone = now();
      onScriptDone?.();
      void document.body.offsetHeight;
      const laidOut = now();
      setTimeout(() => {
        if (failure) reject(failure);
        else resolve({ start, returned, scriptDone, laidOut, painted: now() });
      }, 0);
    });
  });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves after the next painted frame (a frame callback, then a task). */
export const nextPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The middle value (upper middle for an even count): steadier than a mean on a shared machine. */
export const median = (values: number[]) =>
  values.length === 0 ? Number.NaN : [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** Waits until `lastActivity()` is at least `quietMs` old (and `minMs` have passed), or `maxMs`. */
export async function waitQuiet(
  lastActivity: () => number,
  { quietMs = 150, minMs = 0, maxMs = 3000 } = {},
) {
  const begin = now();
  for (;;) {
    const elapsed = now() - begin;
    if (elapsed >= maxMs) return;
    if (elapsed >= minMs && now() - lastActivity() >= quietMs) return;
    await sleep(25);
  }
}
