import { screen } from '@testing-library/react';
import { createMemoryInviteClient } from '../../../src/client/memory/createMemoryInviteClient';
import { InviteClientError } from '../../../src/client/errors';
import type { InviteClient } from '../../../src/client/types';
import { AcceptInvite } from '../../../src/components/AcceptInvite';
import { renderWithProviders } from '../../helpers/renderWithProviders';

async function withPreview(userInviteByToken: InviteClient['userInviteByToken']) {
  const memory = createMemoryInviteClient({ tenantId: 'acme' });
  await memory.sendUserInvites({ tenantId: 'acme', userInvites: [{ email: 'ada@example.com' }] });
  const token = memory.sentEmails().at(-1)!.token;
  const client: InviteClient = { ...memory, userInviteByToken };
  return { client, token, memory };
}

describe('AcceptInvite says what really happened', () => {
  it('tells a refusal apart from a network failure, with what the server said', async () => {
    const { client, token } = await withPreview(() =>
      Promise.reject(new InviteClientError('forbidden', 'No.')),
    );
    renderWithProviders(<AcceptInvite token={token} />, { client, tenantId: '' });
    expect(
      await screen.findByRole('heading', { name: "We couldn't check your invite." }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/couldn't reach the server/i)).not.toBeInTheDocument();
    expect(screen.getByText(/not allowed|permission|can't do/i)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });

  it('still says the server could not be reached when it could not', async () => {
    const { client, token } = await withPreview(() =>
      Promise.reject(new InviteClientError('network', 'offline')),
    );
    renderWithProviders(<AcceptInvite token={token} />, { client, tenantId: '' });
    expect(
      await screen.findByText("We couldn't reach the server to check your invite."),
    ).toBeInTheDocument();
  });

  it('claims nothing about a status it does not know', async () => {
    const memory = createMemoryInviteClient({ tenantId: 'acme' });
    await memory.sendUserInvites({ tenantId: 'acme', userInvites: [{ email: 'ada@example.com' }] });
    const token = memory.sentEmails().at(-1)!.token;
    // The memory backend's own preview, with a status from a newer server.
    const client: InviteClient = {
      ...memory,
      userInviteByToken: async (params, options) => {
        const preview = await memory.userInviteByToken(params, options);
        return { ...preview, invite: { ...preview.invite, status: 'archived' } };
      },
    };
    renderWithProviders(<AcceptInvite token={token} />, { client, tenantId: '' });
    expect(
      await screen.findByRole('heading', { name: "This invite can't be answered." }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/canceled/i)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /accept/i })).not.toBeInTheDocument();
  });
});
