// Checks the built package (dist/), as a host's bundler and Next.js would see it.
// `npm test` builds before it runs the tests; alone: `npm run build && npx vitest run --project package`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

const root = join(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [relative(dist, path)];
  });
}

beforeAll(() => {
  if (!existsSync(join(dist, 'index.js')))
    throw new Error('dist/ is missing: run `npm run build` first.');
});

describe('the built package', () => {
  it('is ESM only, and every export points at a built file, types first', () => {
    expect(pkg.type).toBe('module');
    expect(Object.keys(pkg.exports)).toEqual(['.', './testing', './styles.css', './package.json']);
    for (const [entry, target] of Object.entries(pkg.exports)) {
      const paths =
        typeof target === 'string' ? [target] : Object.values(target as Record<string, string>);
      if (typeof target !== 'string') expect(Object.keys(target as object)[0], entry).toBe('types');
      for (const path of paths)
        expect(existsSync(join(root, path)), `${entry} -> ${path}`).toBe(true);
    }
    expect(pkg.sideEffects).toEqual(['**/*.css']);
  });

  it('has one bundled .d.ts per entry and one CSS file', () => {
    const all = files(dist);
    expect(all.filter((file) => file.endsWith('.d.ts')).sort()).toEqual([
      'index.d.ts',
      'testing.d.ts',
    ]);
    expect(all.filter((file) => file.endsWith('.css'))).toEqual(['styles.css']);
    const css = readFileSync(join(dist, 'styles.css'), 'utf8');
    expect(css).toContain('@layer invite-widgets');
    expect(css).toContain('--iw-color-accent');
    expect(css).toContain('.iw-outbox-root');
  });

  it("keeps 'use client' on modules with hooks, and only there", () => {
    const js = files(dist).filter((file) => file.endsWith('.js'));
    const client = js.filter((file) =>
      /^(['"])use client\1/.test(readFileSync(join(dist, file), 'utf8')),
    );
    expect(client).toEqual(
      expect.arrayContaining([
        'client/InviteClientProvider.js',
        'components/Outbox/Outbox.js',
        'hooks/useMemoryOutbox.js',
      ]),
    );
    for (const file of client)
      expect(file).toMatch(/^(hooks|components|client\/InviteClientProvider)/);
    expect(client).not.toContain('query/inviteKeys.js');
    expect(client).not.toContain('client/memory/createMemoryInviteClient.js');
  });

  it('declares no `any` in its public types', () => {
    const types = readFileSync(join(dist, 'index.d.ts'), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    expect(types.match(/\bany\b/g) ?? []).toEqual([]);
  });

  it('imports and renders on a server with no DOM', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const lib = await import(join(dist, 'index.js'));
    const client = lib.createMemoryInviteClient({ seed: 2, seedCount: 4 });
    const html = renderToString(
      createElement(
        lib.InviteClientProvider,
        { client, tenantId: client.tenantId, timeZone: 'UTC' },
        createElement(lib.Outbox),
      ),
    );
    expect(html).toContain('data-slot="outbox-root"');
    expect(html).toContain(client.sentEmails()[0].email);
  });
});
