// Checks the built package (dist/), as a host's bundler and Next.js would see it.
// `npm test` builds before it runs the tests; alone: `npm run build && npx vitest run --project package`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

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
    expect(Object.keys(pkg.exports)).toEqual([
      '.',
      './testing',
      './memory',
      './roq',
      './better-auth',
      // One entry per component, so a page that imports one pays for one under any bundler.
      './AcceptInvite',
      './InviteDialog',
      './InviteForm',
      './InviteStatusBadge',
      './UserInvitesTable',
      './locales/*',
      './styles.css',
      './package.json',
    ]);
    for (const [entry, target] of Object.entries(pkg.exports)) {
      // A pattern entry is checked through one of the files it serves.
      const paths = (
        typeof target === 'string' ? [target] : Object.values(target as Record<string, string>)
      ).map((path) => path.replace('*', 'de'));
      if (typeof target !== 'string') expect(Object.keys(target as object)[0], entry).toBe('types');
      for (const path of paths)
        expect(existsSync(join(root, path)), `${entry} -> ${path}`).toBe(true);
    }
    expect(pkg.sideEffects).toEqual(['**/*.css']);
  });

  it('has one bundled .d.ts per entry and one CSS file', () => {
    const all = files(dist);
    expect(all.filter((file) => file.endsWith('.d.ts')).sort()).toEqual([
      'betterAuth.d.ts',
      'components/AcceptInvite.d.ts',
      'components/InviteDialog.d.ts',
      'components/InviteForm.d.ts',
      'components/InviteStatusBadge.d.ts',
      'components/UserInvitesTable.d.ts',
      'index.d.ts',
      'locales/ar.d.ts',
      'locales/de.d.ts',
      'locales/es.d.ts',
      'locales/fr.d.ts',
      'locales/ja.d.ts',
      'locales/pt-BR.d.ts',
      'locales/zh-CN.d.ts',
      'memory.d.ts',
      'roq.d.ts',
      'testing.d.ts',
    ]);
    expect(all.filter((file) => file.endsWith('.css'))).toEqual(['styles.css']);
    const css = readFileSync(join(dist, 'styles.css'), 'utf8');
    expect(css).toContain('@layer invite-widgets');
    expect(css).toContain('--iw-color-accent');
    expect(css).toContain('.iw-outbox-root');
    // Tokens must survive a host's CSS pipeline: no minifier helpers, and light-dark() only
    // inside its @supports block (a pipeline that rewrites it for older browsers then leaves the
    // forced themes, written out in full, intact).
    expect(css).not.toMatch(/lightningcss/);
    const outsideSupports = css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/@supports \(color: light-dark\([^)]*\)\)\s*\{(?:[^{}]|\{[^{}]*\})*\}/g, '');
    expect(css).toMatch(/light-dark\(/);
    expect(outsideSupports).not.toMatch(/light-dark\(/);
    expect(css).toMatch(/\[data-iw-theme=["']?dark["']?\]\s*\{[^}]*--iw-color-surface:\s*#16171b/);
  });

  it("keeps 'use client' on modules with hooks, and only there", () => {
    const js = files(dist).filter((file) => file.endsWith('.js'));
    const client = js.filter((file) =>
      /^(['"])use client\1/.test(readFileSync(join(dist, file), 'utf8')),
    );
    expect(client).toEqual(
      expect.arrayContaining([
        'react/InviteClientProvider.js',
        'components/Outbox/Outbox.js',
        'hooks/useMemoryOutbox.js',
      ]),
    );
    // React lives in react/, hooks/, components/ and the i18n hooks; the layers below are plain.
    for (const file of client)
      expect(file).toMatch(/^(hooks|components|react|i18n\/use(Invite|Area)I18n)/);
    expect(client).not.toContain('query/inviteKeys.js');
    expect(client).not.toContain('client/memory/createMemoryInviteClient.js');
    expect(client.filter((file) => /^(client|query|live)\//.test(file))).toEqual([]);
  });

  it('keeps better-auth out of every entry (it is only an optional peer)', () => {
    const js = files(dist).filter((file) => file.endsWith('.js'));
    for (const file of js)
      // Import statements only: the JSDoc examples kept in dist name the package on purpose.
      expect(readFileSync(join(dist, file), 'utf8'), file).not.toMatch(
        /^\s*(import|export)\b[^;]*?from ["']better-auth/m,
      );
    expect(pkg.peerDependenciesMeta['better-auth']).toEqual({ optional: true });
    expect(pkg.dependencies['better-auth']).toBeUndefined();
  });

  it('tree-shakes: a bundle of useSendInvites alone holds no table, form or message catalogue', async () => {
    const { build } = await import('esbuild');
    const result = await build({
      stdin: {
        contents: "export { useSendInvites, InviteClientProvider } from './dist/index.js';",
        resolveDir: root,
        loader: 'js',
      },
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      external: [
        'react',
        'react-dom',
        'react/jsx-runtime',
        '@tanstack/react-query',
        '@radix-ui/react-dialog',
      ],
    });
    const code = result.outputFiles[0]!.text;
    expect(code).toContain('sendUserInvites');
    for (const absent of [
      'invites-table',
      'invite-form',
      'Email addresses',
      'Resend invite to',
      'createMemoryInviteClient',
    ]) {
      expect(code, absent).not.toContain(absent);
    }
  });

  it('declares no `any` in its public types', () => {
    const types = readFileSync(join(dist, 'index.d.ts'), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    expect(types.match(/\bany\b/g) ?? []).toEqual([]);
  });

  it('imports by its own name and renders on a server, in plain Node with no DOM', () => {
    // A separate Node process: real package resolution through `exports`, no test runner.
    const script = `
      import { createElement } from 'react';
      import { renderToString } from 'react-dom/server';
      import { InviteClientProvider, inviteKeys } from 'invite-widgets';
      import { Outbox, createMemoryInviteClient } from 'invite-widgets/memory';
      if (typeof window !== 'undefined' || typeof document !== 'undefined') throw new Error('a DOM is defined');
      const client = createMemoryInviteClient({ seed: 2, seedCount: 4 });
      const html = renderToString(
        createElement(InviteClientProvider, { client, tenantId: client.tenantId, timeZone: 'UTC' }, createElement(Outbox)),
      );
      console.log(JSON.stringify({ html, email: client.sentEmails()[0].email, key: inviteKeys.all('t') }));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    const { html, email, key } = JSON.parse(run.stdout);
    expect(html).toContain('data-slot="outbox-root"');
    expect(html).toContain(email);
    expect(key).toEqual(['invite-widgets', 't']);
  });

  it('renders every component with renderToString in plain Node, touching no window or document', () => {
    const script = `
      import { createElement as h } from 'react';
      import { renderToString } from 'react-dom/server';
      // Plain Node has no DOM: an unguarded touch of one at import or render throws a ReferenceError.
      for (const name of ['window', 'document', 'sessionStorage']) {
        if (name in globalThis) throw new Error(name + ' exists in this Node');
      }
      const lib = { ...(await import('invite-widgets')), ...(await import('invite-widgets/memory')) };
      const client = lib.createMemoryInviteClient({ seed: 3, seedCount: 5, now: () => Date.parse('2026-03-01T00:00:00Z') });
      const components = {
        InviteForm: h(lib.InviteForm, { persistDraft: true }),
        InviteDialog: h(lib.InviteDialog),
        UserInvitesTable: h(lib.UserInvitesTable),
        InviteStatusBadge: h(lib.InviteStatusBadge, { status: 'accepted' }),
        AcceptInvite: h(lib.AcceptInvite, { token: 'tok' }),
        Outbox: h(lib.Outbox),
      };
      const out = {};
      for (const [name, element] of Object.entries(components)) {
        out[name] = renderToString(h(lib.InviteClientProvider, { client, tenantId: client.tenantId, timeZone: 'UTC' }, element));
      }
      console.log(JSON.stringify(out));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    const html = JSON.parse(run.stdout) as Record<string, string>;
    expect(html.InviteForm).toContain('Email addresses');
    expect(html.InviteDialog).toContain('Invite people');
    expect(html.UserInvitesTable).toContain('data-slot="invites-table-table"');
    expect(html.InviteStatusBadge).toContain('Accepted');
    expect(html.AcceptInvite).toContain('Checking your invite');
    expect(html.Outbox).toContain('data-slot="outbox-root"');
  });
});
