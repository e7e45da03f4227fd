// Loaded before React, on the interactions page only: a stand-in for the DevTools global hook,
// so that React hands every committed tree to the bench (to count the table rows a commit
// re-rendered). It does nothing else; with it present the profiling build also times every
// fiber, a small cost the other pages do not pay.
import type { FiberRoot } from './fibers';

declare global {
  interface Window {
    /** Set by the page while it counts rows. */
    benchOnCommitFiberRoot?: (root: FiberRoot) => void;
  }
}

Object.defineProperty(window, '__REACT_DEVTOOLS_GLOBAL_HOOK__', {
  configurable: true,
  value: {
    isDisabled: false,
    supportsFiber: true,
    renderers: new Map<number, unknown>(),
    inject(renderer: unknown) {
      this.renderers.set(1, renderer);
      return 1;
    },
    onCommitFiberRoot(_id: number, root: FiberRoot) {
      window.benchOnCommitFiberRoot?.(root);
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    setStrictMode() {},
    checkDCE() {},
  },
});
