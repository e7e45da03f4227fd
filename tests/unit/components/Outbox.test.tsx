import { act, screen, waitFor, within } from '@testing-library/react';
import { renderHook } from '@testing-library/react';
import { InviteClientProvider } from '../../../src/react/InviteClientProvider';
import type { MemoryInviteClient } from '../../../src/client/memory/createMemoryInviteClient';
import type { InviteClient } from '../../../src/client/types';
import { Outbox, type OutboxSlot } from '../../../src/components/Outbox';
import { useMemoryOutbox } from '../../../src/hooks/useMemoryOutbox';
import { describeStylingConformance } from '../../helpers/describeStylingConformance';
import { renderWithProviders } from '../../helpers/renderWithProviders';

// Changes made elsewhere reach the rendered Outbox through the client's push: inside act, as a
// browser event would be.
async function invite(client: MemoryInviteClient, ...emails: string[]) {
  const { success } = await act(() =>
    client.sendUserInvites({
      tenantId: client.tenantId,
      userInvites: emails.map((email) => ({ email })),
    }),
  );
  return success;
}

const tokenOf = (client: MemoryInviteClient, inviteId: string) =>
  client.sentEmails().findLast((email) => email.inviteId === inviteId)!.token;

describe('Outbox', () => {
  it('lists every email sent to the tenant, newest first, with its kind and time', async () => {
    const { client } = renderWithProviders(<Outbox />);
    const [ada, grace] = await invite(client, 'ada@example.com', 'grace@example.com');
    await act(() => client.resendUserInvite(ada!.id));
    await invite(client, 'alan@example.com');
    await act(() =>
      client.sendUserInvites({
        tenantId: 'another-team',
        userInvites: [{ email: 'eve@example.com' }],
      }),
    );

    const list = await screen.findByRole('list', { name: 'Outbox' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(4));
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByText(/@example\.com$/).textContent)).toEqual([
      'alan@example.com',
      'ada@example.com',
      'grace@example.com',
      'ada@example.com',
    ]);
    expect(within(items[1]!).getByText('Reminder')).toBeInTheDocument();
    expect(within(items[3]!).getByText('Replaced by a newer email')).toBeInTheDocument();
    expect(screen.getByText('4 emails')).toBeInTheDocument();
    expect(screen.queryByText('eve@example.com')).not.toBeInTheDocument();
    expect(grace).toBeDefined();
  });

  it('accepts as the invitee: the client gets the token, the status shows, a polite message says so', async () => {
    const { client, user } = renderWithProviders(<Outbox />);
    const [ada] = await invite(client, 'ada@example.com');
    await user.click(
      await screen.findByRole('button', { name: 'Accept invite for ada@example.com' }),
    );

    expect(await screen.findByRole('status')).toHaveTextContent(
      'ada@example.com accepted the invite.',
    );
    expect(client.calls().filter((call) => call.method === 'acceptUserInvite')).toEqual([
      { method: 'acceptUserInvite', args: [{ token: tokenOf(client, ada!.id) }] },
    ]);
    expect(await screen.findByText('Accepted')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Accept invite/ })).not.toBeInTheDocument();
  });

  it('declines as the invitee', async () => {
    const { client, user } = renderWithProviders(<Outbox />);
    const [ada] = await invite(client, 'ada@example.com');
    await user.click(
      await screen.findByRole('button', { name: 'Decline invite for ada@example.com' }),
    );
    expect(await screen.findByText('Declined')).toBeInTheDocument();
    expect((await client.userInvite(ada!.id))?.status).toBe('declined');
  });

  it('follows changes made elsewhere, such as a cancel from the table', async () => {
    const { client } = renderWithProviders(<Outbox />);
    const [ada] = await invite(client, 'ada@example.com');
    await screen.findByRole('button', { name: 'Accept invite for ada@example.com' });
    await act(() => client.cancelUserInvite(ada!.id));
    expect(await screen.findByText('Canceled')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Accept invite/ })).not.toBeInTheDocument();
  });

  it('says why an answer failed and keeps the email answerable', async () => {
    const { client, user } = renderWithProviders(<Outbox />);
    await invite(client, 'ada@example.com');
    client.failNext('acceptUserInvite', 'network');
    await user.click(
      await screen.findByRole('button', { name: 'Accept invite for ada@example.com' }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent(
      "Could not answer for ada@example.com: We couldn't reach the server.",
    );
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Accept invite for ada@example.com' }),
      ).toBeEnabled(),
    );
  });

  it('shows an empty state before anything is sent', async () => {
    renderWithProviders(<Outbox />);
    expect(
      await screen.findByText('No emails sent yet. Send an invite and it shows up here.'),
    ).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Outbox' })).toBeInTheDocument();
  });

  it('takes another heading level', () => {
    renderWithProviders(<Outbox headingLevel={4} />);
    expect(screen.getByRole('heading', { level: 4, name: 'Outbox' })).toBeInTheDocument();
  });

  it('names the client it needs when given another one', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const client = { userInvites: vi.fn() } as unknown as InviteClient;
    expect(() =>
      renderHook(() => useMemoryOutbox(), {
        wrapper: ({ children }) => (
          <InviteClientProvider client={client} tenantId="acme">
            {children}
          </InviteClientProvider>
        ),
      }),
    ).toThrow(/needs the in-memory client: pass createMemoryInviteClient\(\)/);
  });

  describeStylingConformance<OutboxSlot>({
    component: 'outbox',
    render: (props) => <Outbox {...props} />,
    memory: { seed: 5, seedCount: 6 },
    prepare: async (client) => {
      const [ada] = await invite(client, 'ada@example.com', 'grace@example.com');
      await act(() => client.acceptUserInvite({ token: tokenOf(client, ada!.id) }));
    },
    slots: [
      'root',
      'header',
      'title',
      'description',
      'count',
      'list',
      'item',
      'email',
      'meta',
      'kind',
      'time',
      'status',
      'actions',
      'accept',
      'decline',
      'announcer',
    ],
    message: 'outbox.title',
  });
});
