// Every story, rendered in Arabic (ar-EG, right to left) as it first appears, checked with axe.
// The story projects play each story in three themes, and a play's checks read English labels;
// here no play runs, so every story is rendered in Arabic.
import { composeStories } from '@storybook/react-vite';
import type { ReactRenderer } from '@storybook/react-vite';
import type { ProjectAnnotations } from 'storybook/internal/types';
import { render, screen, waitFor } from '@testing-library/react';
import { page } from 'vitest/browser';
import preview from '../../.storybook/preview';
import '../../.storybook/preview.css';
import * as acceptInvite from '../../stories/AcceptInvite.stories';
import * as inviteDialog from '../../stories/InviteDialog.stories';
import * as inviteForm from '../../stories/InviteForm.stories';
import * as statusBadge from '../../stories/InviteStatusBadge.stories';
import * as outbox from '../../stories/Outbox.stories';
import * as teamSettings from '../../stories/TeamSettings.stories';
import * as table from '../../stories/UserInvitesTable.stories';
import axe from 'axe-core';

const arabic: ProjectAnnotations<ReactRenderer> = {
  ...preview,
  initialGlobals: { ...preview.initialGlobals, locale: 'ar-EG' },
};

const modules = {
  acceptInvite,
  inviteDialog,
  inviteForm,
  statusBadge,
  outbox,
  teamSettings,
  table,
};

type Composed = { load: () => Promise<void>; globals?: Record<string, unknown> } & ((
  props: Record<string, never>,
) => React.ReactElement);

// Stories whose plays read English pin their locale; no play runs here, so every story is
// switched to Arabic, pinned or not.
const inArabicOnly = (module: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(module).map(([name, story]) =>
      name === 'default' || typeof story !== 'object' || story === null
        ? [name, story]
        : [
            name,
            {
              ...story,
              globals: { ...(story as { globals?: object }).globals, locale: 'ar-EG' },
            },
          ],
    ),
  ) as typeof module;

const stories = Object.entries(modules).flatMap(([moduleName, module]) =>
  Object.entries(
    composeStories(inArabicOnly(module) as typeof module, arabic) as unknown as Record<
      string,
      Composed
    >,
  ).map(([name, Story]) => [`${moduleName} ${name}`, Story] as const),
);

beforeEach(async () => {
  await page.viewport(1280, 800);
});

describe('every story, rendered in Arabic', () => {
  const inArabic: string[] = [];
  afterAll(() => {
    // Every story shows Arabic text (the unstyled ones too: only their styles are off), but one
    // whose only text is the host's own trigger button, in the host's words.
    expect(stories.map(([name]) => name).filter((name) => !inArabic.includes(name))).toEqual([
      'inviteDialog CustomTrigger',
    ]);
  });

  it.each(stories)('%s', async (name, Story) => {
    await Story.load();
    const { container, unmount } = render(<Story />);
    await waitFor(() => expect(container.textContent?.length ?? 0).toBeGreaterThan(0));
    // As in Storybook: a story is a fragment of a page, so it has no landmarks of its own.
    const { violations } = await axe.run(document.body, {
      resultTypes: ['violations'],
      rules: { region: { enabled: false } },
    });
    expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    if (/[\u0600-\u06FF]/.test(document.body.textContent ?? '')) inArabic.push(name);
    expect(screen.queryAllByText(/[a-z]+\.[a-z]+\.[a-zA-Z]+/).filter(isRawKey)).toEqual([]);
    unmount();
  });
});

// A message key shown as text ("table.bulk.resend") means a catalogue lacks it.
function isRawKey(element: HTMLElement): boolean {
  return /^(status|error|common|form|dialog|table|accept|outbox)\.[\w.]+$/.test(
    element.textContent?.trim() ?? '',
  );
}
