import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import {
  createMemoryInviteClient,
  type MemoryInviteClient,
} from '../../src/client/memory/createMemoryInviteClient';
import { InviteClientError } from '../../src/client/errors';
import type { InviteClient } from '../../src/client/types';
import { InviteForm } from '../../src/components/InviteForm';
import { expectNoAxeViolations } from '../helpers/axe';
import { renderWithProviders } from '../helpers/renderWithProviders';

// Real input from Chromium reaches React outside act(), as in an app: no act() environment,
// so React does not warn about updates that a person's click or keystroke causes.
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

const field = () => screen.getByRole('textbox', { name: 'Email addresses' });
const issues = () => screen.getByText('Needs attention').parentElement!;
const lines = () =>
  [...issues().querySelectorAll('[data-slot="invite-form-issueText"]')].map((l) => l.textContent);

/** After the first batch, the network is down while `state.down`. */
function flaky(memory: MemoryInviteClient) {
  const state = { down: true, calls: 0 };
  const client: InviteClient = {
    ...memory,
    sendUserInvites: async (params, options) => {
      state.calls += 1;
      if (state.down && state.calls > 1) throw new InviteClientError('network', 'Failed to fetch');
      return memory.sendUserInvites(params, options);
    },
  };
  return { client, state };
}

async function pasteInto(input: HTMLElement, text: string) {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  input.focus();
  input.dispatchEvent(
    new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
  );
}

describe('grouped outcomes, in Chromium', () => {
  it('shows 400 failures of one network error as one line, without a scroll box of its own, and retries them', async () => {
    const memory = createMemoryInviteClient({ tenantId: 'acme', maxBatchSize: 100 });
    const { client, state } = flaky(memory);
    renderWithProviders(<InviteForm confirmThreshold={Infinity} />, { client, tenantId: 'acme' });
    await pasteInto(field(), Array.from({ length: 500 }, (_, i) => `p${i}@example.com`).join('\n'));
    await userEvent.click(await screen.findByRole('button', { name: 'Send 500 invites' }));
    await waitFor(() =>
      expect(lines()).toEqual([
        "400 couldn't be sent: We couldn't reach the server. Check your connection and try again.",
      ]),
    );
    // One line, not 400: the box is short and scrolls nothing.
    expect(issues().getBoundingClientRect().height).toBeLessThan(120);
    for (const element of [issues(), ...issues().querySelectorAll('*')]) {
      expect(getComputedStyle(element).overflowY).not.toMatch(/auto|scroll/);
    }
    expect(screen.getAllByRole('button', { name: /^Retry/ }).map((b) => b.textContent)).toEqual([
      'Retry 400',
    ]);
    await expectNoAxeViolations(issues().closest('form')!);
    state.down = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry 400' }));
    await waitFor(() => expect(memory.sentEmails()).toHaveLength(500));
    expect(screen.queryByText('Needs attention')).not.toBeInTheDocument();
  });

  it('retries what can succeed and removes what cannot, by keyboard alone', async () => {
    const memory = createMemoryInviteClient({ tenantId: 'acme', members: ['m@example.com'] });
    let limited = true;
    const client: InviteClient = {
      ...memory,
      sendUserInvites: async (params, options) => {
        const busy = limited ? params.userInvites.filter((i) => i.email.startsWith('busy')) : [];
        const rest = params.userInvites.filter((invite) => !busy.includes(invite));
        const answer = await memory.sendUserInvites({ ...params, userInvites: rest }, options);
        const errors = busy.map(({ email }) => ({
          email,
          code: 'rate_limited' as const,
          message: 'Slow down',
        }));
        return { success: answer.success, errors: [...answer.errors, ...errors] };
      },
    };
    renderWithProviders(<InviteForm />, { client, tenantId: 'acme' });
    field().focus();
    await userEvent.keyboard('busy@example.com m@example.com bad@{Enter}');
    await userEvent.keyboard('{Enter}'); // the empty field: Enter sends
    await waitFor(() =>
      expect(lines()).toEqual([
        'busy@example.com: Too many requests. Try again in a moment.',
        'm@example.com: This person is already a member of the team.',
        'bad@: Not a valid email address.',
      ]),
    );
    expect(field()).toHaveFocus();
    // Tab to the member line's action and press it.
    const remove = screen.getByRole('button', { name: "Remove member's address" });
    for (let i = 0; i < 20 && document.activeElement !== remove; i += 1) await userEvent.tab();
    expect(remove).toHaveFocus();
    expect(getComputedStyle(remove).boxShadow).not.toBe('none');
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText('Removed m@example.com.')).toBeVisible();
    expect(field()).toHaveFocus();
    // The primary button is the retry now; Enter in the empty field presses it.
    expect(screen.getByRole('button', { name: 'Retry 1' })).toHaveAttribute('data-action', 'retry');
    limited = false;
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(lines()).toEqual(['bad@: Not a valid email address.']));
    expect(memory.sentEmails().map((email) => email.email)).toEqual(['busy@example.com']);
    expect(screen.getByRole('button', { name: 'Send invites' })).toBeDisabled();
  });

  it('shows each address with its reason on demand, by keyboard', async () => {
    renderWithProviders(<InviteForm />);
    field().focus();
    await userEvent.keyboard('ada@ grace@ ');
    const toggle = screen.getByText('Show the 2 addresses');
    const line = [...issues().querySelectorAll('li li')].find(
      (item) => item.textContent === 'grace@: Not a valid email address.',
    )!;
    expect(line).not.toBeVisible();
    for (let i = 0; i < 10 && document.activeElement !== toggle; i += 1) await userEvent.tab();
    expect(toggle).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(line).toBeVisible();
    const chip = within(screen.getByRole('list', { name: 'People to invite' })).getAllByRole(
      'listitem',
    )[1]!;
    expect(chip).toHaveAccessibleDescription('grace@: Not a valid email address.');
  });
});
