import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MemoryInviteClient } from '../../../src/client/memory/createMemoryInviteClient';
import type { SendUserInvitesParams } from '../../../src/client/types';
import { InviteForm } from '../../../src/components/InviteForm';
import { renderWithProviders } from '../../helpers/renderWithProviders';

const field = () => screen.getByRole('textbox', { name: 'Email addresses' });
const chips = () =>
  within(screen.getByRole('list', { name: 'People to invite' })).getAllByRole('listitem');
const chipTexts = () =>
  chips().map((chip) => chip.querySelector('[data-slot="invite-form-chipLabel"]')?.textContent);
async function paste(user: ReturnType<typeof renderWithProviders>['user'], text: string) {
  await user.click(field());
  await user.paste(text);
}
const sendCalls = (client: MemoryInviteClient) =>
  client
    .calls()
    .filter((call) => call.method === 'sendUserInvites')
    .map((call) => (call.args[0] as SendUserInvitesParams).userInvites);

describe('InviteForm: sending', () => {
  it('keeps the button disabled while empty', () => {
    renderWithProviders(<InviteForm />);
    expect(screen.getByRole('button', { name: 'Send invites' })).toBeDisabled();
  });

  it('makes a double submit impossible', async () => {
    const { client, user } = renderWithProviders(<InviteForm />, { memory: { latencyMs: 50 } });
    await user.type(field(), 'ada@example.com ');
    const button = screen.getByRole('button', { name: 'Send invite' });
    await user.dblClick(button);
    fireEvent.submit(button.closest('form')!);
    await waitFor(() =>
      expect(screen.queryByRole('list', { name: 'People to invite' })).not.toBeInTheDocument(),
    );
    expect(sendCalls(client)).toHaveLength(1);
  });

  it('does not send again what was just sent when a submit lands before the next render', async () => {
    let form: HTMLFormElement | null = null;
    const { client, user } = renderWithProviders(
      <InviteForm
        // A submit right after the send ends, before React has rendered its result.
        onSent={() => queueMicrotask(() => fireEvent.submit(form!))}
      />,
    );
    await user.type(field(), 'ada@example.com ');
    form = field().closest('form');
    await user.click(screen.getByRole('button', { name: 'Send invite' }));
    expect(await screen.findByText('Invite sent to ada@example.com.')).toBeInTheDocument();
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(sendCalls(client)).toHaveLength(1);
  });

  it('shows progress on a large send', async () => {
    const { user } = renderWithProviders(<InviteForm />, {
      memory: { latencyMs: 250, maxBatchSize: 10 },
    });
    await paste(user, Array.from({ length: 30 }, (_, i) => `p${i}@example.com`).join(' '));
    await user.click(screen.getByRole('button', { name: 'Send 30 invites' }));
    expect(await screen.findByText('Sending 10 of 30…')).toBeInTheDocument();
    expect(await screen.findByText('Sending 20 of 30…')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Sending 20 of 30…' })).toHaveAttribute(
      'value',
      '20',
    );
    expect(await screen.findByText('Sent 30 invites.')).toBeInTheDocument();
  });

  it('clears sent addresses and keeps failed ones with their reason; a permanent failure offers Remove, not Retry', async () => {
    const { client, user } = renderWithProviders(<InviteForm />, {
      memory: { members: ['grace@example.com'] },
    });
    await user.type(field(), 'ada@example.com grace@example.com ');
    await user.click(screen.getByRole('button', { name: 'Send 2 invites' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Invite sent to ada@example.com. 1 invite could not be sent; it is still in the field.',
      ),
    );
    expect(chipTexts()).toEqual(['grace@example.com']);
    expect(chips()[0]).toHaveAccessibleDescription(
      'grace@example.com: This person is already a member of the team.',
    );
    // Already a member: sending again cannot help.
    expect(screen.queryByRole('button', { name: /^Retry/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send invites' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: "Remove member's address" }));
    expect(screen.queryByRole('list', { name: 'People to invite' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Removed grace@example.com.');
    expect(sendCalls(client)).toHaveLength(1);
  });

  it('says when to retry after a rate limit, and keeps everything', async () => {
    const { client, user } = renderWithProviders(<InviteForm />);
    client.failNext('sendUserInvites', 'rate_limited', { retryAfterMs: 42_000 });
    await user.type(field(), 'ada@example.com grace@example.com ');
    await user.click(screen.getByRole('button', { name: 'Send 2 invites' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nothing was sent: Too many requests. Try again in 42 seconds.',
    );
    expect(chipTexts()).toEqual(['ada@example.com', 'grace@example.com']);
  });

  it('keeps everything, typed text included, when the network is down', async () => {
    const onError = vi.fn();
    const { client, user } = renderWithProviders(<InviteForm onError={onError} />);
    client.failNext('sendUserInvites', 'network');
    await user.type(field(), 'ada@example.com grace@example.com');
    await user.click(screen.getByRole('button', { name: 'Send invite' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("couldn't reach the server");
    expect(chipTexts()).toEqual(['ada@example.com', 'grace@example.com']);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'network' }));
  });

  it('reports every send to onSent, and puts focus back in the field', async () => {
    const onSent = vi.fn();
    const { user } = renderWithProviders(<InviteForm onSent={onSent} />);
    await user.type(field(), 'ada@example.com ');
    await user.click(screen.getByRole('button', { name: 'Send invite' }));
    await waitFor(() =>
      expect(onSent).toHaveBeenCalledWith({
        success: [expect.objectContaining({ email: 'ada@example.com' })],
        errors: [],
      }),
    );
    expect(field()).toHaveFocus();
  });
});

describe('InviteForm: nothing lost', () => {
  beforeEach(() => sessionStorage.clear());

  it('restores unsent entries after a remount (a reload, a closed dialog) with persistDraft', async () => {
    const first = renderWithProviders(<InviteForm persistDraft />);
    await first.user.type(field(), 'ada@example.com alan@ ');
    first.unmount();
    renderWithProviders(<InviteForm persistDraft />);
    await waitFor(() => expect(chipTexts()).toEqual(['ada@example.com', 'alan@']));
  });

  it('keeps one draft per tenant, and forgets it once everything is sent', async () => {
    const first = renderWithProviders(<InviteForm persistDraft />, { tenantId: 'tenant_test' });
    await first.user.type(field(), 'ada@example.com ');
    first.unmount();
    const other = renderWithProviders(<InviteForm persistDraft />, { tenantId: 'another' });
    expect(screen.queryByRole('list', { name: 'People to invite' })).not.toBeInTheDocument();
    other.unmount();
    const again = renderWithProviders(<InviteForm persistDraft />, { tenantId: 'tenant_test' });
    await waitFor(() => expect(chipTexts()).toEqual(['ada@example.com']));
    await again.user.click(screen.getByRole('button', { name: 'Send invite' }));
    await waitFor(() =>
      expect(screen.queryByRole('list', { name: 'People to invite' })).not.toBeInTheDocument(),
    );
    expect(sessionStorage.getItem('invite-widgets:draft:tenant_test')).toBeNull();
  });
});
