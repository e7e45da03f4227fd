import { act, screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { createMemoryInviteClient } from '../../../src/client/memory/createMemoryInviteClient';
import type { UserInvite, UserInvitesQuery } from '../../../src/client/types';
import { InviteForm } from '../../../src/components/InviteForm';
import {
  UserInvitesTable,
  UserInvitesTableRowMenu,
  UserInvitesTableRowResend,
  type UserInvitesTableSlot,
} from '../../../src/components/UserInvitesTable';
import { describeStylingConformance } from '../../helpers/describeStylingConformance';
import { renderWithProviders, withoutSubscribe } from '../../helpers/renderWithProviders';
import { listQueries } from '../../helpers/requests';
import { preloadInviteWidgets } from '../../../src/components/preloadInviteWidgets';

// Every on-demand part, fetched up front; a part that fails to compile fails here, with why.
beforeAll(async () => expect(await preloadInviteWidgets()).toEqual([]), 30_000);

const NOW = Date.parse('2026-03-10T12:00:00Z');
const HOUR = 3_600_000;

function invite(overrides: Partial<UserInvite> & Pick<UserInvite, 'id' | 'email'>): UserInvite {
  return {
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

const INVITES: UserInvite[] = [
  invite({
    id: 'i1',
    email: 'ada@example.com',
    firstName: 'Ada',
    lastName: 'Lovelace',
    roleKeys: ['admin'],
  }),
  invite({
    id: 'i2',
    email: 'grace@example.com',
    expiresAt: new Date(NOW + 3 * HOUR).toISOString(),
    createdAt: new Date(NOW - 3 * HOUR).toISOString(),
  }),
  invite({
    id: 'i3',
    email: 'alan@example.com',
    status: 'accepted',
    createdAt: new Date(NOW - 30 * HOUR).toISOString(),
  }),
  invite({
    id: 'i4',
    email: 'linus@example.com',
    status: 'expired',
    createdAt: new Date(NOW - 10 * 24 * HOUR).toISOString(),
    expiresAt: new Date(NOW - 3 * 24 * HOUR).toISOString(),
  }),
  invite({
    id: 'i5',
    email: 'odd@example.com',
    status: 'archived',
    createdAt: new Date(NOW - 40 * HOUR).toISOString(),
  }),
];

function setup(
  options: { invites?: UserInvite[]; seedCount?: number; poll?: boolean; latencyMs?: number } = {},
) {
  const client = createMemoryInviteClient({
    tenantId: 'acme',
    now: () => NOW,
    latencyMs: options.latencyMs ?? 0,
    ...(options.seedCount !== undefined
      ? { seed: 5, seedCount: options.seedCount }
      : { invites: options.invites ?? INVITES }),
  });
  return client;
}

const table = () => screen.getByRole('table', { name: 'Invites' });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
const rowOf = (email: string) => within(table()).getByText(email).closest('tr')!;
/** The bulk bar's summary of a finished action: the box its "Dismiss" button is in. */
const bulkSummary = async () =>
  (await screen.findByRole('button', { name: 'Dismiss' })).parentElement!;
/** Opens a row's "…" menu and returns it. */
async function openMenu(user: ReturnType<typeof userEvent.setup>, email: string) {
  await user.click(await screen.findByRole('button', { name: `Actions for ${email}` }));
  return screen.findByRole('menu');
}

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterAll(() => {
  vi.useRealTimers();
});

describe('UserInvitesTable: columns', () => {
  it('shows invitee, roles, a status badge, sent and expires times, and actions', async () => {
    const client = setup();
    renderWithProviders(<UserInvitesTable />, { client, tenantId: 'acme' });
    await waitFor(() => expect(bodyRows()).toHaveLength(5));
    const headers = within(table())
      .getAllByRole('columnheader')
      .map((header) => header.textContent?.trim());
    expect(headers).toEqual(['', 'Invitee', 'Roles', 'Status', 'Sent', 'Expires', 'Actions']);
    const ada = rowOf('ada@example.com');
    expect(within(ada).getByText('Ada Lovelace')).toBeInTheDocument();
    await waitFor(() => expect(within(ada).getByText('Admin')).toBeInTheDocument());
    expect(within(ada).getByText('Pending')).toBeInTheDocument();
    expect(within(ada).getByText('2 hours ago')).toBeInTheDocument();
    // The exact time on hover, from the one element that shows the relative one.
    expect(within(ada).getByText('2 hours ago')).toHaveAttribute('title', 'Mar 10, 2026, 10:00 AM');
    expect(within(ada).getByText('Expires in 5 days')).toHaveAttribute('data-state', 'later');
    expect(
      within(rowOf('grace@example.com')).getByText(/Expires soon: in 3 hours/),
    ).toHaveAttribute('data-state', 'soon');
    expect(within(rowOf('linus@example.com')).getByText('Expired 3 days ago')).toHaveAttribute(
      'data-state',
      'expired',
    );
    expect(within(rowOf('odd@example.com')).getByText('archived')).toBeInTheDocument();
    // Rows and nothing else in the body: no stray text between them.
    const body = table().querySelector('tbody')!;
    expect([...body.childNodes].map((node) => node.nodeName)).toEqual(Array(5).fill('TR'));
  });

  it('takes chosen, ordered and custom columns', async () => {
    const client = setup();
    renderWithProviders(
      <UserInvitesTable
        columns={[
          'status',
          { id: 'locale', header: 'Language', cell: (invite) => invite.locale },
          'invitee',
        ]}
      />,
      { client, tenantId: 'acme' },
    );
    await waitFor(() => expect(bodyRows()).toHaveLength(5));
    expect(
      within(table())
        .getAllByRole('columnheader')
        .map((header) => header.textContent?.trim()),
    ).toEqual(['Status', 'Language', 'Invitee']);
    expect(within(rowOf('ada@example.com')).getByText('en-US')).toBeInTheDocument();
  });

  it("holds the row's parts in a column of the host's, which read their row from context", async () => {
    const client = setup();
    const { user } = renderWithProviders(
      <UserInvitesTable
        columns={[
          'invitee',
          {
            id: 'manage',
            header: 'Manage',
            cell: () => (
              <>
                <UserInvitesTableRowMenu className="host-kebab" />
                <UserInvitesTableRowResend className="host-resend" />
              </>
            ),
          },
        ]}
      />,
      { client, tenantId: 'acme' },
    );
    const resend = await screen.findByRole('button', { name: 'Resend invite to ada@example.com' });
    expect(resend).toHaveClass('host-resend');
    await user.click(resend);
    await waitFor(() =>
      expect(client.sentEmails().filter((email) => email.kind === 'resend')).toHaveLength(1),
    );
    const menu = await openMenu(user, 'ada@example.com');
    expect(within(menu).getByRole('menuitem', { name: 'Copy invite link' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Actions for ada@example.com' })).toHaveClass(
      'host-kebab',
    );
  });
});

describe('UserInvitesTable: roles', () => {
  // The role cell of a row, by the column's header: the cells have no names of their own.
  const rolesOf = (email: string) => {
    const column = within(table())
      .getAllByRole('columnheader')
      .findIndex((header) => header.textContent === 'Roles');
    return within(rowOf(email)).getAllByRole('cell')[column]!;
  };

  it('says "Default role" for an invite sent with the form\'s "Default role", and names a chosen role', async () => {
    const client = setup();
    const { user } = renderWithProviders(
      <>
        <InviteForm />
        <UserInvitesTable />
      </>,
      { client, tenantId: 'acme' },
    );
    await waitFor(() => expect(bodyRows()).toHaveLength(5));
    const role = await screen.findByRole('combobox', { name: 'Role' });
    expect(role).toHaveDisplayValue('Default role');
    await user.type(screen.getByRole('textbox', { name: 'Email addresses' }), 'new@example.com ');
    await user.click(screen.getByRole('button', { name: 'Send invite' }));
    await waitFor(() => expect(bodyRows()).toHaveLength(6));
    // What the backend stored: no role, so it gives its default one.
    const stored = (await client.userInvites({ tenantId: 'acme' })).data.find(
      (invite) => invite.email === 'new@example.com',
    );
    expect(stored?.roleKeys ?? []).toEqual([]);
    expect(rolesOf('new@example.com')).toHaveTextContent(/^Default role$/);
    expect(rolesOf('ada@example.com')).toHaveTextContent(/^Admin$/);
  });

  it('offers the same "Default role" when editing an invite without one', async () => {
    const client = setup({
      invites: [invite({ id: 'n1', email: 'new@example.com', roleKeys: null })],
    });
    const { user } = renderWithProviders(<UserInvitesTable />, { client, tenantId: 'acme' });
    await waitFor(() => expect(rolesOf('new@example.com')).toHaveTextContent(/^Default role$/));
    await user.click(screen.getByRole('button', { name: 'Actions for new@example.com' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Edit invite' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit invite' });
    expect(within(dialog).getByRole('combobox', { name: 'Role' })).toHaveDisplayValue(
      'Default role',
    );
  });
});

describe('UserInvitesTable: finding', () => {
  it('filters by status on the server', async () => {
    const client = setup();
    const { user } = renderWithProviders(<UserInvitesTable />, { client, tenantId: 'acme' });
    await waitFor(() => expect(bodyRows()).toHaveLength(5));
    // A segmented control of radio buttons, named by its group.
    const filter = screen.getByRole('group', { name: 'Status' });
    expect(within(filter).getByRole('radio', { name: /All statuses/ })).toBeChecked();
    await user.click(within(filter).getByRole('radio', { name: 'Expired' }));
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    expect(rowOf('linus@example.com')).toBeInTheDocument();
    expect(listQueries(client).at(-1)?.filter).toEqual({ status: 'expired' });
  });

  it('searches on the server, debounced: a typed word costs one request', async () => {
    const client = setup();
    const { user } = renderWithProviders(<UserInvitesTable />, { client, tenantId: 'acme' });
    await waitFor(() => expect(bodyRows()).toHaveLength(5));
    client.clearCalls();
    await user.type(screen.getByRole('searchbox', { name: 'Search invites' }), 'lovelace');
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    expect(listQueries(client).map((query) => query.search)).toEqual(['lovelace']);
  });

  it('offers to clear filters when nothing matches', async () => {
    const client = setup();
    const { user } = renderWithProviders(<UserInvitesTable />, { client, tenantId: 'acme' });
    await user.type(screen.getByRole('searchbox', { name: 'Search invites' }), 'nobody-at-all');
    await user.click(await screen.findByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(bodyRows()).toHaveLength(5));
    expect(screen.getByRole('searchbox', { name: 'Search invites' })).toHaveValue('');
  });
});

describe('UserInvitesTable: paging and sorting', () => {
  it('pages on the server with a page-size choice and "1–25 of N"', async () => {
    const client = setup({ seedCount: 60 });
    const { user } = renderWithProviders(<UserInvitesTable />, { client, tenantId: 'acme' });
    expect(await screen.findByText('1–25 of 60')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('26–50 of 60')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '10');
    expect(await screen.findByText('1–10 of 60')).toBeInTheDocument();
    // Unavailable, yet focusable: the button just used keeps focus at either end.
    const previous = screen.getByRole('button', { name: 'Previous page' });
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    await user.click(previous);
    expect(previous).toHaveFocus();
    expect(screen.getByText('1–10 of 60')).toBeInTheDocument();
  });

  it('sorts by a column and announces the order with aria-sort', async () => {
    const client = setup();
    const { user } = renderWithProviders(<UserInvitesTable />, { client, tenantId: 'acme' });
    await waitFor(() => expect(bodyRows()).toHaveLength(5));
    const invitee = screen.getByRole('columnheader', { name: /Invitee/ });
    expect(invitee).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByRole('columnheader', { name: /Sent/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await user.click(within(invitee).getByRole('button'));
    await waitFor(() =>
      expect(within(bodyRows()[0]!).getByText('ada@example.com')).toBeInTheDocument(),
    );
    expect(invitee).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(invitee).getByRole('button'));
    await waitFor(() =>
      expect(within(bodyRows()[0]!).getByText('odd@example.com')).toBeInTheDocument(),
    );
    expect(invitee).toHaveAttribute('aria-sort', 'descending');
  });

  it('keeps the previous page on screen while the next loads', async () => {
    // Slow enough that the check below happens while the filtered page is still on its way.
    const client = setup({ seedCount: 60, latencyMs: 600 });
    const { user } = renderWithProviders(<UserInvitesTable />, { client, tenantId: 'acme' });
    expect(await screen.findByText('1–25 of 60')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Pending' }));
    expect(bodyRows()).toHaveLength(25);
    expect(table()).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(table()).not.toHaveAttribute('aria-busy'));
  });
});

describe('UserInvitesTable: row actions', () => {
  it('shows one quiet action and a menu per row, named with the address, offering only what the status allows', async () => {
    const client = setup();
    const { user } = renderWithProviders(<UserInvitesTable />, { client, tenantId: 'acme' });
    await waitFor(() => expect(bodyRows()).toHaveLength(5));
    const names = (email: string) =>
      within(rowOf(email))
        .getAllByRole('button')
        .map((button) => button.getAttribute('aria-label'));
    expect(names('ada@example.com')).toEqual([
      'Resend invite to ada@example.com',
      'Actions for ada@example.com',
    ]);
    expect(screen.getByRole('button', { name: 'Actions for ada@example.com' })).toHaveAttribute(
      'aria-haspopup',
      'menu',
    );
    // No red button on every row: canceling is in the menu.
    expect(screen.queryByRole('button', { name: /^Cancel invite/ })).not.toBeInTheDocument();
    const menu = await openMenu(user, 'ada@example.com');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['Copy invite link', 'Edit invite', 'Cancel invite…']);
    await user.keyboard('{Escape}');
    // An expired invite can be resent, nothing else; an accepted one offers nothing.
    expect(names('linus@example.com')).toEqual(['Resend invite to linus@example.com']);
    expect(within(rowOf('alan@example.com')).queryAllByRole('button')).toEqual([]);
  });

  it("opens one row's menu at a time: the row it leaves is a closed button again", async () => {
    const client = setup();
    const { user } = renderWithProviders(<UserInvitesTable />, { client, tenantId: 'acme' });
    await openMenu(user, 'ada@example.com');
    await user.keyboard('{Escape}');
    const grace = await openMenu(user, 'grace@example.com');
    expect(within(grace).getByRole('menuitem', { name: 'Cancel invite…' })).toBeInTheDocument();
    expect(screen.getAllByRole('menu')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Actions for ada@example.com' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(screen.getByRole('button', { name: 'Actions for grace@example.com' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('resends, shows it on the row, then shows the cooldown', async () => {
    const client = setup();
    const { user } = renderWithProviders(<UserInvitesTable />, { client, tenantId: 'acme' });
    await user.click(
      await screen.findByRole('button', { name: 'Resend invite to ada@example.com' }),
    );
    expect(await screen.findByText('Invite resent to ada@example.com.')).toBeInTheDocument();
    expect(within(rowOf('ada@example.com')).getByText('Resent')).toBeInTheDocument();
    const waiting = await screen.findByRole('button', {
      name: /^Resend in .*: invite to ada@example.com$/,
    });
    expect(waiting).toHaveAttribute('aria-disabled', 'true');
    expect(waiting).toHaveTextContent(/^Resend in \d+s$/);
    expect(client.sentEmails().filter((email) => email.kind === 'resend')).toHaveLength(1);
    await user.click(waiting);
    expect(client.sentEmails().filter((email) => email.kind === 'resend')).toHaveLength(1);
  });

  it('cancels from the menu after a confirmation that names the address, optimistically, and returns focus to the row', async () => {
    const client = setup({ latencyMs: 30 });
    const { user } = renderWithProviders(<UserInvitesTable />, { client, tenantId: 'acme' });
    const menu = await openMenu(user, 'ada@example.com');
    await user.click(within(menu).getByRole('menuitem', { name: 'Cancel invite…' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Cancel this invite?' });
    expect(confirm).toHaveAccessibleDescription(
      'ada@example.com will no longer be able to join with this invite.',
    );
    await user.click(within(confirm).getByRole('button', { name: 'Cancel invite' }));
    await waitFor(() =>
      expect(within(rowOf('ada@example.com')).getByText('Canceled')).toBeInTheDocument(),
    );
    expect(client.calls().filter((call) => call.method === 'cancelUserInvite')).toHaveLength(1);
    // The menu is gone with the open invite: focus goes to the row's first control.
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: 'Select ada@example.com' })).toHaveFocus(),
    );
    expect(await screen.findByText('Invite to ada@example.com canceled.')).toBeInTheDocument();
  });

  it('keeps the invite when the confirmation is refused, and returns focus to the menu button', async () => {
    const client = setup();
    const { user } = renderWithProviders(<UserInvitesTable />, { client, tenantId: 'acme' });
    const menu = await openMenu(user, 'ada@example.com');
    await user.click(within(menu).getByRole('menuitem', { name: 'Cancel invite…' }));
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Keep it' }),
    );
    expect(client.calls().filter((call) => call.method === 'cancelUserInvite')).toEqual([]);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Actions for ada@example.com' })).toHaveFocus(),
    );
  });

  it('copies the invite link, and says so on the row', async () => {
    const client = setup();
    const { user } = renderWithProviders(<UserInvitesTable />, { client, tenantId: 'acme' });
    // After setup: user-event installs its own clipboard when it is set up.
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const menu = await openMenu(user, 'ada@example.com');
    await user.click(within(menu).getByRole('menuitem', { name: 'Copy invite link' }));
    expect(await screen.findByText('Invite link for ada@example.com copied.')).toBeInTheDocument();
    expect(within(rowOf('ada@example.com')).getByText('Link copied')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(
      expect.stringMatching(/^https:\/\/app\.example\.com\/invite\?token=tok_/),
    );
  });

  it('lets the host hide resend and cancel, for all or per invite', async () => {
    const client = setup();
    const { user } = renderWithProviders(
      <UserInvitesTable
        canResend={false}
        canCancel={(invite) => invite.email !== 'ada@example.com'}
      />,
      { client, tenantId: 'acme' },
    );
    await waitFor(() => expect(bodyRows()).toHaveLength(5));
    expect(screen.queryByRole('button', { name: /^Resend/ })).not.toBeInTheDocument();
    let menu = await openMenu(user, 'ada@example.com');
    expect(
      within(menu).queryByRole('menuitem', { name: 'Cancel invite…' }),
    ).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    menu = await openMenu(user, 'grace@example.com');
    expect(within(menu).getByRole('menuitem', { name: 'Cancel invite…' })).toBeInTheDocument();
  });
});

describe('UserInvitesTable: bulk actions', () => {
  it('selects a range with shift-click and resends those that can be resent', async () => {
    const client = setup();
    const { user } = renderWithProviders(<UserInvitesTable />, { client, tenantId: 'acme' });
    await waitFor(() => expect(bodyRows()).toHaveLength(5));
    const boxes = screen.getAllByRole('checkbox', { name: /^Select .*@/ });
    await user.click(boxes[0]!);
    await user.keyboard('{Shift>}');
    await user.click(boxes[2]!);
    await user.keyboard('{/Shift}');
    expect(screen.getByRole('group', { name: '3 selected' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Resend selected' }));
    // alan@example.com has accepted: not resent, and not counted as a failure.
    expect(await bulkSummary()).toHaveTextContent(/^Resent 2 invites\.Dismiss$/);
    const resent = client.calls().filter((call) => call.method === 'resendUserInvite');
    expect(resent).toHaveLength(2);
    expect(resent.map((call) => call.args[0])).not.toContain('i3');
  });

  it('disables an action none of the selection can take', async () => {
    const client = setup();
    const { user } = renderWithProviders(<UserInvitesTable />, { client, tenantId: 'acme' });
    await waitFor(() => expect(bodyRows()).toHaveLength(5));
    await user.click(screen.getByRole('checkbox', { name: 'Select alan@example.com' }));
    expect(await screen.findByRole('group', { name: '1 selected' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Resend selected' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Cancel selected' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Clear selection' })).toBeEnabled();
  });

  it('selects the page and cancels, after one confirmation, the invites that can be', async () => {
    const client = setup();
    const { user } = renderWithProviders(<UserInvitesTable />, { client, tenantId: 'acme' });
    await waitFor(() => expect(bodyRows()).toHaveLength(5));
    await user.click(screen.getByRole('checkbox', { name: 'Select all invites on this page' }));
    expect(screen.getByRole('group', { name: '5 selected' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel selected' }));
    await user.click(
      within(await screen.findByRole('alertdialog', { name: 'Cancel 2 invites?' })).getByRole(
        'button',
        { name: 'Cancel 2 invites' },
      ),
    );
    expect(await bulkSummary()).toHaveTextContent(/^Canceled 2 invites\.Dismiss$/);
    expect(client.calls().filter((call) => call.method === 'cancelUserInvite')).toHaveLength(2);
  });
});

describe('UserInvitesTable: live', () => {
  it('updates a pending row by itself and says who accepted, with a pushing client and no polling', async () => {
    const client = setup();
    renderWithProviders(<UserInvitesTable />, { client, tenantId: 'acme' });
    await waitFor(() => expect(bodyRows()).toHaveLength(5));
    client.clearCalls();
    // The push re-renders the table: inside act, as a browser event would be.
    await act(() =>
      client.acceptUserInvite({
        token: client.sentEmails().find((email) => email.inviteId === 'i1')!.token,
      }),
    );
    await waitFor(() =>
      expect(within(rowOf('ada@example.com')).getByText('Accepted')).toBeInTheDocument(),
    );
    expect(await screen.findByText('ada@example.com accepted your invite.')).toBeInTheDocument();
    expect(
      client
        .calls()
        .filter(
          (call) => call.method === 'userInvites' && (call.args[0] as UserInvitesQuery).filter?.id,
        ),
    ).toEqual([]);
  });

  it('asks for the whole page in one request per interval with a polling client', async () => {
    const client = setup({ seedCount: 60 });
    renderWithProviders(<UserInvitesTable pollIntervalMs={200} />, {
      client: withoutSubscribe(client),
      tenantId: 'acme',
    });
    expect(await screen.findByText('1–25 of 60')).toBeInTheDocument();
    client.clearCalls();
    await act(() => new Promise((resolve) => setTimeout(resolve, 450)));
    const polls = client
      .calls()
      .filter(
        (call) => call.method === 'userInvites' && (call.args[0] as UserInvitesQuery).filter?.id,
      );
    expect(polls.length).toBeGreaterThanOrEqual(1);
    expect(polls.length).toBeLessThanOrEqual(3);
  });
});

describe('UserInvitesTable: states', () => {
  it('shows loading placeholders first', () => {
    const client = setup({ latencyMs: 10_000 });
    renderWithProviders(<UserInvitesTable />, { client, tenantId: 'acme' });
    expect(screen.getByText('Loading invites…')).toBeInTheDocument();
    expect(
      document.querySelectorAll('[data-slot="invites-table-placeholder"]').length,
    ).toBeGreaterThan(0);
  });

  it('invites from an empty tenant', async () => {
    const client = setup({ invites: [] });
    renderWithProviders(<UserInvitesTable />, { client, tenantId: 'acme' });
    expect(await screen.findByText('No invites yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Invite people' })).toBeInTheDocument();
  });

  it('says when loading failed, and retries', async () => {
    const client = setup();
    client.failNext('userInvites', 'network');
    const { user } = renderWithProviders(<UserInvitesTable />, { client, tenantId: 'acme' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "The invites could not be loaded: We couldn't reach the server.",
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(bodyRows()).toHaveLength(5));
  });

  describeStylingConformance<UserInvitesTableSlot>({
    component: 'invites-table',
    render: (props) => <UserInvitesTable {...props} />,
    memory: { invites: INVITES, tenantId: 'acme', now: () => NOW },
    slots: [
      'root',
      'toolbar',
      'search',
      'searchInput',
      'filter',
      'filterOption',
      'scroller',
      'table',
      'head',
      'headerCell',
      'sortButton',
      'body',
      'row',
      'cell',
      'checkbox',
      'email',
      'time',
      'expires',
      'action',
      'menuTrigger',
      'pagination',
      'pageSize',
      'pageSizeSelect',
      'range',
      'pageButton',
      'live',
    ],
    message: 'table.search',
  });
});
