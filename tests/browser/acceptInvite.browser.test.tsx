import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { InviteClientError } from '../../src/client/errors';
import {
  createMemoryInviteClient,
  type MemoryInviteClient,
  type MemoryInviteClientOptions,
} from '../../src/client/memory/createMemoryInviteClient';
import type { InviteClient, InvitePreview } from '../../src/client/types';
import { AcceptInvite, type AcceptInviteProps } from '../../src/components/AcceptInvite';
import { expectNoAxeViolations } from '../helpers/axe';
import { renderWithProviders } from '../helpers/renderWithProviders';

// Real input from Chromium (vitest/browser's userEvent): mouse clicks at the element's place on
// the page and key presses through the browser's own focus handling.

async function invitee(
  options: MemoryInviteClientOptions = {},
  prepare?: (client: MemoryInviteClient, id: string, token: string) => Promise<unknown>,
) {
  const client = createMemoryInviteClient({ tenantId: 'acme', ...options });
  const { success } = await client.sendUserInvites({
    tenantId: 'acme',
    userInvites: [{ email: 'ada@example.com', roleKeys: ['member'] }],
  });
  const token = client.sentEmails().at(-1)!.token;
  await prepare?.(client, success[0]!.id, token);
  client.clearCalls();
  return { client, token };
}

function open(client: InviteClient, token: string, props: Partial<AcceptInviteProps> = {}) {
  return renderWithProviders(<AcceptInvite token={token} userId="u-ada" {...props} />, {
    client,
    tenantId: '',
  });
}

const sent = (client: MemoryInviteClient, method: string) =>
  client.calls().filter((call) => call.method === method);

describe('the accept page, in Chromium', () => {
  it('accepts with the mouse', async () => {
    const { client, token } = await invitee();
    const onAccepted = vi.fn();
    const { container } = open(client, token, { onAccepted });
    await userEvent.click(await screen.findByRole('button', { name: 'Accept invite' }));
    const title = await screen.findByRole('heading', { name: 'Welcome aboard! You joined Acme.' });
    await waitFor(() => expect(title).toHaveFocus());
    expect(sent(client, 'acceptUserInvite').map((call) => call.args[0])).toEqual([
      { token, userId: 'u-ada' },
    ]);
    expect(onAccepted).toHaveBeenCalledWith(expect.objectContaining({ status: 'accepted' }));
    expect(screen.getByRole('link', { name: 'Continue' })).toBeVisible();
    await expectNoAxeViolations(container);
  });

  it('asks before declining: Escape keeps the invite and returns focus to Decline', async () => {
    const { client, token } = await invitee();
    const { container } = open(client, token);
    await userEvent.click(await screen.findByRole('button', { name: 'Decline' }));
    const question = screen.getByRole('group', { name: /Decline this invite\?/ });
    expect(within(question).getByRole('button', { name: 'Keep invite' })).toHaveFocus();
    await expectNoAxeViolations(container);

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    const decline = screen.getByRole('button', { name: 'Decline' });
    await waitFor(() => expect(decline).toHaveFocus());
    expect(sent(client, 'declineUserInvite')).toEqual([]);

    await userEvent.click(decline);
    await userEvent.click(screen.getByRole('button', { name: 'Decline invite' }));
    const title = await screen.findByRole('heading', { name: 'You declined the invite.' });
    await waitFor(() => expect(title).toHaveFocus());
    expect(sent(client, 'declineUserInvite')).toHaveLength(1);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('is usable with the keyboard alone', async () => {
    const { client, token } = await invitee();
    open(client, token);
    await screen.findByRole('button', { name: 'Accept invite' });
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Accept invite' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Decline' })).toHaveFocus();
    // Decline, think again, and accept instead.
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Keep invite' })).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Decline' })).toHaveFocus());
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(screen.getByRole('button', { name: 'Accept invite' })).toHaveFocus();
    // A visible focus ring on the focused button.
    expect(getComputedStyle(document.activeElement!).boxShadow).not.toBe('none');
    await userEvent.keyboard('{Enter}');
    const title = await screen.findByRole('heading', { name: /Welcome aboard/ });
    await waitFor(() => expect(title).toHaveFocus());
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Continue' })).toHaveFocus();
    expect(sent(client, 'acceptUserInvite')).toHaveLength(1);
  });

  it('declines with the keyboard alone', async () => {
    const { client, token } = await invitee();
    open(client, token);
    (await screen.findByRole('button', { name: 'Decline' })).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Keep invite' })).toHaveFocus());
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(screen.getByRole('button', { name: 'Decline invite' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'You declined the invite.' })).toBeVisible();
    expect(sent(client, 'declineUserInvite')).toHaveLength(1);
  });
});

const withPreview =
  (change: (preview: InvitePreview) => InvitePreview) =>
  (client: MemoryInviteClient): InviteClient => ({
    ...client,
    userInviteByToken: async (params, options) =>
      change(await client.userInviteByToken(params, options)),
  });

interface Outcome {
  options?: MemoryInviteClientOptions;
  prepare?: (client: MemoryInviteClient, id: string, token: string) => Promise<unknown>;
  wrap?: (client: MemoryInviteClient) => InviteClient;
  props?: Partial<AcceptInviteProps>;
  state: string;
  title: string;
  text?: string;
  /** The one action, by role and name; none when the state has nothing to do. */
  action?: ['button' | 'link', string, string?];
}

const OUTCOMES: Record<string, Outcome> = {
  expired: {
    options: { expiresInMs: -1 },
    wrap: withPreview((preview) => ({ ...preview, inviterEmail: 'alex@example.com' })),
    state: 'expired',
    title: 'This invite has expired.',
    action: ['link', 'Ask Alex Kim for a new invite.', 'mailto:alex@example.com'],
  },
  'expired, inviter unknown': {
    options: { expiresInMs: -1, userNames: {} },
    state: 'expired',
    title: 'This invite has expired.',
    text: 'Ask the person who invited you for a new invite.',
  },
  canceled: {
    prepare: (client, id) => client.cancelUserInvite(id),
    state: 'canceled',
    title: 'This invite was canceled.',
    text: 'If you still want to join, ask for a new invite.',
  },
  'already accepted': {
    prepare: (client, _id, token) => client.acceptUserInvite({ token }),
    state: 'already-accepted',
    title: 'You already accepted this invite.',
    action: ['link', 'Continue', '/'],
  },
  'already declined': {
    prepare: (client, _id, token) => client.declineUserInvite({ token }),
    state: 'already-declined',
    title: 'You already declined this invite.',
    text: 'If you still want to join, ask for a new invite.',
  },
  'an invalid link': {
    props: { token: 'tok_nothing' },
    state: 'invalid',
    title: 'This invite link is not valid.',
    text: 'Check that you opened the whole link from your email, or ask for a new invite.',
  },
  'a network error': {
    prepare: async (client) => client.failNext('userInviteByToken', 'network'),
    state: 'network-error',
    title: "We couldn't reach the server to check your invite.",
    action: ['button', 'Try again'],
  },
  'a refusal': {
    wrap: (client) => ({
      ...client,
      userInviteByToken: () => Promise.reject(new InviteClientError('forbidden', 'No.')),
    }),
    state: 'error',
    title: "We couldn't check your invite.",
    text: "You don't have permission to do this.",
    action: ['button', 'Try again'],
  },
  'another account': {
    props: { userEmail: 'grace@example.com', switchAccountHref: '/login' },
    state: 'other-account',
    title: 'This invite was sent to ada@example.com.',
    text: "You're signed in as grace@example.com. Sign in as ada@example.com to answer it.",
    action: ['link', 'Switch account', '/login'],
  },
};

describe('every outcome, in Chromium', () => {
  it.each(Object.entries(OUTCOMES))(
    '%s: its icon, its words and its one action',
    async (_name, outcome) => {
      const { client, token } = await invitee(outcome.options, outcome.prepare);
      const { container } = open(outcome.wrap?.(client) ?? client, token, outcome.props);
      const title = await screen.findByRole('heading', { name: outcome.title });
      expect(title).toBeVisible();
      const root = container.querySelector('[data-slot="accept-invite-root"]')!;
      expect(root).toHaveAttribute('data-state', outcome.state);
      // The icon is drawn: a ring with a visible mark inside it.
      const icon = root.querySelector('[data-slot="accept-invite-icon"]')!;
      expect(icon.getBoundingClientRect().width).toBeGreaterThan(40);
      const marks = ['::before', '::after'].map((part) => getComputedStyle(icon, part).content);
      expect(marks.some((content) => content !== 'none' && content !== 'normal')).toBe(true);
      if (outcome.text) expect(screen.getByText(outcome.text)).toBeVisible();
      const actions = [...root.querySelectorAll('button, a')];
      if (outcome.action) {
        const [role, name, href] = outcome.action;
        const action = screen.getByRole(role, { name });
        expect(actions).toEqual([action]);
        if (href) expect(action).toHaveAttribute('href', href);
      } else {
        expect(actions).toEqual([]);
      }
      expect(screen.queryByRole('button', { name: 'Accept invite' })).not.toBeInTheDocument();
      await expectNoAxeViolations(container);
    },
  );

  it('"Try again" after a network error reaches the invite', async () => {
    const { client, token } = await invitee();
    client.failNext('userInviteByToken', 'network');
    open(client, token);
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Accept invite' })).toBeVisible();
  });

  it('"Try again" after a failed answer offers the answer again', async () => {
    const { client, token } = await invitee();
    client.failNext('acceptUserInvite', 'network');
    open(client, token);
    await userEvent.click(await screen.findByRole('button', { name: 'Accept invite' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Accept invite' }));
    expect(await screen.findByRole('heading', { name: /Welcome aboard/ })).toBeVisible();
    expect(sent(client, 'acceptUserInvite')).toHaveLength(2);
  });
});

describe('the page layout, in Chromium', () => {
  it('centers its card on its own surface, and fits a phone', async () => {
    const { client, token } = await invitee();
    const host = document.body.appendChild(document.createElement('div'));
    host.style.width = '390px';
    renderWithProviders(<AcceptInvite token={token} />, {
      client,
      tenantId: '',
      render: { container: host },
    });
    await screen.findByRole('button', { name: 'Accept invite' });
    const root = host.querySelector<HTMLElement>('[data-slot="accept-invite-root"]')!;
    const card = host.querySelector<HTMLElement>('[data-slot="accept-invite-card"]')!;
    expect(getComputedStyle(root).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    const outer = root.getBoundingClientRect();
    const inner = card.getBoundingClientRect();
    expect(Math.abs(inner.left - outer.left - (outer.right - inner.right))).toBeLessThan(2);
    expect(inner.width).toBeLessThanOrEqual(390);
    for (const button of screen.getAllByRole('button')) {
      // Every button is at least 44 px tall, easy to tap.
      expect(button.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    }
    host.remove();
  });
});
