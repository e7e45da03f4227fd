/// <reference types="vitest/config" />
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import dts from 'vite-plugin-dts';
import { defineConfig } from 'vite';
import { chromiumLaunchOptions } from './chromium.ts';
import type { BrowserCommandContext } from 'vitest/node';

const root = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  peerDependencies: Record<string, string>;
  dependencies: Record<string, string>;
};
const external = [...Object.keys(pkg.peerDependencies), ...Object.keys(pkg.dependencies)];

// One entry per file of a folder (`locales/de` -> src/locales/de.ts), none while it is absent.
const entriesOf = (folder: string, file: (name: string) => string) =>
  existsSync(`${root}src/${folder}`)
    ? Object.fromEntries(
        readdirSync(`${root}src/${folder}`)
          .filter((name) => !name.startsWith('.') && !name.endsWith('.test.ts'))
          .map((name) => name.replace(/\.tsx?$/, ''))
          .map((name) => [`${folder}/${name}`, `src/${folder}/${file(name)}`]),
      )
    : {};
// Each component is an entry of its own too (invite-widgets/UserInvitesTable), so a page that
// needs one never parses the others; `shared` is internal, Outbox ships in invite-widgets/memory,
// and a file beside the folders (preloadInviteWidgets) is a part of the main entry.
const componentEntries = Object.fromEntries(
  Object.entries(entriesOf('components', (name) => `${name}/index.ts`)).filter(
    ([key]) =>
      key !== 'components/shared' && key !== 'components/Outbox' && existsSync(`${root}src/${key}`),
  ),
);
const localeEntries = entriesOf('locales', (name) => `${name}.ts`);

const browser = (name: string) => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions }),
  instances: [{ browser: 'chromium' as const, name }],
  screenshotFailures: false,
});

export default defineConfig({
  // Examples and tests import the package by its name, as a host would; here it is the source.
  resolve: {
    alias: [
      { find: /^invite-widgets\/testing$/, replacement: `${root}src/testing.ts` },
      { find: /^invite-widgets\/better-auth$/, replacement: `${root}src/betterAuth.ts` },
      { find: /^invite-widgets\/memory$/, replacement: `${root}src/memory.ts` },
      { find: /^invite-widgets\/roq$/, replacement: `${root}src/roq.ts` },
      { find: /^invite-widgets$/, replacement: `${root}src/index.ts` },
    ],
  },
  plugins: [
    react(),
    dts({
      tsconfigPath: './tsconfig.build.json',
      entryRoot: 'src',
      bundleTypes: true,
    }),
  ],
  // Pre-bundled up front: a dependency found mid-run in the browser would reload it with a
  // second copy of React.
  optimizeDeps: {
    include: [
      'react',
      'react-dom',
      'react-dom/client',
      'react-dom/server',
      'react/jsx-dev-runtime',
      '@tanstack/react-query',
      '@radix-ui/react-dialog',
      '@radix-ui/react-dropdown-menu',
      '@testing-library/react',
      '@testing-library/user-event',
      'axe-core',
    ],
  },
  build: {
    lib: {
      entry: {
        index: 'src/index.ts',
        testing: 'src/testing.ts',
        betterAuth: 'src/betterAuth.ts',
        memory: 'src/memory.ts',
        roq: 'src/roq.ts',
        ...componentEntries,
        ...localeEntries,
      },
      formats: ['es'],
      cssFileName: 'styles',
    },
    sourcemap: true,
    // Readable names in dist: React DevTools, stack traces and a host's own minifier do better
    // with `UserInvitesTable` than with `e`; hosts minify their bundles anyway.
    minify: false,
    rolldownOptions: {
      external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
      },
    },
  },
  test: {
    // Two cores run jsdom, Chromium and Storybook side by side: leave room for load.
    testTimeout: 15_000,
    projects: [
      // The host app of the smoke test, with its own config (no alias to the source).
      'consumer/vitest.config.ts',
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup/unit.ts'],
          globals: true,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          // Component tests run here too: every behaviour is checked in jsdom and in Chromium.
          include: ['tests/browser/**/*.test.{ts,tsx}', 'tests/unit/components/**/*.test.tsx'],
          setupFiles: ['tests/setup/browser.ts'],
          globals: true,
          browser: {
            ...browser('browser-chromium'),
            commands: {
              // The Node side of tests/browser/restPush.browser.test.tsx (a REST server on
              // 127.0.0.1), loaded through Vitest when a test calls it, not with this config.
              restServer: async (context: BrowserCommandContext, ...args: unknown[]) => {
                const helper = await context.project.import<{
                  runRestServerCommand: (args: unknown[]) => unknown;
                }>(`${root}tests/helpers/restServer.ts`);
                return helper.runRestServerCommand(args);
              },
            },
          },
        },
      },
      {
        // `npm run bench` only: figures, not pass/fail checks.
        extends: true,
        test: {
          name: 'bench',
          environment: 'jsdom',
          include: ['bench/**/*.measure.tsx'],
          exclude: ['bench/**/*.browser.tsx'],
          globals: true,
        },
      },
      {
        // Type tests: checked by tsc, never run; they count as tests in the report.
        extends: true,
        test: {
          name: 'types',
          include: [],
          typecheck: {
            enabled: true,
            only: true,
            include: ['tests/types/**/*.test-d.ts'],
            tsconfig: './tsconfig.json',
            // tsc checks the whole project here; errors outside the type tests are the
            // typecheck step's to report, not a failure of these tests.
            ignoreSourceErrors: true,
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'package',
          environment: 'node',
          include: ['tests/package/**/*.test.ts'],
          globals: true,
        },
      },
      // Every story, in every theme, with axe (contrast included): light, dark, a brand theme;
      // and in Arabic, right to left: every story without a play function (a play's checks read
      // the English labels; each component's RightToLeft story plays in Arabic).
      ...(['light', 'dark', 'brand'] as const).map((theme) => ({
        extends: true as const,
        plugins: [storybookTest({ configDir: `${root}.storybook`, initialGlobals: { theme } })],
        test: {
          name: `storybook-${theme}`,
          browser: browser(
            theme === 'light' ? 'storybook-chromium' : `storybook-${theme}-chromium`,
          ),
        },
      })),
      {
        extends: true as const,
        plugins: [
          storybookTest({
            configDir: `${root}.storybook`,
            initialGlobals: { theme: 'light', locale: 'ar-EG' },
            tags: { exclude: ['play-fn'] },
          }),
        ],
        test: { name: 'storybook-arabic', browser: browser('storybook-arabic-chromium') },
      },
    ],
  },
});
