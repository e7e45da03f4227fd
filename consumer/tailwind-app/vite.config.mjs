import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: {
    // Under node_modules: the repository's lint, format and git leave the build alone.
    outDir: 'node_modules/.host-build',
    emptyOutDir: true,
    rolldownOptions: {
      input: { index: 'index.html', wrongOrder: 'wrong-order.html', shadcn: 'shadcn.html' },
    },
  },
});
