// The colour scheme in a host page (consumer/tailwind-app): the widgets follow what the page
// declares, not the operating system, unless the page opts in with data-iw-theme="system".
// Every host page, with the system emulated light and dark; axe's contrast rule on the page, the
// open dialog and a row's open menu. Screenshots land in $HOST_SHOTS_DIR when it is set.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastViolations, launchChromium, serveStatic, watchConsole } from './hostHarness';

const LIGHT = { text: 'rgb(26, 27, 31)', surface: 'rgb(255, 255, 255)' };
const DARK = { text: 'rgb(236, 236, 241)', surface: 'rgb(22, 23, 27)' };

type System = 'light' | 'dark';
const HOSTS: { host: string; expected: (system: System) => typeof LIGHT }[] = [
  { host: 'light', expected: () => LIGHT },
  { host: 'dark-class', expected: () => DARK },
  { host: 'dark-scheme', expected: () => DARK },
  { host: 'dark-attribute', expected: () => DARK },
  { host: 'system', expected: (system) => (system === 'dark' ? DARK : LIGHT) },
];

const shotsDir = process.env.HOST_SHOTS_DIR;
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([serveStatic('tailwind-app'), launchChromium()]);
  if (shotsDir) mkdirSync(shotsDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

function colorOf(page: Page, selector: string, property: 'color' | 'backgroundColor') {
  return page
    .locator(selector)
    .first()
    .evaluate((element, name) => getComputedStyle(element)[name], property);
}

describe.each(HOSTS)('a $host host page', ({ host, expected }) => {
  it.each(['light', 'dark'] as const)('with the system %s', async (system) => {
    const context = await browser.newContext({
      colorScheme: system,
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    const messages = watchConsole(page);
    await page.goto(`${server.url}/?host=${host}`);
    const table = page.getByRole('table', { name: 'Invites' });
    await table.getByRole('row').nth(2).waitFor();
    const want = expected(system);

    expect(await colorOf(page, '[data-slot="invite-form-root"]', 'color')).toBe(want.text);
    expect(await contrastViolations(page)).toEqual([]);
    if (shotsDir) await page.screenshot({ path: join(shotsDir, `${host}-system-${system}.png`) });

    await page.getByRole('button', { name: 'Invite people' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // The dialog draws its own surface, in the page's scheme.
    expect(await dialog.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
      want.surface,
    );
    expect(await contrastViolations(page)).toEqual([]);
    if (shotsDir) {
      await page.screenshot({ path: join(shotsDir, `${host}-system-${system}-dialog.png`) });
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // A row's menu (in a portal) draws its own surface too.
    await table
      .getByRole('button', { name: /^Actions for/ })
      .first()
      .click();
    const menu = page.getByRole('menu');
    await menu.waitFor();
    expect(await menu.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
      want.surface,
    );
    expect(await contrastViolations(page)).toEqual([]);
    expect(messages).toEqual([]);
    await context.close();
  });
});
