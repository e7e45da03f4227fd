import { screen, waitFor, within } from '@testing-library/react';
import {
  createMemoryInviteClient,
  type MemoryInviteClient,
} from '../../../src/client/memory/createMemoryInviteClient';
import { InviteClientError } from '../../../src/client/errors';
import type { InviteClient } from '../../../src/client/types';
import { InviteForm, isRetryableInviteError } from '../../../src/components/InviteForm';
import { renderWithProviders } from '../../helpers/renderWithProviders';

const field = () => screen.getByRole('textbox', { name: 'Email addresses' });
const issueLines = () =>
  within(screen.getByText('Needs attention').parentElement!)
    .getAllByRole('listitem')
    .filter((item) => item.getAttribute('data-slot') === 'invite-form-issue')
    .map((item) => item.querySelector('[data-slot="invite-form-issueText"]')?.textContent);
const addresses = (count: number, prefix = 'p') =>
  Array.from({ length: count }, (_, i) => `${prefix}${i}@example.com`);

/** The memory backend, with the network down for every call after the first while `down`. */
function flakyNetwork(memory: MemoryInviteClient) {
  const state = { down: true, calls: 0 };
  const client: InviteClient = {
    ...memory,
    sendUserInvites: async (params, options) => {
      state.calls += 1;
      if (state.down && state.calls > 1) {
        throw new InviteClientError('network', 'Failed to fetch');
      }
      return memory.sendUserInvites(params, options);
    },
  };
  return { client, state };
}

describe('InviteForm: outcomes grouped by reason', () => {
  it('reads 400 failures of one network error as one line, and "Retry 400" sends them again', async () => {
    const memory = createMemoryInviteClient({ tenantId: 'acme', maxBatchSize: 100 });
    const { client, state } = flakyNetwork(memory);
    const { user } = renderWithProviders(<InviteForm />, { client, tenantId: 'acme' });
    await user.click(field());
    await user.paste(addresses(500).join('\n'));
    await user.click(screen.getByRole('button', { name: 'Send 500 invites' }));
    await user.click(await screen.findByRole('button', { name: 'Send 500 invites' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Sent 100 invites. 400 invites could not be sent; they are still in the field.',
      ),
    );
    expect(issueLines()).toEqual([
      "400 couldn't be sent: We couldn't reach the server. Check your connection and try again.",
    ]);
    // The one action that helps is the primary button, and it is offered once.
    const retry = screen.getByRole('button', { name: 'Retry 400' });
    expect(retry).toHaveAttribute('data-action', 'retry');
    expect(screen.getAllByRole('button', { name: /^Retry/ })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /^Remove all/ })).not.toBeInTheDocument();

    state.down = false;
    await user.click(retry);
    await waitFor(() => expect(memory.sentEmails()).toHaveLength(500));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.queryByText('Needs attention')).not.toBeInTheDocument();
  });

  it('offers Retry for failures that a retry can cure and Remove for the others', async () => {
    const memory = createMemoryInviteClient({ tenantId: 'acme', members: ['member@example.com'] });
    await memory.sendUserInvites({
      tenantId: 'acme',
      userInvites: [{ email: 'pending@example.com' }],
    });
    const client: InviteClient = {
      ...memory,
      sendUserInvites: async (params, options) => {
        const busy = params.userInvites.filter((invite) => invite.email.startsWith('busy'));
        const rest = params.userInvites.filter((invite) => !busy.includes(invite));
        const answer = await memory.sendUserInvites({ ...params, userInvites: rest }, options);
        const limited = busy.map(({ email }) => ({
          email,
          code: 'rate_limited' as const,
          message: 'Slow down',
          retryAfterMs: 30_000,
        }));
        return { success: answer.success, errors: [...answer.errors, ...limited] };
      },
    };
    const { user } = renderWithProviders(<InviteForm />, { client, tenantId: 'acme' });
    await user.type(
      field(),
      'new@example.com member@example.com busy@example.com pending@example.com bad@ ',
    );
    await waitFor(() =>
      expect(issueLines()).toEqual([
        'pending@example.com: Already has a pending invite.',
        'bad@: Not a valid email address.',
      ]),
    );
    await user.click(screen.getByRole('button', { name: 'Send 3 invites' }));
    await screen.findByText(
      'Invite sent to new@example.com. 2 invites could not be sent; they are still in the field.',
    );
    expect(issueLines()).toEqual([
      'busy@example.com: Too many requests. Try again in 30 seconds.',
      'member@example.com: This person is already a member of the team.',
      'pending@example.com: Already has a pending invite.',
      'bad@: Not a valid email address.',
    ]);
    expect(isRetryableInviteError('rate_limited')).toBe(true);
    // Only the rate-limited address can succeed later: the primary button retries it.
    expect(screen.getByRole('button', { name: 'Retry 1' })).toHaveAttribute('data-action', 'retry');
    for (const name of [
      "Remove member's address",
      'Remove already-invited address',
      'Remove invalid address',
    ]) {
      expect(screen.getByRole('button', { name })).toBeEnabled();
    }
    // With a new address typed, the primary button sends it; the retry moves to its line.
    await user.type(field(), 'another@example.com');
    expect(screen.getByRole('button', { name: 'Send invites' })).toHaveAttribute(
      'data-action',
      'send',
    );
    expect(screen.getAllByRole('button', { name: 'Retry 1' })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: "Remove member's address" }));
    expect(screen.getByRole('status')).toHaveTextContent('Removed member@example.com.');
    expect(issueLines()).toHaveLength(3);
  });

  it('removes all already-invited at once', async () => {
    const memory = createMemoryInviteClient({ tenantId: 'acme' });
    await memory.sendUserInvites({
      tenantId: 'acme',
      userInvites: addresses(3, 'old').map((email) => ({ email })),
    });
    const { user } = renderWithProviders(<InviteForm />, { client: memory, tenantId: 'acme' });
    await user.click(field());
    await user.paste([...addresses(3, 'old'), 'new@example.com'].join(', '));
    await waitFor(() => expect(issueLines()).toEqual(['3 already have a pending invite.']));
    await user.click(screen.getByRole('button', { name: 'Remove all already-invited' }));
    expect(screen.getByRole('status')).toHaveTextContent('Removed 3 addresses.');
    expect(screen.queryByText('Needs attention')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send invite' })).toBeEnabled();
    expect(field()).toHaveFocus();
  });

  it('keeps each address with its reason one click away, and on its chip', async () => {
    const { user } = renderWithProviders(<InviteForm />);
    await user.type(field(), 'ada@ grace@ ');
    const chip = screen.getByText('grace@', { selector: '[data-slot="invite-form-chipLabel"]' });
    expect(chip.closest('li')).toHaveAccessibleDescription('grace@: Not a valid email address.');
    const line = screen
      .getAllByRole('listitem', { hidden: true })
      .find((item) => item.textContent === 'grace@: Not a valid email address.')!;
    expect(line).not.toBeVisible();
    await user.click(screen.getByText('Show the 2 addresses'));
    expect(line).toBeVisible();
  });
});
