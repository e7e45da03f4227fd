// Packs the built package as a registry would serve it, and installs the tarball into the
// consumer app (consumer/node_modules/invite-widgets), so its test imports the package, not
// the source.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const packDir = mkdtempSync(join(os.tmpdir(), 'iw-pack-'));
execFileSync('npm', ['pack', '--silent', '--pack-destination', packDir], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
const tarball = readdirSync(packDir).find((file) => file.endsWith('.tgz'));
if (!tarball) throw new Error('npm pack produced no tarball');
const target = join(root, 'consumer/node_modules/invite-widgets');
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
execFileSync('tar', ['-xzf', join(packDir, tarball), '-C', target, '--strip-components=1']);
rmSync(packDir, { recursive: true, force: true });
console.log(`consumer/node_modules/invite-widgets <- ${tarball}`);
