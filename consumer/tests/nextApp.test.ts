// The Next.js App Router host (consumer/next-app), built with `next build` and served by
// `next start`: server prefetch and hydration, the dialog, the accept page, a clean console.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumerDir, launchChromium, startNext, watchConsole } from './hostHarness';

interface Backend {
  userInvites(params: { tenantId: string; limit: number }): Promise<{
    data: { email: string; status: string }[];
  }>;
  sentEmails(): { email: string; token: string }[];
}
// The app's own backend module, on the app's installed tarball.
const { createInviteBackend, TENANT_ID } = (await import(
  pathToFileURL(join(consumerDir, 'next-app/lib/inviteBackend.js')).href
)) as { createInviteBackend: () => Backend; TENANT_ID: string };

let server: Awaited<ReturnType<typeof startNext>>;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startNext(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  server?.stop();
});

describe('Next.js App Router host', () => {
  it('sends the invites in the server HTML, and hydrates them without a warning', async () => {
    const { data } = await createInviteBackend().userInvites({ tenantId: TENANT_ID, limit: 5 });
    const html = await (await fetch(`${server.url}/settings`)).text();
    expect(data.length).toBeGreaterThan(0);
    for (const invite of data) expect(html).toContain(invite.email);

    // A browser in another zone and language than the server: the provider's timeZone and
    // locale must make both print the same text.
    const context = await browser.newContext({ timezoneId: 'Pacific/Auckland', locale: 'de-DE' });
    const page = await context.newPage();
    const messages = watchConsole(page);
    await page.goto(`${server.url}/settings`, { waitUntil: 'networkidle' });
    const table = page.getByRole('table', { name: 'Invites' });
    await expect(table.getByText(data[0]!.email).isVisible()).resolves.toBe(true);
    // Hydrated: the trigger opens the dialog (no click handler before hydration).
    await page.getByRole('button', { name: 'Invite people' }).click();
    await page.getByRole('dialog').waitFor();
    // React reports a hydration mismatch as an error (#418 in production) after hydrating.
    await page.waitForTimeout(500);
    expect(messages).toEqual([]);
    await context.close();
  });

  it('sends an invite from the dialog, and the row appears', async () => {
    const page = await browser.newPage();
    const messages = watchConsole(page);
    await page.goto(`${server.url}/settings`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Invite people' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Email addresses' }).fill('grace@example.com ');
    await dialog.getByRole('button', { name: 'Send invite' }).click();
    const row = page.getByRole('table', { name: 'Invites' }).getByText('grace@example.com');
    await row.waitFor();
    expect(await row.isVisible()).toBe(true);
    expect(messages).toEqual([]);
    await page.close();
  });

  it('accepts an invite from the link, with the token from searchParams', async () => {
    const [email] = createInviteBackend().sentEmails();
    expect(email).toBeDefined();
    const page = await browser.newPage();
    const messages = watchConsole(page);
    await page.goto(`${server.url}/invite?token=${encodeURIComponent(email!.token)}`);
    // The invitee sees which team and which address, before answering.
    await page.getByRole('button', { name: 'Accept invite' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('Acme');
    expect(await page.getByText(email!.email).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Accept invite' }).click();
    // The client component's onAccepted navigates with the App Router.
    await page.waitForURL(`${server.url}/welcome`);
    expect(await page.getByRole('heading', { name: 'Welcome to Acme' }).isVisible()).toBe(true);
    expect(messages).toEqual([]);
    await page.close();
  });

  it('tells an unknown token apart, on the same page', async () => {
    const page = await browser.newPage();
    const messages = watchConsole(page);
    await page.goto(`${server.url}/invite?token=not-a-token`);
    await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Loading' }).waitFor();
    await expect(page.getByRole('button', { name: 'Accept invite' }).count()).resolves.toBe(0);
    expect(messages).toEqual([]);
    await page.close();
  });
});
