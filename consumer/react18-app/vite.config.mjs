import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  // Under node_modules: the repository's lint, format and git leave the build alone.
  build: { outDir: 'node_modules/.host-build', emptyOutDir: true },
  // The host's own tests: jsdom, on the in-memory backend.
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.tsx'],
    setupFiles: ['src/setupTests.ts'],
  },
});
