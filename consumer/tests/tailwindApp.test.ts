// The Vite + Tailwind v4 host (consumer/tailwind-app): with the README's layer order the widgets'
// defaults survive Tailwind's reset and the host's utilities beat the defaults. The same page
// with the old order (wrong-order.html) shows what the order prevents.
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastViolations, launchChromium, serveStatic, watchConsole } from './hostHarness';

let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([serveStatic('tailwind-app'), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function open(path: string): Promise<{ page: Page; messages: string[] }> {
  const page = await browser.newPage();
  const messages = watchConsole(page);
  await page.goto(`${server.url}${path}`);
  await page.getByRole('table', { name: 'Invites' }).getByRole('row').nth(2).waitFor();
  return { page, messages };
}

/** The computed styles a person would notice on a button. */
function buttonLook(page: Page, name: string | RegExp) {
  return page.getByRole('button', { name }).evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      background: style.backgroundColor,
      paddingLeft: style.paddingLeft,
      borderTopWidth: style.borderTopWidth,
      radius: style.borderTopLeftRadius,
    };
  });
}

function firstCellPadding(page: Page) {
  return page
    .getByRole('table', { name: 'Invites' })
    .locator('td')
    .first()
    .evaluate((cell) => getComputedStyle(cell).paddingLeft);
}

describe('Vite + Tailwind v4 host', () => {
  it('keeps the default styles above Tailwind’s reset, in the order the README gives', async () => {
    const { page, messages } = await open('/');
    await page
      .getByRole('textbox', { name: 'Email addresses' })
      .pressSequentially('ada@example.com ');
    // The primary button: accent background, padding, border and radius from invite-widgets.
    expect(await buttonLook(page, /^Send invite/)).toEqual({
      background: 'rgb(58, 65, 198)',
      paddingLeft: '12px',
      borderTopWidth: '1px',
      radius: '8px',
    });
    expect(await firstCellPadding(page)).not.toBe('0px');
    expect(messages).toEqual([]);
    await page.close();
  });

  it('lets utilities in className and classNames win over the defaults', async () => {
    const { page, messages } = await open('/');
    // classNames.trigger = 'rounded-none border-0 bg-emerald-800 px-8 text-white'
    const trigger = await buttonLook(page, 'Invite people');
    expect(trigger).toEqual({
      background: expect.stringMatching(/^(oklch\(0\.432 0\.095 166\.9\d*\)|rgb\(0, 95, 70\))$/),
      paddingLeft: '32px',
      borderTopWidth: '0px',
      radius: '0px',
    });
    // className = 'rounded-2xl' on the form's root.
    const radius = await page
      .locator('[data-slot="invite-form-root"]')
      .evaluate((element) => getComputedStyle(element).borderTopLeftRadius);
    expect(radius).toBe('16px');
    expect(messages).toEqual([]);
    await page.close();
  });

  it('loses the defaults with the old order (the check can fail)', async () => {
    const { page } = await open('/wrong-order.html');
    await page
      .getByRole('textbox', { name: 'Email addresses' })
      .pressSequentially('ada@example.com ');
    const look = await buttonLook(page, /^Send invite/);
    expect(look.background).toBe('rgba(0, 0, 0, 0)');
    expect(look.paddingLeft).toBe('0px');
    expect(await firstCellPadding(page)).toBe('0px');
    await page.close();
  });
});

describe('Vite + Tailwind v4 host with shadcn/ui’s theme variables mapped to --iw-*', () => {
  it.each(['', '?dark'])('follows shadcn’s palette (%s)', async (query) => {
    const { page, messages } = await open(`/shadcn.html${query}`);
    // What shadcn's own variables compute to on this page, light or dark.
    const shadcn = await page.evaluate(() => {
      const probe = document.createElement('div');
      document.body.append(probe);
      const read = (name: string) => {
        probe.style.color = `var(${name})`;
        return getComputedStyle(probe).color;
      };
      const colors = { background: read('--background'), primary: read('--primary') };
      probe.remove();
      return colors;
    });
    expect((await buttonLook(page, /^Send invite/)).background).toBe(shadcn.primary);
    await page.getByRole('button', { name: 'Invite people' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
      shadcn.background,
    );
    expect(await contrastViolations(page)).toEqual([]);
    if (process.env.HOST_SHOTS_DIR) {
      await page.screenshot({
        path: `${process.env.HOST_SHOTS_DIR}/shadcn${query ? '-dark' : '-light'}-dialog.png`,
      });
    }
    expect(messages).toEqual([]);
    await page.close();
  });
});
