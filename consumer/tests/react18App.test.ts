// The Vite + React 18.3 host (consumer/react18-app), built with React 18.3.1 and typechecked
// against @types/react 18 by consumer/buildHostApps.mjs: the settings page and the invitee's page.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumerDir, launchChromium, serveStatic, watchConsole } from './hostHarness';

let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([serveStatic('react18-app'), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('Vite + React 18.3 host', () => {
  it('bundles React 18.3.1, not the React 19 of the library’s own tree', () => {
    const installed = JSON.parse(
      readFileSync(join(consumerDir, 'react18-app/node_modules/react/package.json'), 'utf8'),
    ) as { version: string };
    expect(installed.version).toBe('18.3.1');
    const assets = join(consumerDir, 'react18-app/node_modules/.host-build/assets');
    const bundle = readdirSync(assets)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(assets, file), 'utf8'))
      .join('\n');
    // React's version string is in its bundle; asserted as booleans to keep failures short.
    expect(/["'`]18\.3\.1["'`]/.test(bundle)).toBe(true);
    expect(/["'`]19\.\d+\.\d+["'`]/.test(bundle)).toBe(false);
  });

  it('lists, sends from the dialog and accepts, with a clean console', async () => {
    const page = await browser.newPage();
    const messages = watchConsole(page);
    await page.goto(server.url);
    const table = page.getByRole('table', { name: 'Invites' });
    await table.getByRole('row').nth(2).waitFor();

    await page.getByRole('button', { name: 'Invite people' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Email addresses' }).fill('linus@example.com ');
    await dialog.getByRole('button', { name: 'Send invite' }).click();
    await table.getByText('linus@example.com').waitFor();

    await page.getByRole('button', { name: 'Accept invite' }).click();
    await page.getByRole('status').filter({ hasText: 'Joined as' }).waitFor();
    expect(messages).toEqual([]);
    await page.close();
  });
});

describe('the React 18 host’s own tests, on the in-memory backend', () => {
  it('pass, with no warning from React', () => {
    const run = spawnSync('npx', ['vitest', 'run', '--reporter=json'], {
      cwd: join(consumerDir, 'react18-app'),
      encoding: 'utf8',
    });
    const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as {
      numPassedTests: number;
      numFailedTests: number;
      testResults: {
        name: string;
        status: string;
        message: string;
        assertionResults: { fullName: string; status: string; failureMessages: string[] }[];
      }[];
    };
    // A failure names the host's test (or its file, when it could not even load) and the first
    // line of why, not only the counts.
    const firstLine = (text: string | undefined) => text?.split('\n')[0];
    const failures = report.testResults.flatMap((file) => [
      ...(file.status === 'failed' && file.message
        ? [`${file.name}: ${firstLine(file.message)}`]
        : []),
      ...file.assertionResults
        .filter((test) => test.status !== 'passed')
        .map((test) => `${test.fullName}: ${firstLine(test.failureMessages[0]) ?? test.status}`),
    ]);
    expect(failures).toEqual([]);
    expect(report).toMatchObject({ numPassedTests: 2, numFailedTests: 0 });
    expect(run.stderr).not.toMatch(/Warning|not wrapped in act/);
  });
});
