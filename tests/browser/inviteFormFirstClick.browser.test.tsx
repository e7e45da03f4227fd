import { screen, waitFor, within } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
import type { MemoryInviteClient } from '../../src/client/memory/createMemoryInviteClient';
import { InviteDialog } from '../../src/components/InviteDialog';
import { InviteForm } from '../../src/components/InviteForm';
import { UserInvitesTable } from '../../src/components/UserInvitesTable';
import { renderWithProviders } from '../helpers/renderWithProviders';

// Real input from Chromium reaches React outside act(), as in an app: no act() environment,
// so React does not warn about updates that a person's click or keystroke causes.
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

interface Seen {
  type: string;
  box: { x: number; y: number; width: number; height: number };
  label: string;
  onButton: boolean;
}

/** The button's place and label at every step of the mouse click that is about to happen. */
function watch(button: HTMLElement) {
  const seen: Seen[] = [];
  const types = ['pointerdown', 'mousedown', 'focusout', 'pointerup', 'mouseup', 'click'];
  const record = (event: Event) => {
    const { x, y, width, height } = button.getBoundingClientRect();
    seen.push({
      type: event.type,
      box: { x, y, width, height },
      label: button.textContent ?? '',
      onButton: event.target instanceof Node && button.contains(event.target),
    });
  };
  for (const type of types) window.addEventListener(type, record, true);
  return {
    seen,
    stop: () => types.forEach((type) => window.removeEventListener(type, record, true)),
  };
}

const sends = (client: MemoryInviteClient) =>
  client.calls().filter((call) => call.method === 'sendUserInvites');

async function clickOnceAndCheck(client: MemoryInviteClient, scope: HTMLElement) {
  const input = within(scope).getByRole('textbox', { name: 'Email addresses' });
  await userEvent.type(input, 'ada@example.com');
  const button = within(scope).getByRole('button', { name: 'Send invites' });
  const watched = watch(button);
  await userEvent.click(button); // a real mouse: move, press, release
  await waitFor(() =>
    expect(client.sentEmails().map((email) => email.email)).toContain('ada@example.com'),
  );
  watched.stop();

  const down = watched.seen.find((step) => step.type === 'pointerdown')!;
  const click = watched.seen.find((step) => step.type === 'click');
  expect(down.onButton).toBe(true);
  expect(click, 'the click reached the button').toMatchObject({ onButton: true });
  // Between pressing and the click, the button neither moved nor changed its words.
  for (const step of watched.seen.slice(watched.seen.indexOf(down))) {
    if (watched.seen.indexOf(step) > watched.seen.indexOf(click!)) break;
    expect(step.box, `at ${step.type}`).toEqual(down.box);
    expect(step.label, `at ${step.type}`).toBe(down.label);
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(sends(client)).toHaveLength(1);
}

describe('the first click sends, in Chromium at 1280 × 800', () => {
  beforeEach(async () => {
    await page.viewport(1280, 800);
  });

  it('in the dialog of a team settings page: one mouse click on "Send invites" after typing', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    host.style.width = '1100px';
    const { client } = renderWithProviders(
      <main>
        <header style={{ display: 'flex', justifyContent: 'space-between' }}>
          <h1>Team settings</h1>
          <InviteDialog />
        </header>
        <UserInvitesTable />
      </main>,
      { memory: { seed: 3, seedCount: 12 }, render: { container: host } },
    );
    await userEvent.click(screen.getByRole('button', { name: 'Invite people' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite people to your team' });
    client.clearCalls();
    await clickOnceAndCheck(client, dialog);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('in the form on a page', async () => {
    const { client, container } = renderWithProviders(<InviteForm />);
    await clickOnceAndCheck(client, container);
    expect(within(container).queryByRole('list', { name: 'People to invite' })).toBeNull();
  });
});
