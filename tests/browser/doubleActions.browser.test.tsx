import { screen } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { createMemoryInviteClient } from '../../src/client/memory/createMemoryInviteClient';
import { AcceptInvite } from '../../src/components/AcceptInvite';
import { renderWithProviders } from '../helpers/renderWithProviders';

// Real double clicks from Chromium's input pipeline: two clicks as close together as a mouse
// makes them, before TanStack has told React that the first call is pending.
describe('double actions, in Chromium', () => {
  it('accepts an invite once on a double click, and shows the accepted state', async () => {
    const client = createMemoryInviteClient({ tenantId: 'acme' });
    await client.sendUserInvites({ tenantId: 'acme', userInvites: [{ email: 'ada@example.com' }] });
    const token = client.sentEmails().at(-1)!.token;
    client.setLatency(80);
    renderWithProviders(<AcceptInvite token={token} />, { client, tenantId: '' });
    const accept = await screen.findByRole('button', { name: /accept/i });
    client.clearCalls();
    await userEvent.dblClick(accept);
    expect(await screen.findByRole('heading', { name: /joined|welcome|accepted/i })).toBeVisible();
    expect(screen.queryByText(/already accepted/i)).not.toBeInTheDocument();
    expect(client.calls().filter((call) => call.method === 'acceptUserInvite')).toHaveLength(1);
  });
});
