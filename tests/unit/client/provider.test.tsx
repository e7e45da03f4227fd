import { QueryClient, QueryClientProvider, useQuery, useQueryClient } from '@tanstack/react-query';
import { render, renderHook, screen } from '@testing-library/react';
import { InviteClientProvider } from '../../../src/react/InviteClientProvider';
import { useInviteContext } from '../../../src/react/useInviteContext';
import { useInviteI18n } from '../../../src/i18n/useInviteI18n';
import { createMemoryInviteClient } from '../../../src/client/memory/createMemoryInviteClient';
import { inviteKeys } from '../../../src/query/inviteKeys';
import { userInvitesQueryOptions } from '../../../src/query/userInvitesQueryOptions';

function InviteEmails() {
  const { client, tenantId } = useInviteContext();
  const invites = useQuery(userInvitesQueryOptions(client, tenantId, { limit: 10 }));
  if (!invites.data) return <p>Loading</p>;
  return (
    <ul aria-label={`Invites of ${tenantId}`}>
      {invites.data.data.map((invite) => (
        <li key={invite.id}>{invite.email}</li>
      ))}
    </ul>
  );
}

describe('InviteClientProvider', () => {
  it('throws an error that names the provider when a hook is used outside it', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useInviteContext())).toThrow(
      /must be used within <InviteClientProvider>/,
    );
  });

  it("uses the host's QueryClient when it sits inside a QueryClientProvider", () => {
    const host = new QueryClient();
    const client = createMemoryInviteClient();
    const { result } = renderHook(() => useQueryClient(), {
      wrapper: ({ children }) => (
        <QueryClientProvider client={host}>
          <InviteClientProvider client={client} tenantId="acme">
            {children}
          </InviteClientProvider>
        </QueryClientProvider>
      ),
    });
    expect(result.current).toBe(host);
  });

  it('brings its own QueryClient, kept across renders, when the host has none', () => {
    const client = createMemoryInviteClient();
    const { result, rerender } = renderHook(() => useQueryClient(), {
      wrapper: ({ children }) => (
        <InviteClientProvider client={client} tenantId="acme">
          {children}
        </InviteClientProvider>
      ),
    });
    const first = result.current;
    expect(first).toBeInstanceOf(QueryClient);
    rerender();
    expect(result.current).toBe(first);
  });

  it('hands down client, tenant, user, locale and message overrides', () => {
    const client = createMemoryInviteClient();
    const { result } = renderHook(() => ({ ...useInviteContext(), i18n: useInviteI18n() }), {
      wrapper: ({ children }) => (
        <InviteClientProvider
          client={client}
          tenantId="acme"
          currentUserId="u1"
          locale="de-DE"
          timeZone="Europe/Berlin"
          messages={{ 'status.pending': 'Offen' }}
        >
          {children}
        </InviteClientProvider>
      ),
    });
    // The client handed down is the given one behind the request timeout: same data, same calls.
    expect(result.current.client.maxBatchSize).toBe(client.maxBatchSize);
    expect(result.current.client.subscribe).toBe(client.subscribe);
    expect(result.current).toMatchObject({
      tenantId: 'acme',
      currentUserId: 'u1',
      locale: 'de-DE',
      timeZone: 'Europe/Berlin',
    });
    expect(result.current.i18n.t('status.pending')).toBe('Offen');
    expect(result.current.i18n.t('status.accepted')).toBe('Accepted');
  });

  it('keeps its context value when re-rendered with an equal inline messages object', () => {
    const client = createMemoryInviteClient();
    let messages = { 'status.pending': 'Waiting' };
    const { result, rerender } = renderHook(
      () => ({ context: useInviteContext(), i18n: useInviteI18n() }),
      {
        wrapper: ({ children }) => (
          <InviteClientProvider client={client} tenantId="acme" messages={{ ...messages }}>
            {children}
          </InviteClientProvider>
        ),
      },
    );
    const first = result.current;
    rerender();
    expect(result.current.context).toBe(first.context);
    expect(result.current.i18n).toBe(first.i18n);
    messages = { 'status.pending': 'Open' };
    rerender();
    expect(result.current.context).not.toBe(first.context);
    expect(result.current.i18n.t('status.pending')).toBe('Open');
  });

  it("never shows one tenant's cached invites after switching to another", async () => {
    const client = createMemoryInviteClient({ latencyMs: 20 });
    await client.sendUserInvites({ tenantId: 'acme', userInvites: [{ email: 'ada@acme.test' }] });
    await client.sendUserInvites({
      tenantId: 'globex',
      userInvites: [{ email: 'hank@globex.test' }],
    });
    const queryClient = new QueryClient();
    const ui = (tenantId: string) => (
      <InviteClientProvider client={client} tenantId={tenantId} queryClient={queryClient}>
        <InviteEmails />
      </InviteClientProvider>
    );
    const { rerender } = render(ui('acme'));
    expect(await screen.findByText('ada@acme.test')).toBeInTheDocument();
    rerender(ui('globex'));
    expect(screen.queryByText('ada@acme.test')).not.toBeInTheDocument();
    expect(await screen.findByText('hank@globex.test')).toBeInTheDocument();
    expect(queryClient.getQueryData(inviteKeys.list('acme', { limit: 10 }))).toMatchObject({
      totalCount: 1,
    });
  });
});
