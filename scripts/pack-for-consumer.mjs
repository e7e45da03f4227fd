// Packs the built package as a registry would serve it (consumer/invite-widgets.tgz) and installs
// the tarball into every host app under consumer/, with the app's own locked dependencies, the
// way a person would: `npm install ./invite-widgets.tgz`. Nothing reads the source.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { hostApps } from '../consumer/hostApps.mjs';

const root = join(import.meta.dirname, '..');
const tarball = join(root, 'consumer/invite-widgets.tgz');
const packDir = mkdtempSync(join(os.tmpdir(), 'iw-pack-'));
execFileSync('npm', ['pack', '--silent', '--pack-destination', packDir], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
const packed = readdirSync(packDir).find((file) => file.endsWith('.tgz'));
if (!packed) throw new Error('npm pack produced no tarball');
renameSync(join(packDir, packed), tarball);
rmSync(packDir, { recursive: true, force: true });

// `npm ci` refuses these lockfiles (npm 11 leaves other platforms' optional binaries out of
// them); `npm install` with a lockfile installs the same versions, from the cache when it can.
for (const app of hostApps) {
  const started = Date.now();
  // The same version from a new tarball: npm would keep the old copy without this.
  rmSync(join(app.dir, 'node_modules/invite-widgets'), { recursive: true, force: true });
  execFileSync(
    'npm',
    [
      'install',
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
      tarball,
    ],
    { cwd: app.dir, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  console.log(`${app.name}: installed ${packed} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
