// Builds every host app from the tarball installed by scripts/pack-for-consumer.mjs, as its
// owner would (`next build`, `vite build`, and the React 18 app's own typecheck), offline.
/* global process, console */
import { spawnSync } from 'node:child_process';
import { hostApps } from './hostApps.mjs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
let failed = false;
for (const app of hostApps) {
  for (const [command, ...args] of app.build) {
    const started = Date.now();
    const { status } = spawnSync(command, args, { cwd: app.dir, stdio: 'inherit', env });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `${status === 0 ? '✓' : '✗'} ${app.name}: ${[command, ...args].join(' ')} (${seconds} s)`,
    );
    if (status !== 0) failed = true;
  }
}
process.exit(failed ? 1 : 0);
