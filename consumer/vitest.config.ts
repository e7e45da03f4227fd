// The host apps' tests: Node drives Debian's Chromium (Playwright) against the apps built from
// the packed tarball. No alias to the source: a test that imports an app's module resolves
// 'invite-widgets' from that app's node_modules.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'consumer-hosts',
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Each file starts a server and a browser; two cores are shared with the rest of npm test.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
