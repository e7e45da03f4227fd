// `npm run bench`: what the library costs, measured on the built package.
// Bundle size: each import is bundled and minified the way a host's app would bundle it,
// with the peers (react, react-dom, @tanstack/react-query) and dependencies external.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const external = [...Object.keys(pkg.peerDependencies), ...Object.keys(pkg.dependencies), 'vitest'];

// Always measure what the source builds to now.
spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
if (!existsSync(join(dist, 'index.js'))) throw new Error('vite build produced no dist/index.js');

const imports = [
  ['everything (`invite-widgets`)', `export * from '${dist}/index.js';`],
  [
    'provider + keys + list options',
    `export { InviteClientProvider, inviteKeys, userInvitesQueryOptions } from '${dist}/index.js';`,
  ],
  [
    'every hook',
    `export { useSendInvites, useInviteStatus, useCancelInvite, useResendInvite, useUserInvites, useUserInvite, useUpdateInvite, useRoles, useAcceptInvite, useDeclineInvite, useDebouncedValue, InviteClientProvider } from '${dist}/index.js';`,
  ],
  [
    'useSendInvites + provider',
    `export { useSendInvites, InviteClientProvider } from '${dist}/index.js';`,
  ],
  ['createMemoryInviteClient', `export { createMemoryInviteClient } from '${dist}/index.js';`],
  ['<Outbox />', `export { Outbox } from '${dist}/index.js';`],
  ['`invite-widgets/testing`', `export * from '${dist}/testing.js';`],
];

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;
const sizes = (buffer) => ({
  raw: buffer.length,
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
    const code = chunks
      .filter((chunk) => chunk.type === 'chunk')
      .map((chunk) => chunk.code)
      .join('\n');
    return Buffer.from(code);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const rows = [];
for (const [name, source] of imports) rows.push([name, sizes(await bundle(source))]);
rows.push(['`invite-widgets/styles.css`', sizes(readFileSync(join(dist, 'styles.css')))]);

console.log(
  `\nBundle size (minified; peers and dependencies external) — Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}\n`,
);
console.log('| import | minified | gzip | brotli |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, size] of rows)
  console.log(`| ${name} | ${kb(size.raw)} | ${kb(size.gzip)} | ${kb(size.brotli)} |`);

// Live status: the real hooks, driven with fake timers for one simulated minute.
// vite's build() above set NODE_ENV=production in this process; the tests run as tests.
const testEnv = { ...process.env };
delete testEnv.NODE_ENV;
mkdirSync(join(root, '.bench-results'), { recursive: true });
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
const live = JSON.parse(readFileSync(join(root, '.bench-results/live-status.json'), 'utf8'));
console.log(
  '\nRequests per minute to keep N pending invites up to date (5 s interval, page visible)\n',
);
console.log(
  '| N invites | seed guide: one poll per email | useInviteStatus, polling (one component) | polling, one component per invite | useInviteStatus, subscribing client |',
);
console.log('| ---: | ---: | ---: | ---: | ---: |');
for (const row of live) {
  console.log(
    `| ${row.invites} | ${row.seed} | ${row.polling} | ${row.pollingPerComponent} | ${row.subscribing} |`,
  );
}

const paste = JSON.parse(readFileSync(join(root, '.bench-results/paste-render.json'), 'utf8'));
console.log(`\nBig paste in InviteForm (Chromium, median of ${paste.runs} runs)\n`);
console.log('| addresses | parse | paste event to painted frame |');
console.log('| ---: | ---: | ---: |');
console.log(
  `| ${paste.count.toLocaleString('en-US')} | ${paste.parseMs.toFixed(1)} ms | ${paste.pasteToPaintMs.toFixed(1)} ms |`,
);

const tableBench = JSON.parse(readFileSync(join(root, '.bench-results/table.json'), 'utf8'));
console.log(`\nUserInvitesTable (Chromium)\n`);
console.log('| measure | result |');
console.log('| --- | ---: |');
console.log(
  `| render of a ${tableBench.rows}-row page, data in hand, to the painted frame (median of ${tableBench.runs}) | ${tableBench.renderMs.toFixed(1)} ms |`,
);
console.log(
  `| requests while typing "${tableBench.word}" (${tableBench.letters} letters, 120 ms apart) | ${tableBench.listRequests} search + ${tableBench.prefetchRequests} next-page prefetch |`,
);
