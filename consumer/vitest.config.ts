// The consumer app's own config: no alias to the source, so 'invite-widgets' resolves to
// consumer/node_modules/invite-widgets, the unpacked tarball.
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from '../chromium.ts';

export default defineConfig({
  plugins: [react()],
  optimizeDeps: {
    include: [
      'react',
      'react-dom',
      'react-dom/client',
      '@tanstack/react-query',
      '@radix-ui/react-dialog',
      'clsx',
      '@testing-library/react',
      '@testing-library/user-event',
    ],
  },
  test: {
    name: 'consumer',
    include: ['**/*.test.tsx'],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: chromiumLaunchOptions }),
      instances: [{ browser: 'chromium', name: 'consumer-chromium' }],
      screenshotFailures: false,
    },
  },
});
