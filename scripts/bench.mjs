// `npm run bench`: what the library costs, in one table. Bundle sizes are measured on the built
// package, bundled and minified the way a host's app would bundle it (peers and the Radix dialog
// external, as in the size budgets); live status, big paste and the table run the real code
// (jsdom with fake timers, and Chromium).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const external = [...Object.keys(pkg.peerDependencies), '@radix-ui/react-dialog'];

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

// The same bundling as the size budgets (`.size-limit.cjs`): esbuild, minified, ESM.
async function bundle(source, leftOut = external) {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    external: leftOut.flatMap((name) => [name, `${name}/*`]),
  });
  return Buffer.from(result.outputFiles.map((file) => file.text).join('\n'));
}

const bundles = [];
for (const [name, source, leftOut] of imports)
  bundles.push([name, sizes(await bundle(source, leftOut))]);
bundles.push(['`invite-widgets/styles.css`', sizes(readFileSync(join(dist, 'styles.css')))]);

mkdirSync(join(root, '.bench-results'), { recursive: true });
// The measurements run as tests, whatever NODE_ENV the caller set.
const testEnv = { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };
delete testEnv.NODE_ENV;
const measured = spawnSync(
  'npx',
  ['vitest', 'run', '--project', 'bench', '--project', 'bench-chromium', '--reporter=dot'],
  {
    cwd: root,
    env: testEnv,
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
if (measured.status !== 0) {
  console.error('A measurement failed: npx vitest run --project bench --project bench-chromium');
  process.exit(1);
}
const read = (name) => JSON.parse(readFileSync(join(root, '.bench-results', name), 'utf8'));
const live = read('live-status.json');
const paste = read('paste-render.json');
const table = read('table.json');
const n = (value) => value.toLocaleString('en-US');

const rows = bundles.map(([name, size]) => [
  `bundle: ${name}, gzip / brotli`,
  `${kb(size.gzip)} / ${kb(size.brotli)}`,
]);
for (const row of live) {
  rows.push([
    `requests per minute to keep ${n(row.invites)} pending invite${row.invites === 1 ? '' : 's'} live (5 s interval)`,
    `${row.polling} polling (${row.pollingPerComponent} with one component per invite), ${row.subscribing} subscribing; seed's per-email polling: ${n(row.seed)}`,
  ]);
}
rows.push([
  `parse + render ${n(paste.count)} pasted addresses in InviteForm, Chromium, median of ${paste.runs}`,
  `parse ${paste.parseMs.toFixed(1)} ms; paste event to painted frame ${paste.pasteToPaintMs.toFixed(1)} ms`,
]);
rows.push([
  `render a ${table.rows}-row UserInvitesTable page, data in hand, Chromium, median of ${table.runs}`,
  `${table.renderMs.toFixed(1)} ms to the painted frame`,
]);
rows.push([
  `requests while typing "${table.word}" into the table's search (${table.letters} letters, 120 ms apart)`,
  `${table.listRequests} search${table.prefetchRequests ? ` + ${table.prefetchRequests} next-page prefetch` : ''}`,
]);

const machine = `Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}`;
console.log(`\nnpm run bench on ${machine}\n`);
console.log('| measure | result |');
console.log('| --- | --- |');
for (const [measure, result] of rows) console.log(`| ${measure} | ${result} |`);
