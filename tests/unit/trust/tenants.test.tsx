import { QueryClient } from '@tanstack/react-query';
import { act, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryInviteClient } from '../../../src/client/memory/createMemoryInviteClient';
import type { UserInvitesPage } from '../../../src/client/types';
import { InviteForm } from '../../../src/components/InviteForm';
import { Outbox } from '../../../src/components/Outbox';
import { UserInvitesTable } from '../../../src/components/UserInvitesTable';
import { useInviteStatus } from '../../../src/hooks/useInviteStatus';
import { useResendInvite } from '../../../src/hooks/useResendInvite';
import { useUserInvites } from '../../../src/hooks/useUserInvites';
import { InviteClientProvider } from '../../../src/react/InviteClientProvider';

/*
 * An admin who belongs to two teams switches the provider's tenant. Nothing of one team may
 * show, be saved or be counted in the other, on any commit.
 */

async function twoTeams() {
  const client = createMemoryInviteClient({ latencyMs: 30, resendRateLimit: false });
  const acme = ['ada@acme.test', 'alan@acme.test', 'anna@acme.test'];
  const globex = ['hank@globex.test', 'hope@globex.test'];
  await client.sendUserInvites({ tenantId: 'acme', userInvites: acme.map((email) => ({ email })) });
  await client.sendUserInvites({
    tenantId: 'globex',
    userInvites: globex.map((email) => ({ email })),
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return { client, queryClient, acme, globex };
}

describe('switching tenants', () => {
  it("useUserInvites never returns the previous tenant's page, on any render", async () => {
    const { client, queryClient } = await twoTeams();
    let tenantId = 'acme';
    const seen: { tenant: string; page: UserInvitesPage | undefined }[] = [];
    const wrapper = ({ children }: { children: ReactNode }) => (
      <InviteClientProvider client={client} tenantId={tenantId} queryClient={queryClient}>
        {children}
      </InviteClientProvider>
    );
    const { rerender } = renderHook(
      () => {
        const result = useUserInvites({ limit: 10 });
        seen.push({ tenant: tenantId, page: result.data });
        return result;
      },
      { wrapper },
    );
    await waitFor(() => expect(seen.at(-1)?.page?.data).toHaveLength(3));
    tenantId = 'globex';
    rerender();
    await waitFor(() => expect(seen.at(-1)?.page?.data).toHaveLength(2));
    const globexRenders = seen.filter((render) => render.tenant === 'globex');
    for (const { page } of globexRenders) {
      for (const invite of page?.data ?? []) expect(invite.tenantId).toBe('globex');
    }
    // Between the switch and globex's first page there was a render with nothing: the loading state.
    expect(globexRenders[0]!.page).toBeUndefined();
  });

  it("the table shows its loading state, never a row of the previous tenant's, after a switch", async () => {
    const { client, queryClient, acme, globex } = await twoTeams();
    const ui = (tenantId: string) => (
      <InviteClientProvider client={client} tenantId={tenantId} queryClient={queryClient}>
        <UserInvitesTable />
      </InviteClientProvider>
    );
    const { rerender, container } = render(ui('acme'));
    expect(await screen.findByText(acme[0]!)).toBeInTheDocument();
    // Every node the table adds from now on is recorded, so a row that shows for a single
    // commit and goes again is still seen.
    const added: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) added.push(node.textContent ?? '');
        if (record.type === 'characterData') added.push(record.target.textContent ?? '');
      }
    });
    observer.observe(container, { childList: true, subtree: true, characterData: true });
    rerender(ui('globex'));
    expect(screen.queryByText(acme[0]!)).not.toBeInTheDocument();
    expect(await screen.findByText(globex[0]!)).toBeInTheDocument();
    observer.disconnect();
    for (const email of acme) expect(added.join('\n')).not.toContain(email);
  });

  it('keeps a draft with its tenant and user: never written or read under another', async () => {
    sessionStorage.clear();
    const { client, queryClient } = await twoTeams();
    const user = userEvent.setup();
    const ui = (tenantId: string, userId = 'admin') => (
      <InviteClientProvider
        client={client}
        tenantId={tenantId}
        currentUserId={userId}
        queryClient={queryClient}
      >
        <InviteForm persistDraft />
      </InviteClientProvider>
    );
    const { rerender, unmount } = render(ui('acme'));
    await user.type(screen.getByRole('textbox', { name: 'Email addresses' }), 'new@acme.test,');
    expect(await screen.findByText('new@acme.test')).toBeInTheDocument();

    rerender(ui('globex'));
    await waitFor(() => expect(screen.queryByText('new@acme.test')).not.toBeInTheDocument());
    await user.type(screen.getByRole('textbox', { name: 'Email addresses' }), 'new@globex.test,');
    expect(await screen.findByText('new@globex.test')).toBeInTheDocument();
    const stored = Object.keys(sessionStorage).map((key) => [key, sessionStorage.getItem(key)]);
    const globexDraft = stored.find(([key]) => key?.includes('globex'));
    const acmeDraft = stored.find(([key]) => key?.includes('acme'));
    expect(globexDraft?.[1]).toContain('new@globex.test');
    expect(globexDraft?.[1]).not.toContain('new@acme.test');
    expect(acmeDraft?.[1]).toContain('new@acme.test');
    expect(acmeDraft?.[1]).not.toContain('new@globex.test');

    // Back to acme: its own draft, and nothing of globex's.
    rerender(ui('acme'));
    expect(await screen.findByText('new@acme.test')).toBeInTheDocument();
    expect(screen.queryByText('new@globex.test')).not.toBeInTheDocument();

    // Another user of the same tenant starts empty.
    unmount();
    render(ui('acme', 'someone-else'));
    await act(() => Promise.resolve());
    expect(screen.queryByText('new@acme.test')).not.toBeInTheDocument();
  });

  it("leaves search, filter, page and selection with the previous tenant's table", async () => {
    const { client, queryClient, acme, globex } = await twoTeams();
    const user = userEvent.setup();
    const ui = (tenantId: string) => (
      <InviteClientProvider client={client} tenantId={tenantId} queryClient={queryClient}>
        <UserInvitesTable />
      </InviteClientProvider>
    );
    const { rerender } = render(ui('acme'));
    const row = (await screen.findByText(acme[0]!)).closest('tr')!;
    await user.click(within(row).getByRole('checkbox'));
    // The bulk bar's code loads on demand: it shows once it has arrived.
    expect(await screen.findByText(/1 selected/i)).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox'), 'ada');

    rerender(ui('globex'));
    expect(await screen.findByText(globex[0]!)).toBeInTheDocument();
    expect(screen.queryByText(/selected/i)).not.toBeInTheDocument();
    expect(screen.getByRole('searchbox')).toHaveValue('');
    expect(await screen.findByText(globex[1]!)).toBeInTheDocument();
  });

  it('keeps resend cooldowns per tenant', async () => {
    const { client, queryClient } = await twoTeams();
    const [acmeInvite] = (await client.userInvites({ tenantId: 'acme' })).data;
    let tenantId = 'acme';
    const wrapper = ({ children }: { children: ReactNode }) => (
      <InviteClientProvider client={client} tenantId={tenantId} queryClient={queryClient}>
        {children}
      </InviteClientProvider>
    );
    const { result, rerender } = renderHook(() => useResendInvite({ cooldownMs: 60_000 }), {
      wrapper,
    });
    await act(() => result.current.mutateAsync(acmeInvite!.id));
    expect(result.current.cooldownRemainingMs(acmeInvite!.id)).toBeGreaterThan(0);
    tenantId = 'globex';
    rerender();
    // Another tenant's store: the id means nothing there.
    expect(result.current.cooldownRemainingMs(acmeInvite!.id)).toBe(0);
  });

  it("the status watcher answers for the current tenant only: another tenant's ids show nothing", async () => {
    const { client, queryClient } = await twoTeams();
    const acmeIds = (await client.userInvites({ tenantId: 'acme' })).data.map((i) => i.id);
    let tenantId = 'acme';
    const wrapper = ({ children }: { children: ReactNode }) => (
      <InviteClientProvider client={client} tenantId={tenantId} queryClient={queryClient}>
        {children}
      </InviteClientProvider>
    );
    const { result, rerender } = renderHook(() => useInviteStatus(acmeIds), { wrapper });
    await waitFor(() => expect(Object.keys(result.current.statusById)).toHaveLength(3));
    tenantId = 'globex';
    rerender();
    expect(result.current.statusById).toEqual({});
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(result.current.statusById).toEqual({});
  });

  it("the outbox lists the current tenant's emails only", async () => {
    const { client, queryClient, acme, globex } = await twoTeams();
    const ui = (tenantId: string) => (
      <InviteClientProvider client={client} tenantId={tenantId} queryClient={queryClient}>
        <Outbox />
      </InviteClientProvider>
    );
    const { rerender } = render(ui('acme'));
    expect(await screen.findByText(acme[0]!)).toBeInTheDocument();
    rerender(ui('globex'));
    expect(await screen.findByText(globex[0]!)).toBeInTheDocument();
    for (const email of acme) expect(screen.queryByText(email)).not.toBeInTheDocument();
  });
});
