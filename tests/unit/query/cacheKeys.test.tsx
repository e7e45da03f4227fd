import { QueryClient, QueryClientProvider, type QueryKey } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import {
  createMemoryInviteClient,
  type MemoryInviteClient,
} from '../../../src/client/memory/createMemoryInviteClient';
import type { InvitePreview, UserInvitesPage } from '../../../src/client/types';
import { AcceptInvite } from '../../../src/components/AcceptInvite';
import { InviteDialog } from '../../../src/components/InviteDialog';
import { InviteForm } from '../../../src/components/InviteForm';
import { InviteStatusBadge } from '../../../src/components/InviteStatusBadge';
import { Outbox } from '../../../src/components/Outbox';
import { UserInvitesTable } from '../../../src/components/UserInvitesTable';
import { inviteKeys } from '../../../src/query/inviteKeys';
import { InviteClientProvider } from '../../../src/react/InviteClientProvider';

function hostQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
}

/** The host's own QueryClientProvider, with the invite provider inside it. */
function Host(props: {
  queryClient: QueryClient;
  client: MemoryInviteClient;
  tenantId: string;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={props.queryClient}>
      <InviteClientProvider
        client={props.client}
        tenantId={props.tenantId}
        currentUserId="user_admin"
        locale="en-US"
        timeZone="UTC"
      >
        {props.children}
      </InviteClientProvider>
    </QueryClientProvider>
  );
}

/** A token the invitee can still answer: the latest email of an invite that is pending. */
async function openToken(client: MemoryInviteClient, skip: readonly string[] = []) {
  for (const email of [...client.sentEmails()].reverse()) {
    if (skip.includes(email.inviteId)) continue;
    const latest = client.sentEmails().findLast((sent) => sent.inviteId === email.inviteId);
    const invite = await client.userInvite(email.inviteId);
    if (latest?.token === email.token && invite?.status === 'pending') return email;
  }
  throw new Error('no open invite to answer');
}

const startsWithTenant = (key: QueryKey | undefined, tenantId: string) =>
  Array.isArray(key) && key[0] === 'invite-widgets' && key[1] === tenantId;

describe('cache keys of every component', () => {
  it("puts every query and mutation under ['invite-widgets', tenantId]", async () => {
    const tenantId = 'acme';
    const client = createMemoryInviteClient({ tenantId, seed: 3, seedCount: 30 });
    const answered = await openToken(client);
    const declined = await openToken(client, [answered.inviteId]);
    const queryClient = hostQueryClient();
    const user = userEvent.setup();
    render(
      <Host queryClient={queryClient} client={client} tenantId={tenantId}>
        <InviteForm />
        <InviteDialog />
        <UserInvitesTable />
        <InviteStatusBadge status="pending" />
        <AcceptInvite token={answered.token} />
        <Outbox />
      </Host>,
    );
    const table = screen.getByRole('table', { name: 'Invites' });

    // Page the table.
    expect(await screen.findByText('1–25 of 30')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('26–30 of 30')).toBeInTheDocument();

    // Open the dialog and send one invite from it.
    await user.click(screen.getByRole('button', { name: 'Invite people' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite people to your team' });
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Email addresses' }),
      'newcomer@example.com{Enter}',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send invite' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(client.sentEmails().at(-1)?.email).toBe('newcomer@example.com');

    // Resend from the table, then answer as invitees: on the accept page and in the outbox.
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    const resend = await within(table).findAllByRole('button', { name: /^Resend invite to / });
    await user.click(resend[0]!);
    expect(await screen.findByText(/^Invite resent to /)).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Accept invite' }));
    expect(
      await screen.findByRole('heading', { name: 'Welcome aboard! You joined Acme.' }),
    ).toBeInTheDocument();
    await user.click(
      await screen.findByRole('button', { name: `Decline invite for ${declined.email}` }),
    );
    expect(await screen.findByText(`${declined.email} declined the invite.`)).toBeInTheDocument();

    const queryKeys = queryClient
      .getQueryCache()
      .getAll()
      .map((query) => query.queryKey);
    const mutationKeys = queryClient
      .getMutationCache()
      .getAll()
      .map((mutation) => mutation.options.mutationKey);

    // What was cached is what the interactions above asked for, so the check below has teeth.
    const kinds = new Set(queryKeys.map((key) => key[2]));
    expect(kinds).toEqual(new Set(['list', 'roles', 'preview', 'detail']));
    expect(new Set(mutationKeys.map((key) => key?.[3]))).toEqual(
      new Set(['send', 'resend', 'accept', 'decline']),
    );

    expect(queryKeys.filter((key) => !startsWithTenant(key, tenantId))).toEqual([]);
    expect(mutationKeys.filter((key) => !startsWithTenant(key, tenantId))).toEqual([]);
  });
});

describe("a tenant named 'preview'", () => {
  it("never collides with the invitee's preview key", async () => {
    const client = createMemoryInviteClient({
      tenantId: 'preview',
      tenantNames: { preview: 'Preview Labs' },
    });
    await client.sendUserInvites({
      tenantId: 'preview',
      userInvites: [{ email: 'ada@example.com' }, { email: 'grace@example.com' }],
    });
    const [ada] = client.sentEmails();
    const queryClient = hostQueryClient();
    render(
      <>
        <Host queryClient={queryClient} client={client} tenantId="preview">
          <UserInvitesTable />
        </Host>
        {/* The invitee's page does not know its tenant. */}
        <Host queryClient={queryClient} client={client} tenantId="">
          <AcceptInvite token={ada!.token} />
        </Host>
      </>,
    );
    expect(
      await screen.findByText('Alex Kim invited you to join Preview Labs.'),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Invites' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));

    // The preview sits under its own key, which no key of the tenant 'preview' matches.
    const previewKey = inviteKeys.preview('', ada!.token);
    expect(queryClient.getQueryData<InvitePreview>(previewKey)?.invite.email).toBe(
      'ada@example.com',
    );
    const tenantQueries = queryClient.getQueryCache().findAll({
      queryKey: inviteKeys.all('preview'),
    });
    expect(tenantQueries.length).toBeGreaterThan(0);
    expect(tenantQueries.map((query) => query.queryKey[2])).not.toContain('preview');
    for (const [, page] of queryClient.getQueriesData<UserInvitesPage>({
      queryKey: inviteKeys.lists('preview'),
    })) {
      expect(Array.isArray(page?.data)).toBe(true);
    }

    // Revalidating everything of the tenant 'preview' leaves the invitee's page alone…
    const previewCalls = () =>
      client.calls().filter((call) => call.method === 'userInviteByToken').length;
    const listCalls = () => client.calls().filter((call) => call.method === 'userInvites').length;
    const before = { preview: previewCalls(), lists: listCalls() };
    await act(() => queryClient.invalidateQueries({ queryKey: inviteKeys.all('preview') }));
    expect(listCalls()).toBeGreaterThan(before.lists);
    expect(previewCalls()).toBe(before.preview);
    expect(queryClient.getQueryState(previewKey)?.isInvalidated).toBe(false);

    // …and revalidating the invitee's preview leaves the tenant's lists alone.
    const lists = listCalls();
    await act(() => queryClient.invalidateQueries({ queryKey: previewKey }));
    expect(previewCalls()).toBe(before.preview + 1);
    expect(listCalls()).toBe(lists);
    expect(screen.getByRole('button', { name: 'Accept invite' })).toBeInTheDocument();
  });
});
