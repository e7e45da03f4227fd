// The bench page: run.mjs loads it (bundled for production from the built package) and calls
// these functions one after the other.
import { measureInteractions, measureSearchRequests } from './interactions';
import { measurePaste } from './paste';
import { measureTableRender } from './tableRender';

const bench = {
  tableRender: measureTableRender,
  paste: measurePaste,
  interactions: measureInteractions,
  searchRequests: measureSearchRequests,
};

declare global {
  interface Window {
    bench?: typeof bench;
  }
}

window.bench = bench;
