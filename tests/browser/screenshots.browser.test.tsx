// Screenshot tests: the stories, rendered in Chromium at fixed viewport sizes with the clock
// fixed, compared with the reference images in ./__screenshots__/screenshots.browser.test.tsx/.
//
// After an intended visual change, regenerate the references with one command and review the
// new images before committing them:
//
//   npx vitest run --project browser-chromium tests/browser/screenshots.browser.test.tsx --update
//
// (add `-t "Team settings"` to regenerate only those). The references are made with Debian's
// Chromium and its fonts; another browser build or font set renders text differently.
import { composeStories, composeStory } from '@storybook/react-vite';
import type { ProjectAnnotations } from 'storybook/internal/types';
import type { ReactRenderer } from '@storybook/react-vite';
import { page } from 'vitest/browser';
import preview from '../../.storybook/preview';
import * as acceptInviteStories from '../../stories/AcceptInvite.stories';
import * as inviteDialogStories from '../../stories/InviteDialog.stories';
import * as teamSettingsStories from '../../stories/TeamSettings.stories';
import * as tableStories from '../../stories/UserInvitesTable.stories';
import '../../.storybook/preview.css';

// A fixed clock: relative dates ("Expires in 7 days", "2 days ago") and the memory backend's
// seeded dates come out the same on every run. Only Date is faked; timers stay real.
const NOW = new Date('2026-03-02T10:00:00Z');

// Anti-aliasing of text may differ by a shade between runs: a pixel counts as different past a
// colour distance of 0.2, and up to 0.2 % of pixels may differ. A layout shift of a few pixels
// moves every glyph and border after it, far more than that.
const TOLERANCE = {
  comparatorName: 'pixelmatch',
  comparatorOptions: { threshold: 0.2, allowedMismatchedPixelRatio: 0.002 },
  timeout: 10_000,
} as const;

type Theme = 'light' | 'dark';

/** The project's annotations with the theme of the toolbar set to `theme`. */
const annotations = (theme: Theme): ProjectAnnotations<ReactRenderer> => ({
  ...preview,
  initialGlobals: { ...preview.initialGlobals, theme },
});

let canvas: HTMLElement | undefined;
let stillness: HTMLStyleElement | undefined;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  document.body.style.margin = '0';
  // A spinner never holds still; neither does a blinking caret.
  stillness = document.head.appendChild(document.createElement('style'));
  stillness.textContent =
    '*, *::before, *::after { animation: none !important; caret-color: transparent !important; transition: none !important; }';
});

afterEach(() => {
  canvas?.remove();
  stillness?.remove();
  vi.useRealTimers();
});

/**
 * Sets the test frame's viewport. Vitest scales the frame down to fit the browser window
 * (1280x720); a scaled frame renders text at another size and cuts off what lies below the
 * window, so the scale is undone: screenshots show the page at its real size.
 */
async function resize(width: number, height: number) {
  await page.viewport(width, height);
  const frame = window.frameElement?.parentElement;
  if (frame) frame.style.transform = 'none';
}

/** Runs a story (loaders, decorators, play) in a fresh canvas at the given viewport. */
async function show(
  story: { run: (context?: { canvasElement?: HTMLElement }) => Promise<void> },
  [width, height]: readonly [number, number],
) {
  await resize(width, height);
  canvas = document.body.appendChild(document.createElement('div'));
  // One screen: a frame paints only what lies inside its viewport, so a screenshot shows what
  // a person sees at this size, scrolled where the test says.
  canvas.style.cssText = `height: ${height}px; overflow: hidden`;
  await story.run({ canvasElement: canvas });
  return canvas;
}

const PHONE = [390, 844] as const;
const TABLET = [768, 1024] as const;
const DESKTOP = [1280, 800] as const;

describe('AcceptInvite screenshots', () => {
  const light = composeStories(acceptInviteStories, annotations('light'));
  const dark = composeStories(acceptInviteStories, annotations('dark'));
  const states = [
    'Ready',
    'WithLogo',
    'WithoutPreview',
    'Loading',
    'ConfirmDecline',
    'Accepted',
    'Declined',
    'Expired',
    'AlreadyAccepted',
    'AlreadyDeclined',
    'Canceled',
    'InvalidToken',
    'OtherAccount',
    'Unavailable',
    'NetworkError',
    'Refused',
    'RightToLeft',
  ] as const;

  it.each(states)('%s, on a phone', async (name) => {
    const element = await show(light[name], PHONE);
    await expect
      .element(page.elementLocator(element))
      .toMatchScreenshot(`accept-${name}-phone`, TOLERANCE);
  });

  it.each([
    ['light', 'desktop', light, DESKTOP],
    ['light', 'tablet', light, TABLET],
    ['dark', 'desktop', dark, DESKTOP],
    ['dark', 'phone', dark, PHONE],
  ] as const)('Ready, %s, on a %s', async (theme, size, stories, viewport) => {
    const element = await show(stories.Ready, viewport);
    await expect
      .element(page.elementLocator(element))
      .toMatchScreenshot(`accept-Ready-${theme}-${size}`, TOLERANCE);
  });

  it('Expired, dark, on a phone', async () => {
    const element = await show(dark.Expired, PHONE);
    await expect
      .element(page.elementLocator(element))
      .toMatchScreenshot('accept-Expired-dark-phone', TOLERANCE);
  });
});

describe('Team settings screenshots', () => {
  // The demo's backend answers after 80-250 ms, drawn at random: here it answers at once, so
  // every run lays out the same data in the same order.
  const story = {
    ...teamSettingsStories.TeamSettings,
    parameters: { memory: { ...teamSettingsStories.default.parameters.memory, latencyMs: 0 } },
  };
  const themes = {
    light: { TeamSettings: composeStory(story, teamSettingsStories.default, annotations('light')) },
    dark: { TeamSettings: composeStory(story, teamSettingsStories.default, annotations('dark')) },
  };

  /** Shows the page once its table has rows. */
  async function showPage(theme: Theme, viewport: readonly [number, number]) {
    const element = await show(themes[theme].TeamSettings, viewport);
    await expect.element(page.getByRole('table', { name: 'Invites' })).toBeVisible();
    await expect
      .poll(() => element.querySelectorAll('tbody tr').length, { timeout: 5000 })
      .toBeGreaterThan(1);
    return element;
  }

  it.each([
    ['light', 'desktop', DESKTOP],
    ['light', 'phone', PHONE],
    ['light', 'tablet', TABLET],
    ['dark', 'desktop', DESKTOP],
    ['dark', 'phone', PHONE],
  ] as const)('%s, on a %s', async (theme, size, viewport) => {
    const element = await showPage(theme, viewport);
    await expect
      .element(page.elementLocator(element))
      .toMatchScreenshot(`team-settings-${theme}-${size}`, TOLERANCE);
  });

  it.each(['light', 'dark'] as const)(
    '%s, on a phone: the outbox below the page, nothing covered',
    async (theme) => {
      const element = await showPage(theme, PHONE);
      const main = element.querySelector('main')!.getBoundingClientRect();
      const outbox = element.querySelector('aside')!;
      expect(outbox.getBoundingClientRect().top).toBeGreaterThanOrEqual(main.bottom);
      expect(outbox.getBoundingClientRect().right).toBeLessThanOrEqual(PHONE[0]);
      // Every control of the page's first screen is the topmost element at its centre.
      for (const control of element.querySelectorAll('main button, main input, main select')) {
        const box = control.getBoundingClientRect();
        if (box.bottom > PHONE[1] || box.width === 0) continue;
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        expect(control.contains(hit), control.outerHTML.slice(0, 80)).toBe(true);
      }
      element.scrollTop = outbox.offsetTop - 16;
      await expect
        .element(page.elementLocator(element))
        .toMatchScreenshot(`team-settings-${theme}-phone-outbox`, TOLERANCE);
    },
  );
});

// What opens over the page: the dialog after a partial failure, the row menu open. Both live
// in portals under <body>, so the whole page is compared (the next story's render clears them).
describe('Dialog and menu screenshots', () => {
  const stories = {
    PartialFailure: { module: inviteDialogStories, role: 'dialog' },
    RowMenu: { module: tableStories, role: 'menu' },
  } as const;
  it.each([
    ['PartialFailure', 'light'],
    ['PartialFailure', 'dark'],
    ['RowMenu', 'light'],
    ['RowMenu', 'dark'],
  ] as const)('%s, %s, on a desktop', async (name, theme) => {
    const composed = composeStories(stories[name].module, annotations(theme)) as unknown as Record<
      string,
      Parameters<typeof show>[0]
    >;
    await show(composed[name]!, DESKTOP);
    await expect.element(page.getByRole(stories[name].role)).toBeVisible();
    await expect
      .element(page.elementLocator(document.body))
      .toMatchScreenshot(`${name}-${theme}-desktop`, TOLERANCE);
  });
});
