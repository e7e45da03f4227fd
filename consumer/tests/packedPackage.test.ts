// The tarball as the host apps installed it: readable names, one entry per component, locales.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { consumerDir } from './hostHarness';

const installed = join(consumerDir, 'next-app/node_modules/invite-widgets');
const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
  exports: Record<string, string | { types: string; default: string }>;
};
const COMPONENTS = [
  'AcceptInvite',
  'InviteDialog',
  'InviteForm',
  'InviteStatusBadge',
  'UserInvitesTable',
];

describe('the packed package, as installed in a host', () => {
  it('keeps the components’ names in dist (DevTools and stack traces show them)', () => {
    for (const name of COMPONENTS) {
      const file = join(installed, `dist/components/${name}/${name}.js`);
      expect(readFileSync(file, 'utf8')).toMatch(
        new RegExp(`\\bfunction ${name}\\(|\\b${name} = `),
      );
    }
  });

  it('has an entry per component, each a client module on its own', () => {
    for (const name of COMPONENTS) {
      const entry = manifest.exports[`./${name}`];
      expect(entry).toEqual({
        types: `./dist/components/${name}.d.ts`,
        default: `./dist/components/${name}.js`,
      });
      if (typeof entry !== 'object') continue;
      expect(existsSync(join(installed, entry.types))).toBe(true);
      // The entry re-exports the component's own module, which starts with 'use client'.
      const target = /from "\.\/(.+?)"/.exec(readFileSync(join(installed, entry.default), 'utf8'));
      expect(target).not.toBeNull();
      const module = readFileSync(join(installed, 'dist/components', target![1]!), 'utf8');
      expect(module.startsWith('"use client"')).toBe(true);
    }
  });

  it('maps invite-widgets/locales/<code> to the built catalogs', () => {
    expect(manifest.exports['./locales/*']).toEqual({
      types: './dist/locales/*.d.ts',
      default: './dist/locales/*.js',
    });
  });

  it.runIf(existsSync(join(consumerDir, '../src/locales/de.ts')))(
    'resolves invite-widgets/locales/de from a host, with its types',
    async () => {
      // Node's own resolution through the exports map, from inside a host app.
      const resolved = createRequire(join(consumerDir, 'next-app/package.json')).resolve(
        'invite-widgets/locales/de',
      );
      expect(resolved).toBe(join(installed, 'dist/locales/de.js'));
      expect(existsSync(join(installed, 'dist/locales/de.d.ts'))).toBe(true);
      const de = (await import(pathToFileURL(resolved).href)) as {
        default: Record<string, unknown>;
      };
      expect(de.default['status.pending']).toEqual(expect.any(String));
    },
  );
});
