import { QueryClient } from '@tanstack/react-query';
import { act, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { readInvitePreview } from '../../../src/client/boundary';
import {
  createMemoryInviteClient,
  type MemoryInviteClient,
} from '../../../src/client/memory/createMemoryInviteClient';
import type { InviteClient, InvitePreview } from '../../../src/client/types';
import { AcceptInvite } from '../../../src/components/AcceptInvite';
import { createInviteI18n } from '../../../src/i18n/createInviteI18n';
import { invitePreviewQueryOptions } from '../../../src/query/invitePreviewQueryOptions';
import { InviteClientProvider } from '../../../src/react/InviteClientProvider';
import { renderWithProviders } from '../../helpers/renderWithProviders';

async function invited(roleKeys: string[] = ['admin']) {
  const client = createMemoryInviteClient({ tenantId: 'acme' });
  await client.sendUserInvites({
    tenantId: 'acme',
    userInvites: [{ email: 'ada@example.com', roleKeys }],
  });
  return { client, token: client.sentEmails().at(-1)!.token };
}

/** The memory client, with a preview that says more (or less) than its own. */
function withPreview(
  client: MemoryInviteClient,
  change: (preview: InvitePreview) => InvitePreview,
): InviteClient {
  return {
    ...client,
    userInviteByToken: async (params, options) =>
      change(await client.userInviteByToken(params, options)),
  };
}

const calls = (client: MemoryInviteClient, method: string) =>
  client.calls().filter((call) => call.method === method);

describe('the invite preview', () => {
  it('names the roles in the memory backend, and reads the new fields at the boundary', async () => {
    const { client, token } = await invited(['admin', 'viewer']);
    expect((await client.userInviteByToken({ token })).roleNames).toEqual(['Admin', 'Viewer']);
    const read = readInvitePreview({
      invite: { id: 'i1' },
      tenantLogoUrl: 'https://example.com/logo.png',
      inviterEmail: 'alex@example.com',
      roleNames: ['Admin', 7, '', null],
    });
    expect(read).toMatchObject({
      tenantLogoUrl: 'https://example.com/logo.png',
      inviterEmail: 'alex@example.com',
      roleNames: ['Admin'],
    });
    const junk = readInvitePreview({ invite: { id: 'i1' }, tenantLogoUrl: 1, inviterEmail: {} });
    expect(junk).not.toHaveProperty('tenantLogoUrl');
    expect(junk).not.toHaveProperty('inviterEmail');
  });

  it('shows the logo, the role names, the address and the expiry', async () => {
    const { client, token } = await invited();
    renderWithProviders(<AcceptInvite token={token} />, {
      client: withPreview(client, (preview) => ({ ...preview, tenantLogoUrl: '/acme.png' })),
      tenantId: '',
    });
    await screen.findByRole('heading', { name: 'Join Acme' });
    expect(document.querySelector('[data-slot="accept-invite-avatar"] img')).toHaveAttribute(
      'src',
      '/acme.png',
    );
    const list = document.querySelector('dl')!;
    expect(within(list).getByText('Admin')).toBeInTheDocument();
    expect(within(list).getByText('ada@example.com')).toBeInTheDocument();
    expect(
      within(list)
        .getByText(/^(in 7 days|next week)$/)
        .closest('time'),
    ).toHaveAttribute('datetime');
  });

  it('falls back to the role keys and the team initials', async () => {
    const { client, token } = await invited(['billing']);
    renderWithProviders(<AcceptInvite token={token} />, {
      client: withPreview(client, ({ roleNames: _names, ...preview }) => ({
        ...preview,
        tenantName: 'Blue Harbor Labs',
      })),
      tenantId: '',
    });
    await screen.findByRole('heading', { name: 'Join Blue Harbor Labs' });
    expect(document.querySelector('[data-slot="accept-invite-avatar"]')).toHaveTextContent(/^BH$/);
    expect(screen.getByText('billing')).toBeInTheDocument();
  });
});

describe('answering', () => {
  it('sends the token and the user, once, and offers the way on', async () => {
    const { client, token } = await invited();
    const { user } = renderWithProviders(
      <AcceptInvite token={token} userId="u-ada" continueHref="/team/acme" />,
      { client, tenantId: '' },
    );
    client.clearCalls();
    await user.click(await screen.findByRole('button', { name: 'Accept invite' }));
    await screen.findByRole('heading', { name: 'Welcome aboard! You joined Acme.' });
    expect(calls(client, 'acceptUserInvite').map((call) => call.args)).toEqual([
      [{ token, userId: 'u-ada' }],
    ]);
    expect(screen.getByRole('link', { name: 'Continue' })).toHaveAttribute('href', '/team/acme');
  });

  it('declines only once confirmed, and keeps the invite when the invitee changes their mind', async () => {
    const { client, token } = await invited();
    const { user } = renderWithProviders(<AcceptInvite token={token} />, { client, tenantId: '' });
    await user.click(await screen.findByRole('button', { name: 'Decline' }));
    await user.click(screen.getByRole('button', { name: 'Keep invite' }));
    expect(screen.getByRole('button', { name: 'Decline' })).toHaveFocus();
    expect(calls(client, 'declineUserInvite')).toEqual([]);
    expect((await client.userInviteByToken({ token })).invite.status).toBe('pending');
  });
});

describe('outcomes', () => {
  it('offers to write to the inviter when an invite expired and the preview has their address', async () => {
    const client = createMemoryInviteClient({ tenantId: 'acme', expiresInMs: -1 });
    await client.sendUserInvites({ tenantId: 'acme', userInvites: [{ email: 'ada@example.com' }] });
    const token = client.sentEmails().at(-1)!.token;
    renderWithProviders(<AcceptInvite token={token} />, {
      client: withPreview(client, (preview) => ({ ...preview, inviterEmail: 'alex@example.com' })),
      tenantId: '',
    });
    expect(
      await screen.findByRole('link', { name: 'Ask Alex Kim for a new invite.' }),
    ).toHaveAttribute('href', 'mailto:alex@example.com');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('says when the invite is for another address than the signed-in one', async () => {
    const { client, token } = await invited();
    renderWithProviders(
      <AcceptInvite token={token} userEmail="grace@example.com" switchAccountHref="/login" />,
      { client, tenantId: '' },
    );
    expect(
      await screen.findByRole('heading', { name: 'This invite was sent to ada@example.com.' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        "You're signed in as grace@example.com. Sign in as ada@example.com to answer it.",
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Switch account' })).toHaveAttribute('href', '/login');
    expect(screen.queryByRole('button', { name: 'Accept invite' })).not.toBeInTheDocument();
  });

  it('offers the invite to the signed-in address, whatever its case', async () => {
    const { client, token } = await invited();
    renderWithProviders(<AcceptInvite token={token} userEmail="Ada@Example.com" />, {
      client,
      tenantId: '',
    });
    expect(await screen.findByRole('button', { name: 'Accept invite' })).toBeEnabled();
  });
});

describe('slots', () => {
  it('puts data-slot and the host classes on every part of the ready page and the question', async () => {
    const { client, token } = await invited();
    const slots = [
      'root',
      'card',
      'avatar',
      'title',
      'message',
      'details',
      'actions',
      'accept',
      'decline',
    ] as const;
    const asked = ['confirm', 'confirm-decline', 'keep'] as const;
    const classNames = Object.fromEntries(
      [...slots, ...asked].map((slot) => [slot, `host-${slot}`]),
    );
    const { user } = renderWithProviders(<AcceptInvite token={token} classNames={classNames} />, {
      client,
      tenantId: '',
    });
    await screen.findByRole('button', { name: 'Accept invite' });
    const part = (slot: string) => document.querySelector(`[data-slot="accept-invite-${slot}"]`);
    for (const slot of slots) expect(part(slot), slot).toHaveClass(`host-${slot}`);
    await user.click(screen.getByRole('button', { name: 'Decline' }));
    for (const slot of asked) expect(part(slot), slot).toHaveClass(`host-${slot}`);
  });
});

describe('the root element', () => {
  it('forwards its ref and HTML props', async () => {
    const { client, token } = await invited();
    const ref = createRef<HTMLElement>();
    renderWithProviders(
      <AcceptInvite ref={ref} token={token} id="invite" aria-label="Your invite" />,
      { client, tenantId: '' },
    );
    expect(ref.current).toBe(screen.getByRole('region', { name: 'Your invite' }));
    expect(ref.current).toHaveAttribute('id', 'invite');
  });
});

describe('server rendering', () => {
  it('renders the absolute expiry on the server, and the relative one after hydration', async () => {
    const { client, token } = await invited();
    const queryClient = new QueryClient();
    const preview = await queryClient.fetchQuery(invitePreviewQueryOptions(client, '', token));
    const expiresAt = preview!.invite.expiresAt!;
    const page = (
      <InviteClientProvider
        client={client}
        tenantId=""
        queryClient={queryClient}
        locale="en-US"
        timeZone="UTC"
      >
        <AcceptInvite token={token} />
      </InviteClientProvider>
    );
    const html = renderToString(page);
    const absolute = createInviteI18n({ locale: 'en-US', timeZone: 'UTC' }).formatDateTime(
      expiresAt,
    );
    expect(html).toContain(absolute);

    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = html;
    const recoverable = vi.fn();
    const root = await act(async () =>
      hydrateRoot(container, page, { onRecoverableError: recoverable }),
    );
    expect(recoverable).not.toHaveBeenCalled();
    expect(within(container).getByText(/^(in 7 days|next week)$/)).toBeInTheDocument();
    act(() => root.unmount());
    container.remove();
  });
});
