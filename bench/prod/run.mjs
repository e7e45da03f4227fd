// The production measurements of `npm run bench`: pages bundled by esbuild from the built
// package (dist/, as a host's bundler sees it) with React's production build, minified, driven
// in Chromium by Playwright. Writes .bench-results/prod.json.
//
//   node bench/prod/run.mjs           (after `npx vite build`; builds dist/ if it is missing)
//   node bench/prod/run.mjs --quick   (a smoke run: too few runs for figures)
/* global console, process, setTimeout, URL */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright';

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');
const quick = process.argv.includes('--quick');
const RUNS = quick
  ? { tableRender: [1, 2], paste: [1, 2], interactions: [1, 2] }
  : { tableRender: [5, 15], paste: [3, 10], interactions: [3, 10] };
RUNS.counting = [1, 3];
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Everything stops by itself, whatever hangs (the browser goes with this process).
const LIMIT_MS = 240_000;
setTimeout(() => {
  console.error(`bench/prod: gave up after ${LIMIT_MS / 1000} s`);
  process.exit(1);
}, LIMIT_MS).unref();

const log = (message) => console.error(`bench/prod: ${message}`);
const loadAverage = () => Number(os.loadavg()[0].toFixed(2));
const loadBefore = loadAverage();

if (!existsSync(join(dist, 'index.js'))) {
  spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
}
if (!existsSync(join(dist, 'index.js'))) throw new Error('no dist/index.js: run npx vite build');

// The package by its name, resolved to what it builds to (never src/). Two builds of the same
// pages: React's production build, which is what a host ships and what every figure is timed
// on; and its profiling build, in which <Profiler> reports commits, to count them (its
// per-fiber timers would add more to a table of 2,000 fibers than to the plain one).
const resolveAsHost = (profiling) => ({
  name: 'resolve-as-host',
  setup(builder) {
    const targets = {
      'invite-widgets': join(dist, 'index.js'),
      'invite-widgets/memory': join(dist, 'memory.js'),
    };
    builder.onResolve({ filter: /^invite-widgets(\/memory)?$/ }, (args) => ({
      path: targets[args.path],
    }));
    if (!profiling) return;
    builder.onResolve({ filter: /^react-dom\/client$/ }, async (args) => {
      const resolved = await builder.resolve('react-dom/profiling', {
        kind: args.kind,
        resolveDir: args.resolveDir,
      });
      return { path: resolved.path, errors: resolved.errors };
    });
  },
});
const bundle = async (entryPoints, profiling) => {
  const bundled = await build({
    entryPoints,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    // dist/index.js imports its (empty) CSS chunk; the page links dist/styles.css itself.
    loader: { '.css': 'empty' },
    plugins: [resolveAsHost(profiling)],
    outdir: 'out',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(bundled.metafile.inputs);
  const fromSource = inputs.filter((path) => path.startsWith('src/'));
  if (fromSource.length > 0) throw new Error(`the page bundled source files: ${fromSource}`);
  const reactDom = profiling
    ? 'react-dom-profiling.profiling.js'
    : 'react-dom-client.production.js';
  for (const needed of ['dist/index.js', reactDom]) {
    if (!inputs.some((path) => path.endsWith(needed))) throw new Error(`${needed} is not bundled`);
  }
  if (!profiling && inputs.some((path) => path.includes('profiling'))) {
    throw new Error('the timed page bundled a profiling build of React');
  }
  if (inputs.some((path) => path.includes('.development.js'))) {
    throw new Error('a development build of React was bundled');
  }
  return (name) =>
    bundled.outputFiles.find((file) => relative('out', file.path).endsWith(`${name}.js`)).text;
};
const pages = { bench: join(import.meta.dirname, 'page.tsx') };
const timed = await bundle(pages, false);
const counting = await bundle({ ...pages, hook: join(import.meta.dirname, 'hook.ts') }, true);

const page = (script, withHook = false) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>invite-widgets bench</title>
<link rel="stylesheet" href="/styles.css">
<style>
  .plain-table { border-collapse: collapse; font: 14px system-ui, sans-serif; }
  .plain-table th, .plain-table td { padding: 4px 8px; border-bottom: 1px solid #ddd; text-align: start; }
</style>
</head>
<body>
${withHook ? '<script src="/hook.js"></script>\n' : ''}<script src="/${script}.js"></script>
</body>
</html>
`;
const files = new Map([
  ['/', ['text/html', page('bench')]],
  ['/counting.html', ['text/html', page('counting')]],
  ['/hook.html', ['text/html', page('counting', true)]],
  ['/bench.js', ['text/javascript', timed('bench')]],
  ['/counting.js', ['text/javascript', counting('bench')]],
  ['/hook.js', ['text/javascript', counting('hook')]],
  ['/styles.css', ['text/css', readFileSync(join(dist, 'styles.css'), 'utf8')]],
]);
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://127.0.0.1').pathname;
  const file = files.get(path);
  if (path === '/favicon.ico') {
    response.writeHead(204).end();
    return;
  }
  if (!file) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': `${file[0]}; charset=utf-8` }).end(file[1]);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
const chromiumVersion = browser.version();
const open = async (path) => {
  const tab = await browser.newPage();
  tab.on('pageerror', (error) => log(`page error: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') log(message.text());
  });
  await tab.goto(`${origin}${path}`);
  await tab.waitForFunction(() => globalThis.bench !== undefined);
  return tab;
};
const call = (tab, name, [warmups, runs] = []) =>
  tab.evaluate(([fn, options]) => globalThis.bench[fn](options), [name, { warmups, runs }]);

let raw;
try {
  // Timings on React's production build, as a host ships it: its <Profiler> reports nothing.
  let tab = await open('/');
  log(`table render, ${RUNS.tableRender.join(' warm-ups + ')} runs per side`);
  const tableRender = await call(tab, 'tableRender', RUNS.tableRender);
  log(`paste, ${RUNS.paste.join(' warm-ups + ')} runs`);
  const paste = await call(tab, 'paste', RUNS.paste);
  await tab.close();
  // The same mounts and pastes on the profiling build, untimed: their commits.
  tab = await open('/counting.html');
  log('commits of the table render and the paste, on the profiling build');
  const counted = {
    tableRender: await call(tab, 'tableRender', RUNS.counting),
    paste: await call(tab, 'paste', RUNS.counting),
  };
  await tab.close();
  // Interactions on a page with the hook, which counts re-rendered rows on the counting runs.
  tab = await open('/hook.html');
  log(`interactions, ${RUNS.interactions.join(' warm-ups + ')} runs each`);
  const interactions = await call(tab, 'interactions', RUNS.interactions);
  const searchRequests = await call(tab, 'searchRequests');
  await tab.close();
  raw = { tableRender, paste, interactions, searchRequests, counted };
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
}

// Medians, per figure.
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const round = (value) => Number(value.toFixed(2));
const FIGURES = ['total', 'script', 'microtasks', 'styleLayout', 'paintAndRest'];
const commitsText = (samples) => {
  const counts = new Map();
  for (const sample of samples) {
    const text = `${sample.commits}${sample.commits ? ` (${sample.phases.join(', ')})` : ''}`;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([text, n]) => (counts.size === 1 ? text : `${text} in ${n} runs`))
    .join('; ');
};
// Timed samples from the production build; commits from the same measure on the profiling
// build (the production build's <Profiler> reports none: checked, so the two never mix).
const summarize = (samples, countedSamples = samples) => ({
  runs: samples.length,
  ...Object.fromEntries(
    FIGURES.map((figure) => [figure, round(median(samples.map((s) => s[figure])))]),
  ),
  min: round(Math.min(...samples.map((s) => s.total))),
  max: round(Math.max(...samples.map((s) => s.total))),
  commits: commitsText(countedSamples),
  laterCommits: median(countedSamples.map((s) => s.laterCommits)),
});
const timedOnProduction = (samples, what) => {
  if (samples.some((sample) => sample.commits !== 0)) {
    throw new Error(`${what}: a Profiler reported commits on the production page`);
  }
  return samples;
};
const ratios = (value, baseline) =>
  Object.fromEntries(
    ['total', 'script', 'styleLayout'].map((figure) => [
      figure,
      round(value[figure] / baseline[figure]),
    ]),
  );
const interaction = ({ warmups, samples, counted }) => ({
  warmups,
  ...summarize(samples),
  renderedRows: counted.renderedRows,
  domRows: counted.domRows,
  countedCommits: commitsText([counted]),
});

// Runs of a pair ran back to back under the same load: the median of their ratios is steadier
// than the ratio of the medians when the machine's load drifts.
const pairedRatio = (values, baselines) =>
  round(median(values.map((value, index) => value.total / baselines[index].total)));

const { counted } = raw;
const table = summarize(
  timedOnProduction(raw.tableRender.table, 'table render'),
  counted.tableRender.table,
);
const tableBaseline = summarize(
  timedOnProduction(raw.tableRender.baseline, 'baseline render'),
  counted.tableRender.baseline,
);
const paste = summarize(timedOnProduction(raw.paste.paste, 'paste'), counted.paste.paste);
const textarea = summarize(
  timedOnProduction(raw.paste.textarea, 'textarea paste'),
  counted.paste.textarea,
);
const result = {
  machine: {
    node: process.version,
    cpu: os.cpus()[0]?.model ?? 'CPU',
    cores: os.cpus().length,
    chromium: chromiumVersion,
    loadAverage: { before: loadBefore, after: loadAverage() },
  },
  tableRender: {
    rows: 100,
    warmups: raw.tableRender.warmups,
    table,
    baseline: tableBaseline,
    ratio: ratios(table, tableBaseline),
    pairedRatio: pairedRatio(raw.tableRender.table, raw.tableRender.baseline),
  },
  // The mount once more, on the counting page: body rows re-rendered by each of its commits.
  mountRows: {
    renderedRows: raw.interactions.mount.renderedRows,
    commits: commitsText([raw.interactions.mount]),
  },
  interactions: Object.fromEntries(
    Object.entries(raw.interactions)
      .filter(([name]) => name !== 'mount')
      .map(([name, value]) => [name, interaction(value)]),
  ),
  paste: {
    count: raw.paste.count,
    warmups: raw.paste.warmups,
    parse: round(median(raw.paste.parse)),
    paste,
    typeOne: summarize(timedOnProduction(raw.paste.typeOne, 'typing'), counted.paste.typeOne),
    textarea,
    ratio: ratios(paste, textarea),
    pairedRatio: pairedRatio(raw.paste.paste, raw.paste.textarea),
  },
  searchRequests: raw.searchRequests,
  samples: raw,
};
mkdirSync(join(root, '.bench-results'), { recursive: true });
writeFileSync(join(root, '.bench-results', 'prod.json'), `${JSON.stringify(result, null, 2)}\n`);
log(`wrote .bench-results/prod.json (load average ${loadBefore} → ${loadAverage()})`);
