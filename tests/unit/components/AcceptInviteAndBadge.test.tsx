import { screen, waitFor, within } from '@testing-library/react';
import {
  createMemoryInviteClient,
  type MemoryInviteClient,
} from '../../../src/client/memory/createMemoryInviteClient';
import { AcceptInvite, type AcceptInviteSlot } from '../../../src/components/AcceptInvite';
import {
  InviteStatusBadge,
  type InviteStatusBadgeSlot,
} from '../../../src/components/InviteStatusBadge';
import { describeStylingConformance } from '../../helpers/describeStylingConformance';
import { renderWithProviders } from '../../helpers/renderWithProviders';

describe('InviteStatusBadge', () => {
  it.each([
    ['pending', 'Pending'],
    ['accepted', 'Accepted'],
    ['declined', 'Declined'],
    ['canceled', 'Canceled'],
    ['expired', 'Expired'],
  ])('labels %s, with a status attribute and an icon', (status, label) => {
    renderWithProviders(<InviteStatusBadge status={status} />);
    const badge = screen.getByText(label).parentElement!;
    expect(badge).toHaveAttribute('data-status', status);
    expect(badge.querySelector('svg[aria-hidden="true"] path')).toHaveAttribute(
      'd',
      expect.any(String),
    );
  });

  it('shows an unknown status as its raw text, neutral', () => {
    renderWithProviders(<InviteStatusBadge status="archived" />);
    expect(screen.getByText('archived').parentElement).toHaveAttribute('data-status', 'unknown');
  });

  it('gives each status its own shape', () => {
    const { rerenderWith } = renderWithProviders(<InviteStatusBadge status="pending" />);
    const shapes = new Set<string>();
    for (const status of ['pending', 'accepted', 'declined', 'canceled', 'expired', 'archived']) {
      rerenderWith(<InviteStatusBadge status={status} />);
      shapes.add(
        document.querySelector('[data-slot="status-badge-icon"] path')!.getAttribute('d')!,
      );
    }
    expect(shapes.size).toBe(6);
  });

  describeStylingConformance<InviteStatusBadgeSlot>({
    component: 'status-badge',
    render: (props) => <InviteStatusBadge {...props} status="pending" />,
    slots: ['root', 'icon', 'label'],
    message: 'status.pending',
  });
});

async function clientWithInvite(
  prepare?: (client: MemoryInviteClient, id: string, token: string) => Promise<void>,
  options = {},
) {
  const client = createMemoryInviteClient({
    tenantId: 'acme',
    tenantNames: { acme: 'Acme' },
    ...options,
  });
  const { success } = await client.sendUserInvites({
    tenantId: 'acme',
    userInvites: [{ email: 'ada@example.com' }],
  });
  const token = client.sentEmails().at(-1)!.token;
  await prepare?.(client, success[0]!.id, token);
  return { client, token };
}

/** The invite's facts as the page lists them: label to value. */
function detailsOf() {
  const list = document.querySelector('[data-slot="accept-invite-details"]')!;
  return Object.fromEntries(
    [...list.querySelectorAll('dt')].map((term) => [
      term.textContent,
      term.nextElementSibling!.textContent,
    ]),
  );
}

describe('AcceptInvite', () => {
  it('says who invited them to what, and accepts', async () => {
    const { client, token } = await clientWithInvite();
    const onAccepted = vi.fn();
    const { user } = renderWithProviders(
      <AcceptInvite token={token} userId="u-ada" onAccepted={onAccepted} />,
      { client, tenantId: '' },
    );
    expect(screen.getByRole('heading', { name: 'Checking your invite…' })).toBeInTheDocument();
    expect(await screen.findByText('Alex Kim invited you to join Acme.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Join Acme' })).toBeInTheDocument();
    expect(detailsOf()).toEqual({ 'Sent to': 'ada@example.com', Expires: 'in 7 days' });
    await user.click(screen.getByRole('button', { name: 'Accept invite' }));
    const title = await screen.findByRole('heading', { name: 'Welcome aboard! You joined Acme.' });
    await waitFor(() => expect(title).toHaveFocus());
    expect(onAccepted).toHaveBeenCalledWith(
      expect.objectContaining({ status: 'accepted', acceptedByUserId: 'u-ada' }),
    );
  });

  it('declines', async () => {
    const { client, token } = await clientWithInvite();
    const onDeclined = vi.fn();
    const { user } = renderWithProviders(<AcceptInvite token={token} onDeclined={onDeclined} />, {
      client,
      tenantId: '',
    });
    await user.click(await screen.findByRole('button', { name: 'Decline' }));
    // Nothing is sent before the invitee confirms.
    const question = screen.getByRole('group', { name: /Decline this invite\?/ });
    expect(client.calls().filter((call) => call.method === 'declineUserInvite')).toEqual([]);
    expect(onDeclined).not.toHaveBeenCalled();
    await user.click(within(question).getByRole('button', { name: 'Decline invite' }));
    expect(
      await screen.findByRole('heading', { name: 'You declined the invite.' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Nothing else will happen. If you change your mind, ask for a new invite.'),
    ).toBeInTheDocument();
    expect(onDeclined).toHaveBeenCalledWith(expect.objectContaining({ status: 'declined' }));
  });

  it('says an invite expired, and what to do next', async () => {
    let now = Date.parse('2026-03-01T00:00:00Z');
    const { client, token } = await clientWithInvite(undefined, {
      now: () => now,
      expiresInMs: 1000,
    });
    now += 5000;
    renderWithProviders(<AcceptInvite token={token} />, { client, tenantId: '' });
    expect(
      await screen.findByRole('heading', { name: 'This invite has expired.' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Ask Alex Kim for a new invite.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept invite' })).not.toBeInTheDocument();
  });

  it.each([
    [
      'already accepted',
      (c: MemoryInviteClient, _id: string, token: string) =>
        c.acceptUserInvite({ token }).then(() => undefined),
      'You already accepted this invite.',
    ],
    [
      'already declined',
      (c: MemoryInviteClient, _id: string, token: string) =>
        c.declineUserInvite({ token }).then(() => undefined),
      'You already declined this invite.',
    ],
    [
      'canceled',
      (c: MemoryInviteClient, id: string) => c.cancelUserInvite(id).then(() => undefined),
      'This invite was canceled.',
    ],
  ])('says when the invite is %s', async (_case, prepare, title) => {
    const { client, token } = await clientWithInvite(prepare);
    renderWithProviders(<AcceptInvite token={token} />, { client, tenantId: '' });
    expect(await screen.findByRole('heading', { name: title })).toBeInTheDocument();
  });

  it('says when the state changed between loading and answering', async () => {
    const { client, token } = await clientWithInvite();
    const { user } = renderWithProviders(<AcceptInvite token={token} />, { client, tenantId: '' });
    await screen.findByRole('button', { name: 'Accept invite' });
    await client.acceptUserInvite({ token });
    await user.click(screen.getByRole('button', { name: 'Accept invite' }));
    expect(
      await screen.findByRole('heading', { name: 'You already accepted this invite.' }),
    ).toBeInTheDocument();
  });

  it('says when the link is not valid', async () => {
    const { client } = await clientWithInvite();
    renderWithProviders(<AcceptInvite token="tok_nothing" />, { client, tenantId: '' });
    expect(
      await screen.findByRole('heading', { name: 'This invite link is not valid.' }),
    ).toBeInTheDocument();
  });

  it('says when the network failed, and retries', async () => {
    const { client, token } = await clientWithInvite();
    client.failNext('userInviteByToken', 'network');
    const { user } = renderWithProviders(<AcceptInvite token={token} />, { client, tenantId: '' });
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Accept invite' })).toBeInTheDocument();
  });

  it('works with a client that cannot preview', async () => {
    const { client, token } = await clientWithInvite();
    const { userInviteByToken: _preview, ...plain } = client;
    const { user } = renderWithProviders(<AcceptInvite token={token} />, {
      client: plain,
      tenantId: '',
    });
    expect(await screen.findByText('You have been invited to join a team.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Accept invite' }));
    expect(
      await screen.findByRole('heading', { name: 'Welcome aboard! You joined the team.' }),
    ).toBeInTheDocument();
  });

  describeStylingConformance<AcceptInviteSlot>({
    component: 'accept-invite',
    render: (props) => <AcceptInvite {...props} token="tok_nothing" />,
    slots: ['root', 'card', 'icon', 'title', 'next'],
    message: 'accept.invalid',
  });
});
