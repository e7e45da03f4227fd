// What every host-app test needs: the built app served on a local port, Debian's Chromium, the
// page's console, and axe. The apps are built by consumer/buildHostApps.mjs beforehand.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { AxeResults, RunOptions } from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright';
import { chromiumLaunchOptions } from '../../chromium.ts';

export const consumerDir = join(import.meta.dirname, '..');
const axeSource = join(consumerDir, '../node_modules/axe-core/axe.min.js');

function assertBuilt(output: string) {
  if (!existsSync(output)) {
    throw new Error(
      `${output} is missing: run \`node scripts/pack-for-consumer.mjs && node consumer/buildHostApps.mjs\``,
    );
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/** Serves a Vite build on 127.0.0.1 (a free port), as any static host would. */
export async function serveStatic(app: string): Promise<{ url: string; close: () => void }> {
  const root = join(consumerDir, app, 'node_modules/.host-build');
  assertBuilt(root);
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(root, path === '/' ? 'index.html' : path);
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/** `next start` on a free port; resolves once the app answers. */
export async function startNext(): Promise<{ url: string; stop: () => void }> {
  const dir = join(consumerDir, 'next-app');
  assertBuilt(join(dir, 'node_modules/.next-build'));
  const port = 4100 + Math.floor(Math.random() * 800);
  const child: ChildProcess = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
    { cwd: dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: 'pipe' },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/welcome`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill();
      throw new Error(`next start did not answer on ${url}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, stop: () => child.kill() };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

/** Every console error and warning of the page, and every uncaught error, as text. */
export function watchConsole(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      messages.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  return messages;
}

/** axe's colour-contrast rule on what the page shows now (open dialogs included). */
export async function contrastViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync(axeSource, 'utf8') });
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> };
    };
    const result = await axe.run(document, { runOnly: ['color-contrast'] });
    return result.violations.flatMap((violation) =>
      violation.nodes.map(
        (node) => `${violation.id}: ${node.target.join(' ')} ${node.failureSummary ?? ''}`,
      ),
    );
  });
}
