// Commits as React's <Profiler> reports them (the profiling build keeps onRender in production;
// the production build, on which renders are timed, reports none),
// and interactions measured from a trigger to the frame that paints their last commit.
import type { ProfilerOnRenderCallback } from 'react';
import { countRenderedRows, watchRowMutations, type FiberRoot } from './fibers';
import { measureFrame, now, waitQuiet, type FrameTiming } from './frame';

export interface Commit {
  id: string;
  phase: string;
  at: number;
}

const listeners = new Set<(commit: Commit) => void>();

/** Pass to every <Profiler> of the pages. */
export const onRender: ProfilerOnRenderCallback = (id, phase) => {
  const commit = { id, phase, at: now() };
  for (const listener of [...listeners]) listener(commit);
};

/** Records the commits of Profiler `id` until `stop()`. */
export function recordCommits(id: string) {
  const commits: Commit[] = [];
  const listener = (commit: Commit) => {
    if (commit.id === id) commits.push(commit);
  };
  listeners.add(listener);
  return {
    commits,
    lastAt: () => commits.at(-1)?.at ?? 0,
    stop: () => listeners.delete(listener),
  };
}

export interface InteractionSample extends FrameTiming {
  /** Commits of the Profiler during the trigger's frame. */
  frameCommits: Commit[];
  /** Commits after that frame (followed until quiet), when followed. */
  laterCommits: Commit[];
  /** The task after the frame that painted the last of `laterCommits`. */
  lastPainted: number;
  /** Counting runs only: body rows re-rendered per commit, and rows whose DOM changed. */
  renderedRows?: number[];
  domRows?: number;
}

export interface InteractionOptions {
  /** Follow commits after the trigger's frame until 150 ms pass without one. */
  follow: boolean;
  /** Count rows (slower): the container of the React root holding the table. */
  countIn?: Element;
}

/**
 * Runs `trigger` at the start of a frame (see frame.ts) and follows the commits of Profiler
 * `id`: those in the trigger's frame, and, with `follow`, the later ones (each later commit is
 * painted in the frame after it: a frame callback, then a task, marks that paint).
 */
export async function measureInteraction(
  id: string,
  trigger: () => void,
  { follow, countIn }: InteractionOptions,
): Promise<InteractionSample> {
  const frameCommits: Commit[] = [];
  const laterCommits: Commit[] = [];
  let inFrame = true;
  let lastPainted = 0;
  const listener = (commit: Commit) => {
    if (commit.id !== id) return;
    if (inFrame) {
      frameCommits.push(commit);
      return;
    }
    if (!follow) return;
    laterCommits.push(commit);
    requestAnimationFrame(() =>
      setTimeout(() => {
        lastPainted = now();
      }, 0),
    );
  };

  const renderedRows: number[] = [];
  const rows = countIn ? watchRowMutations(countIn) : undefined;
  if (countIn) {
    window.benchOnCommitFiberRoot = (root: FiberRoot) => {
      if (root.containerInfo === countIn) renderedRows.push(countRenderedRows(root));
    };
  }

  listeners.add(listener);
  const frame = await measureFrame(trigger, () => {
    inFrame = false;
  });
  if (follow) {
    await waitQuiet(() => Math.max(laterCommits.at(-1)?.at ?? 0, lastPainted, frame.painted));
  }
  listeners.delete(listener);
  const domRows = rows?.stop();
  window.benchOnCommitFiberRoot = undefined;
  if (countIn && renderedRows.length === 0 && frameCommits.length + laterCommits.length > 0) {
    throw new Error('React committed but the DevTools hook saw no commit: is the hook loaded?');
  }
  return {
    ...frame,
    frameCommits,
    laterCommits,
    lastPainted: Math.max(lastPainted, frame.painted),
    ...(countIn ? { renderedRows, domRows } : {}),
  };
}
