// What the page hands back to run.mjs (and run.mjs writes to .bench-results/prod.json).

/** One measured run; times in milliseconds from the trigger (see frame.ts). */
export interface Sample {
  /** Trigger to the painted frame (after the last followed commit, where followed). */
  total: number;
  /** The trigger's own JavaScript (for a mount: `flushSync(() => root.render(…))`). */
  script: number;
  /** JavaScript in microtasks after the trigger, before the frame's style and layout. */
  microtasks: number;
  /** Forced style recalculation and layout. */
  styleLayout: number;
  /**
   * From layout to the task after the painted frame: pre-paint, paint, layerize, the commit to
   * the compositor, and the hop to that task.
   */
  paintAndRest: number;
  /** Profiler commits of the measured root, and how many came after the trigger's frame. */
  commits: number;
  laterCommits: number;
  phases: string[];
  /** Counting runs only: body rows re-rendered per commit, and rows whose DOM changed. */
  renderedRows?: number[];
  domRows?: number;
}

export interface TableRenderResult {
  warmups: number;
  table: Sample[];
  baseline: Sample[];
}

export interface InteractionResult {
  warmups: number;
  samples: Sample[];
  /** One more run with rows counted (slower: not timed). */
  counted: Sample;
}

export interface InteractionsResult {
  /** The table's mount on the counting page (rows counted; timed by TableRenderResult). */
  mount: Sample;
  select: InteractionResult;
  liveStatus: InteractionResult;
  cooldownTick: InteractionResult;
  searchKeystroke: InteractionResult;
}

export interface SearchRequestsResult {
  word: string;
  letters: number;
  listRequests: number;
  prefetchRequests: number;
}

export interface PasteResult {
  count: number;
  warmups: number;
  paste: Sample[];
  typeOne: Sample[];
  textarea: Sample[];
  parse: number[];
}
