import { QueryClient } from '@tanstack/react-query';
import { act, renderHook, screen, waitFor, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { createMemoryInviteClient } from '../../../src/client/memory/createMemoryInviteClient';
import type { InviteClient, UserInvite } from '../../../src/client/types';
import {
  UserInvitesTable,
  UserInvitesTableBody,
  UserInvitesTableParts,
  UserInvitesTableRoot,
  defaultUserInvitesTableQuery,
  useUserInvitesTableState,
} from '../../../src/components/UserInvitesTable';
import { userInvitesQueryOptions } from '../../../src/query/userInvitesQueryOptions';
import { InviteClientProvider } from '../../../src/react/InviteClientProvider';
import { renderWithProviders } from '../../helpers/renderWithProviders';
import { listQueries } from '../../helpers/requests';
import { preloadInviteWidgets } from '../../../src/components/preloadInviteWidgets';

// Every on-demand part, fetched up front; a part that fails to compile fails here, with why.
beforeAll(async () => expect(await preloadInviteWidgets()).toEqual([]), 30_000);

const NOW = Date.parse('2026-03-10T12:00:00Z');
const HOUR = 3_600_000;

function invite(id: string, email: string, overrides: Partial<UserInvite> = {}): UserInvite {
  return {
    id,
    email,
    firstName: null,
    lastName: null,
    locale: 'en-US',
    data: null,
    roleKeys: ['member'],
    status: 'pending',
    statusUpdatedAt: new Date(NOW - 2 * HOUR).toISOString(),
    tenantId: 'acme',
    createdByUserId: 'user_admin',
    acceptedByUserId: null,
    userTokenId: null,
    createdAt: new Date(NOW - 2 * HOUR).toISOString(),
    updatedAt: new Date(NOW - 2 * HOUR).toISOString(),
    expiresAt: new Date(NOW + 5 * 24 * HOUR).toISOString(),
    ...overrides,
  };
}

const many = (count: number) =>
  Array.from({ length: count }, (_, index) =>
    invite(`i${index}`, `person${index}@example.com`, {
      createdAt: new Date(NOW - (index + 1) * HOUR).toISOString(),
    }),
  );

const memory = (invites: UserInvite[], latencyMs = 0) =>
  createMemoryInviteClient({ tenantId: 'acme', now: () => NOW, latencyMs, invites });

const table = () => screen.getByRole('table', { name: 'Invites' });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
/** The bulk bar's summary of a finished action: the box its "Dismiss" button is in. */
const bulkSummary = async () =>
  (await screen.findByRole('button', { name: 'Dismiss' })).parentElement!;

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterAll(() => {
  vi.useRealTimers();
});

describe('UserInvitesTable: prefetched on a server', () => {
  it('mounts with its rows and asks for no list when defaultUserInvitesTableQuery was prefetched', async () => {
    const client = memory(many(5));
    const queryClient = new QueryClient();
    await queryClient.prefetchQuery(
      userInvitesQueryOptions(client, 'acme', defaultUserInvitesTableQuery),
    );
    client.clearCalls();
    renderWithProviders(<UserInvitesTable />, { client, tenantId: 'acme', queryClient });
    // The first render already has the rows: no loading state, not for one frame.
    expect(bodyRows()).toHaveLength(5);
    expect(screen.queryByText('Loading invites…')).not.toBeInTheDocument();
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(listQueries(client)).toEqual([]);
    expect(defaultUserInvitesTableQuery).toEqual({
      limit: 25,
      offset: 0,
      order: { field: 'createdAt', direction: 'desc' },
    });
  });

  it('renders the same dates on the server and at hydration, then relative times', async () => {
    const client = memory(many(2));
    const queryClient = new QueryClient();
    await queryClient.prefetchQuery(
      userInvitesQueryOptions(client, 'acme', defaultUserInvitesTableQuery),
    );
    const ui = (
      <InviteClientProvider
        client={client}
        tenantId="acme"
        queryClient={queryClient}
        timeZone="UTC"
      >
        <UserInvitesTable />
      </InviteClientProvider>
    );
    const html = renderToString(ui);
    expect(html).toContain('Mar 10, 2026');
    expect(html).not.toContain('hours ago');
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = html;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const recoverable = vi.fn();
    const root = await act(async () =>
      hydrateRoot(container, ui, { onRecoverableError: recoverable }),
    );
    await waitFor(() => expect(container.textContent).toContain('1 hour ago'));
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    act(() => root.unmount());
    container.remove();
  });
});

describe('UserInvitesTable: edit a pending invite', () => {
  it('changes role, names and email language in a dialog, optimistically', async () => {
    const client = memory([invite('i1', 'ada@example.com')], 40);
    const { user } = renderWithProviders(<UserInvitesTable />, { client, tenantId: 'acme' });
    await user.click(await screen.findByRole('button', { name: 'Actions for ada@example.com' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Edit invite' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit invite' });
    await user.type(within(dialog).getByRole('textbox', { name: 'First name' }), 'Ada');
    await user.type(within(dialog).getByRole('textbox', { name: 'Last name' }), 'Lovelace');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Role' }), 'admin');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Email language' }),
      'de-DE',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    // Shown before the backend answers.
    expect(await screen.findByText('Ada Lovelace')).toBeInTheDocument();
    expect(client.calls().find((call) => call.method === 'updateUserInvite')?.args).toEqual([
      'i1',
      { firstName: 'Ada', lastName: 'Lovelace', locale: 'de-DE', roleKeys: ['admin'] },
    ]);
    expect(await screen.findByText('Invite for ada@example.com updated.')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Actions for ada@example.com' })).toHaveFocus(),
    );
  });

  it('rolls the change back when the backend refuses, and says why', async () => {
    const client = memory([invite('i1', 'ada@example.com', { firstName: 'Ada' })], 20);
    client.failNext('updateUserInvite', 'forbidden');
    const { user } = renderWithProviders(<UserInvitesTable />, { client, tenantId: 'acme' });
    await user.click(await screen.findByRole('button', { name: 'Actions for ada@example.com' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Edit invite' }));
    const first = await screen.findByRole('textbox', { name: 'First name' });
    await user.clear(first);
    await user.type(first, 'Grace');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(
      await screen.findByText(/Could not update the invite to ada@example.com/),
    ).toBeInTheDocument();
    expect(within(table()).getByText('Ada')).toBeInTheDocument();
    expect(within(table()).queryByText('Grace')).not.toBeInTheDocument();
  });

  it('closes with its × ("Close") and changes nothing, back on the menu button', async () => {
    const client = memory([invite('i1', 'ada@example.com')]);
    const { user } = renderWithProviders(<UserInvitesTable />, { client, tenantId: 'acme' });
    await user.click(await screen.findByRole('button', { name: 'Actions for ada@example.com' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Edit invite' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit invite' });
    await user.type(within(dialog).getByRole('textbox', { name: 'First name' }), 'Ada');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(client.calls().filter((call) => call.method === 'updateUserInvite')).toEqual([]);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Actions for ada@example.com' })).toHaveFocus(),
    );
  });

  it('opens for an invite whose email language Intl cannot name, and shows its code', async () => {
    const client = memory([invite('i1', 'ada@example.com', { locale: 'not a tag' })]);
    const { user } = renderWithProviders(<UserInvitesTable />, { client, tenantId: 'acme' });
    await user.click(await screen.findByRole('button', { name: 'Actions for ada@example.com' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Edit invite' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit invite' });
    expect(within(dialog).getByRole('combobox', { name: 'Email language' })).toHaveDisplayValue(
      'not a tag',
    );
  });

  it('offers no edit when the client declares it cannot update invites', async () => {
    const client = memory([invite('i1', 'ada@example.com')]);
    const readOnly: InviteClient = { ...client, supportsUpdateUserInvite: false } as InviteClient;
    const { user } = renderWithProviders(<UserInvitesTable />, {
      client: readOnly,
      tenantId: 'acme',
    });
    await user.click(await screen.findByRole('button', { name: 'Actions for ada@example.com' }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).queryByRole('menuitem', { name: 'Edit invite' })).not.toBeInTheDocument();
    expect(within(menu).getByRole('menuitem', { name: 'Cancel invite…' })).toBeInTheDocument();
  });
});

describe('UserInvitesTable: nothing to page or select', () => {
  it('shows no pagination, range or select-all in an empty tenant', async () => {
    renderWithProviders(<UserInvitesTable />, { client: memory([]), tenantId: 'acme' });
    expect(await screen.findByText('No invites yet')).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByText(/of 0/)).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('shows skeleton rows and no pagination while the first page loads', () => {
    renderWithProviders(<UserInvitesTable />, {
      client: memory(many(3), 10_000),
      tenantId: 'acme',
    });
    expect(document.querySelectorAll('tr[data-state="loading"]').length).toBeGreaterThan(0);
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });
});

describe('UserInvitesTable: bulk actions', () => {
  it('resends a few at a time with progress, buttons disabled while it runs, then one summary', async () => {
    const client = memory(many(10));
    let inFlight = 0;
    let most = 0;
    const counting: InviteClient = {
      ...client,
      resendUserInvite: async (id, options) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 30));
        try {
          return await client.resendUserInvite(id, options);
        } finally {
          inFlight -= 1;
        }
      },
    };
    const { user } = renderWithProviders(<UserInvitesTable />, {
      client: counting,
      tenantId: 'acme',
    });
    await waitFor(() => expect(bodyRows()).toHaveLength(10));
    await user.click(screen.getByRole('checkbox', { name: 'Select all invites on this page' }));
    await user.click(screen.getByRole('button', { name: 'Resend selected' }));
    // Progress in the bar (and once in the live region).
    const bar = screen.getByRole('group', { name: '10 selected' });
    expect(within(bar).getByText(/^Resending \d+ of 10…$/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Resend selected' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Cancel selected' })).toBeDisabled();
    expect(await bulkSummary()).toHaveTextContent(/^Resent 10 invites\.Dismiss$/);
    expect(most).toBe(4);
  });

  it('names each failure in the summary', async () => {
    const client = memory(many(3));
    client.failNext('resendUserInvite', 'forbidden');
    const { user } = renderWithProviders(<UserInvitesTable />, { client, tenantId: 'acme' });
    await waitFor(() => expect(bodyRows()).toHaveLength(3));
    await user.click(screen.getByRole('checkbox', { name: 'Select all invites on this page' }));
    await user.click(screen.getByRole('button', { name: 'Resend selected' }));
    const summary = await bulkSummary();
    expect(summary).toHaveTextContent(/^Resent 2 invites\.1 invite could not be resent:/);
    expect(within(summary).getByRole('listitem')).toHaveTextContent(
      /^person\d@example.com: You don't have permission/,
    );
  });

  describe('the summary', () => {
    // Timers are fake here, and run on by themselves too: the backend and user-event wait
    // as usual, and a test can jump over the seconds a summary stays.
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
      vi.setSystemTime(NOW);
    });
    afterEach(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(NOW);
    });
    const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

    it('says what was done, in the live region that was there before, and goes by itself after a few seconds', async () => {
      const { user } = renderWithProviders(<UserInvitesTable />, {
        client: memory(many(3)),
        tenantId: 'acme',
      });
      await waitFor(() => expect(bodyRows()).toHaveLength(3));
      const live = screen.getByRole('status');
      await user.click(screen.getByRole('checkbox', { name: 'Select all invites on this page' }));
      await user.click(screen.getByRole('button', { name: 'Resend selected' }));
      const summary = await bulkSummary();
      expect(summary).toHaveTextContent(/^Resent 3 invites\.Dismiss$/);
      expect(live).toHaveTextContent(/^Resent 3 invites\.$/);
      expect(screen.getByRole('status')).toBe(live);
      await wait(4000);
      expect(summary).toBeInTheDocument();
      await wait(1500);
      expect(summary).not.toBeInTheDocument();
    });

    it('names what was done and what was not, for whom, and stays until dismissed', async () => {
      const client = memory(many(3));
      client.failNext('cancelUserInvite', 'forbidden');
      const { user } = renderWithProviders(<UserInvitesTable />, { client, tenantId: 'acme' });
      await waitFor(() => expect(bodyRows()).toHaveLength(3));
      await user.click(screen.getByRole('checkbox', { name: 'Select all invites on this page' }));
      await user.click(screen.getByRole('button', { name: 'Cancel selected' }));
      await user.click(
        within(await screen.findByRole('alertdialog')).getByRole('button', {
          name: 'Cancel 3 invites',
        }),
      );
      const summary = await bulkSummary();
      expect(summary).toHaveTextContent(
        /^Canceled 2 invites\.1 invite could not be canceled:person\d@example\.com: You don't have permission/,
      );
      expect(screen.getByRole('status')).toHaveTextContent(
        /^Canceled 2 invites\. 1 invite could not be canceled: person\d@example\.com: You don't/,
      );
      await wait(60_000);
      expect(summary).toBeInTheDocument();
      await user.click(within(summary).getByRole('button', { name: 'Dismiss' }));
      expect(summary).not.toBeInTheDocument();
    });
  });
});

describe('UserInvitesTable: state', () => {
  it('starts again at the first page, with nothing selected, when a filter changes', () => {
    const { result } = renderHook(() => useUserInvitesTableState());
    act(() => result.current.setPage(2));
    act(() => result.current.selectIds(['a', 'b'], true));
    expect(result.current.page).toBe(2);
    act(() => result.current.setStatus('expired'));
    expect(result.current.page).toBe(0);
    expect(result.current.selected.size).toBe(0);
    act(() => result.current.toggleSort('email'));
    expect(result.current.order).toEqual({ field: 'email', direction: 'asc' });
    act(() => result.current.toggleSort('email'));
    expect(result.current.order).toEqual({ field: 'email', direction: 'desc' });
  });

  it('takes a controlled status filter, for a host that keeps it in its URL', async () => {
    const client = memory([
      invite('i1', 'ada@example.com'),
      invite('i2', 'linus@example.com', { status: 'expired' }),
    ]);
    const onStatusChange = vi.fn();
    const { user, rerenderWith } = renderWithProviders(
      <UserInvitesTable status="pending" onStatusChange={onStatusChange} />,
      { client, tenantId: 'acme' },
    );
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    expect(screen.getByRole('radio', { name: /Pending/ })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Expired' }));
    expect(onStatusChange).toHaveBeenCalledWith('expired');
    expect(listQueries(client).at(-1)?.filter).toEqual({ status: 'pending' });
    rerenderWith(<UserInvitesTable status="expired" onStatusChange={onStatusChange} />);
    await waitFor(() => expect(within(table()).getByText('linus@example.com')).toBeInTheDocument());
  });

  it('composes from parts with short names, forwarding refs and HTML props', async () => {
    const ref = { current: null as HTMLDivElement | null };
    renderWithProviders(
      <UserInvitesTableRoot aria-describedby="hint" data-testid="root">
        <UserInvitesTableParts.Toolbar data-testid="toolbar" />
        <UserInvitesTableBody ref={ref} className="my-scroller" />
      </UserInvitesTableRoot>,
      { client: memory(many(2)), tenantId: 'acme' },
    );
    await waitFor(() => expect(bodyRows()).toHaveLength(2));
    expect(screen.getByTestId('root')).toHaveAttribute('aria-describedby', 'hint');
    expect(screen.getByTestId('toolbar')).toContainElement(screen.getByRole('searchbox'));
    expect(ref.current).toHaveClass('my-scroller');
    expect(UserInvitesTableParts.Root).toBe(UserInvitesTableRoot);
    expect(UserInvitesTableParts.Row.displayName).toBe('UserInvitesTableRow');
  });
});
