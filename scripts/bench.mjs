// `npm run bench`: what the library costs, in one table. Bundle sizes are measured on the built
// package, bundled and minified the way a host's app would bundle it (peers and the Radix dialog
// external, as in the size budgets); live status runs the real code in jsdom with fake timers;
// the table, its interactions and the big paste run in Chromium on a production bundle of the
// built package (bench/prod/run.mjs), each beside a plain hand-written baseline where one exists.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// Radix as the size budgets count it: a host that already has it.
const external = [
  ...Object.keys(pkg.peerDependencies),
  ...Object.keys(pkg.dependencies).filter((name) => name.startsWith('@radix-ui/')),
];

// Always measure what the source builds to now.
spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
if (!existsSync(join(dist, 'index.js'))) throw new Error('vite build produced no dist/index.js');

// Each bundle imports what it names and uses it, as a host's app does (and as size-limit does).
const use = (names, file) => `import { ${names} } from '${dist}/${file}'; console.log(${names});`;
const useAll = (file) => `import * as all from '${dist}/${file}'; console.log(all);`;
// The budgeted imports (every hook, every component) come from the size budgets themselves.
const budgets = createRequire(import.meta.url)('../.size-limit.cjs').filter(
  (entry) => entry.import,
);
// A budget names what it leaves out (`ignore`); the other rows leave out the peers and Radix.
const imports = [
  ['everything (`invite-widgets`)', useAll('index.js')],
  ...budgets.map((entry) => [
    entry.name,
    use(entry.import.replace(/[{}]/g, ''), 'index.js'),
    entry.ignore,
    entry.modifyEsbuildConfig,
  ]),
  ['`useSendInvites` + provider', use('useSendInvites, InviteClientProvider', 'index.js')],
  ['`invite-widgets/memory`', useAll('memory.js')],
  ['`invite-widgets/testing`', useAll('testing.js')],
  ['`invite-widgets/roq`', useAll('roq.js')],
  ['`invite-widgets/better-auth`', useAll('betterAuth.js')],
];

// kB = 1000 bytes, as size-limit counts.
const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const sizes = (buffer) => ({
  gzip: gzipSync(buffer, { level: 9 }).length,
  brotli: brotliCompressSync(buffer).length,
});

// The same bundling as the size budgets (`.size-limit.cjs`): esbuild, minified, ESM; a budget
// "on load" leaves out what the page fetches on demand, as it does there.
async function bundle(source, leftOut = external, modify = (config) => config) {
  const result = await build(
    modify({
      stdin: { contents: source, resolveDir: root, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
      external: leftOut.flatMap((name) => [name, `${name}/*`]),
    }),
  );
  return Buffer.from(result.outputFiles.map((file) => file.text).join('\n'));
}

const bundles = [];
for (const [name, source, leftOut, modify] of imports)
  bundles.push([name, sizes(await bundle(source, leftOut, modify))]);
// The stylesheet minified, as a host's bundler serves it (dist keeps its comments).
const { code: css } = await transform(readFileSync(join(dist, 'styles.css'), 'utf8'), {
  loader: 'css',
  minify: true,
});
bundles.push(['`invite-widgets/styles.css`, minified', sizes(Buffer.from(css))]);

mkdirSync(join(root, '.bench-results'), { recursive: true });
// The measurements run as tests, whatever NODE_ENV the caller set.
const testEnv = { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };
delete testEnv.NODE_ENV;
const measured = spawnSync('npx', ['vitest', 'run', '--project', 'bench', '--reporter=dot'], {
  cwd: root,
  env: testEnv,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (measured.status !== 0) {
  console.error('A measurement failed: npx vitest run --project bench');
  process.exit(1);
}
// Production timings: React's production build (its profiling build only counts commits), never
// Vitest's browser mode, which
// serves React's development build.
const production = spawnSync(process.execPath, [join(root, 'bench', 'prod', 'run.mjs')], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
});
if (production.status !== 0) {
  console.error('A measurement failed: node bench/prod/run.mjs');
  process.exit(1);
}
const read = (name) => JSON.parse(readFileSync(join(root, '.bench-results', name), 'utf8'));
const live = read('live-status.json');
const prod = read('prod.json');
const n = (value) => value.toLocaleString('en-US');

const rows = bundles.map(([name, size]) => [
  `bundle: ${name}, gzip / brotli`,
  `${kb(size.gzip)} / ${kb(size.brotli)}`,
]);
for (const row of live) {
  const { chunked, delta, push, seed } = row;
  rows.push([
    `requests per minute to keep ${n(row.invites)} pending invite${row.invites === 1 ? '' : 's'} live, backend paging ${row.pageSize} (5 s interval)`,
    `${n(chunked.perMinute)} asking by id, ${n(delta.perMinute)} asking what changed (\`updatedAfter\`), ${n(push.perMinute)} with push; seed's per-email polling: ${n(seed.perMinute)}` +
      ` (in the first 5 s, before that minute: ${n(chunked.startUp)} by id / ${n(delta.startUp)} what changed, catch-up included / ${n(push.startUp)} push)`,
  ]);
}
// Production rows: measure | result | baseline | ratio | commits | JS / style+layout / paint.
const ms = (value) => `${value.toFixed(1)} ms`;
const ratio = (value) => `${value.toFixed(2)}×`;
const split = (sample) =>
  `JS ${ms(sample.script)}${sample.microtasks >= 0.5 ? ` + ${ms(sample.microtasks)} in microtasks` : ''} / style+layout ${ms(sample.styleLayout)} / paint ${ms(sample.paintAndRest)}`;
const withMin = (summary) => `${ms(summary.total)} (min ${ms(summary.min)})`;
const ratios = (summary) =>
  `${ratio(summary.pairedRatio)} (ratio of medians ${ratio(summary.ratio.total)})`;
const rowsTouched = ({ renderedRows, domRows }) =>
  `${renderedRows.join(' + ')} rows re-rendered, ${domRows} changed in the DOM`;
const { tableRender, interactions, paste } = prod;
const runsText = (summary, warmups) => `median of ${summary.runs} after ${warmups} warm-ups`;
rows.push(
  [
    `render a 100-row UserInvitesTable page, data in the cache, mount → painted frame; baseline: a plain 100-row \`<table>\`, interleaved (${runsText(tableRender.table, tableRender.warmups)})`,
    withMin(tableRender.table),
    withMin(tableRender.baseline),
    ratios(tableRender),
    `${tableRender.table.commits}, ${prod.mountRows.renderedRows.join(' + ')} rows re-rendered (baseline ${tableRender.baseline.commits})`,
    `${split(tableRender.table)} (baseline ${split(tableRender.baseline)})`,
  ],
  [
    '… of which JavaScript: `flushSync(() => root.render(…))`, mount to commit',
    ms(tableRender.table.script),
    ms(tableRender.baseline.script),
    ratio(tableRender.ratio.script),
  ],
  [
    '… of which style + layout, forced after the commit',
    ms(tableRender.table.styleLayout),
    ms(tableRender.baseline.styleLayout),
    ratio(tableRender.ratio.styleLayout),
  ],
);
const INTERACTIONS = [
  ['select', "select one row's checkbox (click)"],
  ['liveStatus', 'a pending invite is accepted in the backend, the table hears it (push)'],
  ['cooldownTick', "one 1-second tick of a resend cooldown (the row's button counts down)"],
  [
    'searchKeystroke',
    'type one letter into the search box (the keystroke, not the debounced fetch)',
  ],
];
for (const [key, what] of INTERACTIONS) {
  const sample = interactions[key];
  rows.push([
    `100-row table: ${what}, event → painted frame (${runsText(sample, sample.warmups)})`,
    ms(sample.total),
    '—',
    '—',
    `${sample.commits}; ${rowsTouched(sample)}`,
    split(sample),
  ]);
}
rows.push(
  [
    `InviteForm: paste ${n(paste.count)} addresses, paste event → painted frame; baseline: a plain \`<textarea>\` taking the same paste (${runsText(paste.paste, paste.warmups)})`,
    withMin(paste.paste),
    withMin(paste.textarea),
    ratios(paste),
    `${paste.paste.commits} (textarea ${paste.textarea.commits})`,
    `${split(paste.paste)} (textarea ${split(paste.textarea)}); parseInviteList alone ${ms(paste.parse)}`,
  ],
  [
    `InviteForm: type one character with ${n(paste.count)} entries, input event → painted frame (${runsText(paste.typeOne, paste.warmups)})`,
    ms(paste.typeOne.total),
    '—',
    '—',
    paste.typeOne.commits,
    split(paste.typeOne),
  ],
);
const search = prod.searchRequests;
rows.push([
  `requests while typing "${search.word}" into the table's search (${search.letters} letters, 120 ms apart)`,
  `${search.listRequests} search${search.prefetchRequests ? ` + ${search.prefetchRequests} next-page prefetch` : ''}`,
]);

const cpus = os.cpus();
const { machine: browserMachine } = prod;
const machine = `Node ${process.version}, ${cpus[0]?.model ?? 'CPU'} × ${cpus.length}`;
console.log(`\nnpm run bench on ${machine}`);
console.log(
  `Chromium ${browserMachine.chromium} headless; 1-minute load average ${browserMachine.loadAverage.before} → ${browserMachine.loadAverage.after} during the production timings\n`,
);
const HEAD = ['measure', 'result', 'baseline', 'ratio', 'commits', 'JS / style+layout / paint'];
console.log(`| ${HEAD.join(' | ')} |`);
console.log(`|${' --- |'.repeat(HEAD.length)}`);
for (const row of rows) {
  const cells = [...row, ...Array(HEAD.length - row.length).fill('')];
  console.log(`| ${cells.join(' | ')} |`);
}
console.log(
  "\nProduction rows: esbuild bundle of dist/ (minified, NODE_ENV=production); render and paste timed on React's production build and their commits counted on its profiling build; interactions timed and counted on the profiling build with a DevTools hook stand-in, medians (min: the fastest run); " +
    'each trigger runs at the start of a frame, "painted" is the task after the frame that paints its last commit; ' +
    'ratio: median of the ratios of runs taken in pairs. JS / style+layout / paint split the first frame: ' +
    'script until its microtasks drain, forced style and layout, then pre-paint, paint and the commit to the compositor.',
);
