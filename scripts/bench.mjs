// `npm run bench`: what the library costs, in one table. Bundle sizes are measured on the built
// package, bundled and minified the way a host's app would bundle it (peers and dependencies
// external); live status, big paste and the table run the real code (jsdom with fake timers,
// and Chromium).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const external = [...Object.keys(pkg.peerDependencies), ...Object.keys(pkg.dependencies)];

// Always measure what the source builds to now.
spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
if (!existsSync(join(dist, 'index.js'))) throw new Error('vite build produced no dist/index.js');

const HOOKS =
  'InviteClientProvider, useSendInvites, useInviteStatus, useCancelInvite, useResendInvite, useUserInvites, useUserInvite, useUpdateInvite, useRoles, useAcceptInvite, useDeclineInvite, useDebouncedValue';
const COMPONENTS =
  'InviteClientProvider, InviteForm, InviteDialog, UserInvitesTable, InviteStatusBadge, AcceptInvite, Outbox';
const imports = [
  ['everything (`invite-widgets`)', `export * from '${dist}/index.js';`],
  ['every hook + provider', `export { ${HOOKS} } from '${dist}/index.js';`],
  [
    '`useSendInvites` + provider',
    `export { useSendInvites, InviteClientProvider } from '${dist}/index.js';`,
  ],
  ['every component', `export { ${COMPONENTS} } from '${dist}/index.js';`],
  ['`createMemoryInviteClient`', `export { createMemoryInviteClient } from '${dist}/index.js';`],
  ['`invite-widgets/testing`', `export * from '${dist}/testing.js';`],
  ['`invite-widgets/better-auth`', `export * from '${dist}/betterAuth.js';`],
];

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;
const sizes = (buffer) => ({
  gzip: gzipSync(buffer, { level: 9 }).length,
  brotli: brotliCompressSync(buffer).length,
});

async function bundle(source) {
  const dir = mkdtempSync(join(os.tmpdir(), 'iw-bench-'));
  const entry = join(dir, 'entry.js');
  writeFileSync(entry, source);
  try {
    const output = await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: true,
        lib: { entry, formats: ['es'], fileName: 'bundle' },
        rolldownOptions: {
          external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
        },
      },
    });
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
    return Buffer.from(
      chunks
        .filter((chunk) => chunk.type === 'chunk')
        .map((chunk) => chunk.code)
        .join('\n'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const bundles = [];
for (const [name, source] of imports) bundles.push([name, sizes(await bundle(source))]);
bundles.push(['`invite-widgets/styles.css`', sizes(readFileSync(join(dist, 'styles.css')))]);

mkdirSync(join(root, '.bench-results'), { recursive: true });
// vite's build() above set NODE_ENV=production in this process; the measurements run as tests.
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
