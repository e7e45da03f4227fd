import { act, screen, waitFor, within } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import {
  createMemoryInviteClient,
  type MemoryInviteClient,
} from '../../../src/client/memory/createMemoryInviteClient';
import type { InviteChangeEvent, InviteClient } from '../../../src/client/types';
import { AcceptInvite } from '../../../src/components/AcceptInvite';
import { InviteForm } from '../../../src/components/InviteForm';
import { UserInvitesTable } from '../../../src/components/UserInvitesTable';
import { renderWithProviders, withoutSubscribe } from '../../helpers/renderWithProviders';
import { preloadInviteWidgets } from '../../../src/components/preloadInviteWidgets';

// Every on-demand part, fetched up front; a part that fails to compile fails here, with why.
beforeAll(async () => expect(await preloadInviteWidgets()).toEqual([]), 30_000);

/*
 * A host's adapter can return anything. Each test gives a component a client (the memory client
 * with some methods overridden) that answers with one bad shape, and checks that the component
 * keeps working and shows something a person can make sense of.
 */

const TENANT = 'acme';
const HOUR = 3_600_000;

/** Shows a crash as text instead of unmounting the page, so a test can say what broke. */
class CrashReport extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    return error ? <p>Crashed: {String(error.message)}</p> : this.props.children;
  }
}

function renderGuarded(ui: ReactNode, client: InviteClient, tenantId = TENANT) {
  return renderWithProviders(<CrashReport>{ui}</CrashReport>, { client, tenantId });
}

const expectNoCrash = () => expect(screen.queryByText(/^Crashed:/)).not.toBeInTheDocument();

/** A message key on screen instead of a sentence: `error.teapot`, `errors.xyz`, `form.sent`… */
const MESSAGE_KEY = /\b(?:errors?|form|table|accept|outbox|status|common)\.[a-z_.]+\b/;

/** An invite as a server could send it: plain data, any field may be replaced or removed. */
function raw(fields: Record<string, unknown>): Record<string, unknown> {
  const now = Date.now();
  return {
    firstName: null,
    lastName: null,
    locale: 'en-US',
    data: null,
    roleKeys: ['member'],
    status: 'pending',
    statusUpdatedAt: new Date(now - 2 * HOUR).toISOString(),
    tenantId: TENANT,
    createdByUserId: 'user_admin',
    acceptedByUserId: null,
    userTokenId: null,
    createdAt: new Date(now - 2 * HOUR).toISOString(),
    updatedAt: new Date(now - 2 * HOUR).toISOString(),
    expiresAt: new Date(now + 5 * 24 * HOUR).toISOString(),
    ...fields,
  };
}

const ada = raw({ id: 'i-ada', email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' });
const grace = raw({
  id: 'i-grace',
  email: 'grace@example.com',
  createdAt: new Date(Date.now() - 3 * HOUR).toISOString(),
});

function memory(): MemoryInviteClient {
  return createMemoryInviteClient({ tenantId: TENANT });
}

/** A client whose listing answers `page`, whatever was asked. */
function listing(page: unknown, base: InviteClient = memory()): InviteClient {
  return { ...base, userInvites: async () => page as never };
}

const table = () => screen.getByRole('table', { name: 'Invites' });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
const rowOf = (text: string) => within(table()).getByText(text).closest('tr')!;
const headers = () =>
  within(table())
    .getAllByRole('columnheader')
    .map((header) => header.textContent?.replace(/[▲▼↕]/g, '').trim());
const HEADERS = ['', 'Invitee', 'Roles', 'Status', 'Sent', 'Expires', 'Actions'];
/** With nothing to select, the select column's header names the column instead of a checkbox. */
const HEADERS_WITHOUT_ROWS = ['Select all invites on this page', ...HEADERS.slice(1)];
const KNOWN_STATUSES = ['pending', 'accepted', 'declined', 'canceled', 'expired'];
const statusCell = (row: HTMLElement) => row.querySelector('[data-column="status"]');

/** Nothing to page through, count or select: no pagination, no range, no select-all. */
function expectNoPaging() {
  expect(screen.queryByRole('navigation', { name: 'Pages of invites' })).not.toBeInTheDocument();
  expect(screen.queryByText(/\d+–\d+ of \d+/)).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /page$/ })).not.toBeInTheDocument();
  expect(within(table()).queryByRole('checkbox')).not.toBeInTheDocument();
}

describe('UserInvitesTable with a listing of bad shape', () => {
  it.each([
    ['a string', 'oops'],
    ['an object', { 0: ada }],
    ['null', null],
  ])('shows its header and an empty table when `data` is %s', async (_case, data) => {
    renderGuarded(<UserInvitesTable />, listing({ data, totalCount: 0 }));
    expect(await screen.findByText('No invites yet')).toBeInTheDocument();
    expectNoCrash();
    expect(headers()).toEqual(HEADERS_WITHOUT_ROWS);
    expectNoPaging();
  });

  it('shows the readable rows when `data` holds nulls and other junk', async () => {
    renderGuarded(
      <UserInvitesTable />,
      listing({
        data: [null, ada, 42, 'grace@example.com', { email: 'no-id@example.com' }, grace, []],
        totalCount: 7,
      }),
    );
    await waitFor(() => expect(bodyRows()).toHaveLength(2));
    expectNoCrash();
    expect(rowOf('ada@example.com')).toHaveTextContent('Ada Lovelace');
    expect(rowOf('grace@example.com')).toBeInTheDocument();
    expect(screen.queryByText('no-id@example.com')).not.toBeInTheDocument();
  });

  it.each([
    ['missing', undefined],
    ['a word', 'lots'],
    ['NaN', Number.NaN],
    ['negative', -3],
    ['an object', { value: 2 }],
  ])('counts the rows it has when `totalCount` is %s', async (_case, totalCount) => {
    renderGuarded(<UserInvitesTable />, listing({ data: [ada, grace], totalCount }));
    await waitFor(() => expect(bodyRows()).toHaveLength(2));
    expectNoCrash();
    expect(screen.getByText('1–2 of 2')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next page' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(headers()).toEqual(HEADERS);
  });

  // The boundary turns an unreadable date into '' ("unknown date"): the table must not hand it
  // to Intl, which throws a RangeError on an invalid time value.
  it.each([
    ['missing', undefined],
    ['not a date', 'yesterday'],
    ['not ISO 8601', '03/10/2026'],
    ['out of range', 9e15],
    ['an object', { seconds: 1 }],
  ])(
    'shows an invite whose sent date is %s as unknown, with the other rows',
    async (_case, createdAt) => {
      renderGuarded(
        <UserInvitesTable />,
        listing({ data: [raw({ id: 'i-odd', email: 'odd@example.com', createdAt }), ada] }),
      );
      await waitFor(() => expect(bodyRows()).toHaveLength(2));
      expectNoCrash();
      const sent = rowOf('odd@example.com').querySelector('[data-column="sent"]');
      expect(sent).not.toHaveTextContent(/\d|NaN|Invalid/);
      expect(sent).toHaveTextContent('—');
      expect(within(rowOf('ada@example.com')).getByText('2 hours ago')).toBeInTheDocument();
    },
  );

  it('shows an invite whose expiry or update time is unreadable, without an expiry', async () => {
    renderGuarded(
      <UserInvitesTable />,
      listing({
        data: [
          raw({ id: 'i-odd', email: 'odd@example.com', expiresAt: 'next week', updatedAt: 'now' }),
          raw({
            id: 'i-none',
            email: 'none@example.com',
            expiresAt: undefined,
            statusUpdatedAt: 5,
          }),
          ada,
        ],
      }),
    );
    await waitFor(() => expect(bodyRows()).toHaveLength(3));
    expectNoCrash();
    for (const email of ['odd@example.com', 'none@example.com']) {
      const expires = rowOf(email).querySelector('[data-column="expires"]');
      expect(expires).toHaveTextContent('—');
    }
    expect(within(rowOf('ada@example.com')).getByText('Expires in 5 days')).toBeInTheDocument();
  });

  it.each([
    ['a string', 'admin'],
    ['an object', { admin: true }],
    ['a number', 7],
  ])('reads `roleKeys` that is %s as no role given: the default role', async (_case, roleKeys) => {
    renderGuarded(
      <UserInvitesTable />,
      listing({ data: [raw({ id: 'i-odd', email: 'odd@example.com', roleKeys }), ada] }),
    );
    await waitFor(() => expect(bodyRows()).toHaveLength(2));
    expectNoCrash();
    expect(rowOf('odd@example.com').querySelector('[data-column="roles"]')).toHaveTextContent(
      'Default role',
    );
    await waitFor(() =>
      expect(rowOf('ada@example.com').querySelector('[data-column="roles"]')).toHaveTextContent(
        'Member',
      ),
    );
  });

  it('shows an invite without an email by its name, with the other rows', async () => {
    renderGuarded(
      <UserInvitesTable />,
      listing({
        data: [
          raw({ id: 'i-nameless', email: undefined, firstName: 'Nobody', lastName: 'Known' }),
          ada,
        ],
      }),
    );
    await waitFor(() => expect(bodyRows()).toHaveLength(2));
    expectNoCrash();
    expect(rowOf('Nobody Known')).toBeInTheDocument();
    expect(rowOf('ada@example.com')).toBeInTheDocument();
    // No text or accessible name is left with an unfilled placeholder such as "{email}".
    expect(table().outerHTML).not.toMatch(/\{\w+\}/);
  });

  // Every action of a row is named after its address ("Resend invite to ada@example.com"); with
  // no address the names end in a blank ("Resend invite to ", "Select "), so a screen reader
  // cannot tell this row's actions from any other row without an address.
  it('names the actions of an invite without an email after something', async () => {
    renderGuarded(
      <UserInvitesTable />,
      listing({
        data: [
          raw({ id: 'i-nameless', email: undefined, firstName: 'Nobody', lastName: 'Known' }),
          ada,
        ],
      }),
    );
    await waitFor(() => expect(bodyRows()).toHaveLength(2));
    const row = rowOf('Nobody Known');
    const names = [
      ...within(row).getAllByRole('button'),
      ...within(row).getAllByRole('checkbox'),
    ].map((control) => control.getAttribute('aria-label') ?? control.textContent ?? '');
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => /(?:\bto|\bfor|^Select)\s*$/.test(name))).toEqual([]);
  });

  it.each([
    ['a number', 3],
    ['null', null],
    ['an object', { value: 'pending' }],
  ])('shows a status that is %s as unknown, with nothing to do', async (_case, status) => {
    renderGuarded(
      <UserInvitesTable />,
      listing({ data: [raw({ id: 'i-odd', email: 'odd@example.com', status }), ada] }),
    );
    await waitFor(() => expect(bodyRows()).toHaveLength(2));
    expectNoCrash();
    const odd = rowOf('odd@example.com');
    expect(statusCell(odd)?.textContent).toBe('Unknown');
    // Not styled as any real status: the row gets the unknown status's icon.
    expect(KNOWN_STATUSES).not.toContain(odd.getAttribute('data-status'));
    expect(odd).not.toHaveTextContent('[object Object]');
    expect(within(odd).queryAllByRole('button')).toEqual([]);
    expect(within(rowOf('ada@example.com')).getByText('Pending')).toBeInTheDocument();
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'shows the status %s as its raw text',
    async (status) => {
      renderGuarded(
        <UserInvitesTable />,
        listing({ data: [raw({ id: 'i-odd', email: 'odd@example.com', status }), ada] }),
      );
      await waitFor(() => expect(bodyRows()).toHaveLength(2));
      expectNoCrash();
      const odd = rowOf('odd@example.com');
      expect(statusCell(odd)?.textContent).toBe(status);
      expect(KNOWN_STATUSES).not.toContain(odd.getAttribute('data-status'));
      expect(within(rowOf('odd@example.com')).queryAllByRole('button')).toEqual([]);
    },
  );
});

describe('UserInvitesTable when a watched invite changes to a status named like an Object member', () => {
  /**
   * A client that cannot push: the table polls its pending rows, and from `flip()` on the
   * backend answers those polls with `status`. The status reaches the table through the data
   * boundary, which keeps any string.
   */
  function polling(status: string) {
    let flipped = false;
    const base = withoutSubscribe(memory());
    const client: InviteClient = {
      ...base,
      userInvites: async (query) => {
        const invites = [ada, grace].map((invite) =>
          flipped && invite.id === 'i-ada'
            ? { ...invite, status, updatedAt: new Date().toISOString() }
            : invite,
        );
        const data = query.filter?.id
          ? invites.filter((invite) => query.filter!.id!.includes(invite.id as string))
          : invites;
        return { data, totalCount: data.length } as never;
      },
    };
    return { client, flip: () => (flipped = true) };
  }

  async function changeTo(status: string) {
    const { client, flip } = polling(status);
    renderGuarded(<UserInvitesTable pollIntervalMs={50} />, client);
    await waitFor(() => expect(bodyRows()).toHaveLength(2));
    expect(within(rowOf('ada@example.com')).getByText('Pending')).toBeInTheDocument();
    flip();
    await waitFor(() => {
      expectNoCrash();
      expect(statusCell(rowOf('ada@example.com'))?.textContent).toBe(status);
    });
    expectNoCrash();
    const live = screen.getAllByRole('status').find((region) => region.matches('[aria-live]'));
    expect(live?.textContent ?? '').not.toMatch(/\[object|function|native code/);
  }

  // The announcement of a change is looked up by status: a lookup in a plain object would find
  // `__proto__` and `toString` on Object.prototype, and announce (or render) them.
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'keeps the table, shows %s as its raw text and announces nothing odd',
    (status) => changeTo(status),
  );

  it('announces a real status change (the control case of the tests above)', async () => {
    const { client, flip } = polling('accepted');
    renderGuarded(<UserInvitesTable pollIntervalMs={50} />, client);
    await waitFor(() => expect(bodyRows()).toHaveLength(2));
    flip();
    expect(await screen.findByText('ada@example.com accepted your invite.')).toBeInTheDocument();
    expect(within(rowOf('ada@example.com')).getByText('Accepted')).toBeInTheDocument();
    expectNoCrash();
  });
});

describe('UserInvitesTable with a pushed change of bad shape', () => {
  // A push is a client's answer like any other: it goes through the data boundary too.
  it('shows a pushed new invite whose roleKeys is a string, as one with the default role', async () => {
    const listeners = new Set<(event: InviteChangeEvent) => void>();
    const client: InviteClient = {
      ...listing({ data: [ada, grace], totalCount: 2 }),
      subscribe: (_tenant, listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    renderGuarded(<UserInvitesTable />, client);
    await waitFor(() => expect(bodyRows()).toHaveLength(2));
    await waitFor(() => expect(listeners.size).toBeGreaterThan(0));
    act(() => {
      for (const listener of listeners) {
        listener({
          type: 'created',
          previousStatus: null,
          invite: raw({ id: 'i-eve', email: 'eve@example.com', roleKeys: 'admin' }) as never,
        });
      }
    });
    await waitFor(() => expect(bodyRows()).toHaveLength(3));
    expectNoCrash();
    expect(rowOf('eve@example.com').querySelector('[data-column="roles"]')).toHaveTextContent(
      'Default role',
    );

    // A push with nothing readable in it is ignored.
    act(() => {
      for (const listener of listeners) {
        listener({ type: 'updated', previousStatus: 'pending', invite: null as never });
        listener(undefined as never);
      }
    });
    expectNoCrash();
    expect(bodyRows()).toHaveLength(3);
  });
});

describe('UserInvitesTable: copy link when the link is not a string', () => {
  it.each([
    ['a number', 42],
    ['an object', { href: 'https://app.example.com/invite' }],
    ['a blank string', '   '],
    ['undefined', undefined],
  ])('says the copy failed when the link is %s', async (_case, link) => {
    const base = memory();
    const { success } = await base.sendUserInvites({
      tenantId: TENANT,
      userInvites: [{ email: 'ada@example.com' }],
    });
    expect(success).toHaveLength(1);
    const client: InviteClient = { ...base, getInviteLink: async () => link as never };
    const { user } = renderGuarded(<UserInvitesTable />, client);
    // After render: user-event installs its own clipboard when it is set up.
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(await screen.findByRole('button', { name: 'Actions for ada@example.com' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Copy invite link' }));
    expect(
      await screen.findByText(
        'Could not copy the link for ada@example.com: Something went wrong. Try again.',
      ),
    ).toBeInTheDocument();
    expectNoCrash();
    expect(writeText).not.toHaveBeenCalled();
  });
});

describe('InviteForm with a send result of bad shape', () => {
  const field = () => screen.getByRole('textbox', { name: 'Email addresses' });
  const chipLabels = () =>
    within(screen.getByRole('list', { name: 'People to invite' }))
      .getAllByRole('listitem')
      .map((chip) => chip.querySelector('[data-slot="invite-form-chipLabel"]')?.textContent);

  it.each([
    ['an error without an email', [{ code: 'already_member', message: 'Already a member' }]],
    ['an error with a blank email', [{ email: '  ', code: 'invalid_email' }]],
    ['no errors at all', []],
    ['errors that are not a list', 'grace@example.com failed'],
  ])('keeps every address that the backend did not report as sent (%s)', async (_case, errors) => {
    const base = memory();
    const client: InviteClient = {
      ...base,
      // Sends only the first address, and answers for the rest with `errors`.
      sendUserInvites: async (params, options) => {
        const [first] = params.userInvites;
        const sent = await base.sendUserInvites({ ...params, userInvites: [first!] }, options);
        return { success: sent.success, errors } as never;
      },
    };
    const onSent = vi.fn();
    const { user } = renderGuarded(<InviteForm onSent={onSent} />, client);
    await user.type(field(), 'ada@example.com grace@example.com alan@example.com ');
    expect(chipLabels()).toEqual(['ada@example.com', 'grace@example.com', 'alan@example.com']);
    await user.click(screen.getByRole('button', { name: 'Send 3 invites' }));
    expect(
      await screen.findByText(
        'Invite sent to ada@example.com. 2 invites could not be sent; they are still in the field.',
      ),
    ).toBeInTheDocument();
    expectNoCrash();
    expect(chipLabels()).toEqual(['grace@example.com', 'alan@example.com']);
    const issues = screen.getByText('Needs attention').parentElement!;
    expect(issues).toHaveTextContent('grace@example.com: Something went wrong. Try again.');
    expect(issues).toHaveTextContent('alan@example.com: Something went wrong. Try again.');
    expect(screen.getByRole('button', { name: 'Retry 2' })).toBeInTheDocument();
    const result = onSent.mock.calls[0]![0] as { success: unknown[]; errors: { email: string }[] };
    expect(result.success).toHaveLength(1);
    expect(result.errors.map((error) => error.email)).toEqual([
      'grace@example.com',
      'alan@example.com',
    ]);
    expect(document.body.textContent).not.toMatch(MESSAGE_KEY);
  });

  // An invite in `success` without an email is kept (it has an id), and the address it was sent
  // to is added back as an unaccounted error: the form then says "Invite sent to ." (an empty
  // address) next to "1 invite could not be sent".
  it('never announces a send to an empty address when a sent invite has no email', async () => {
    const base = memory();
    const client: InviteClient = {
      ...base,
      sendUserInvites: async (params, options) => {
        const sent = await base.sendUserInvites(params, options);
        return {
          success: sent.success.map((invite) => ({ ...invite, email: undefined })),
          errors: [],
        } as never;
      },
    };
    const { user } = renderGuarded(<InviteForm />, client);
    await user.type(field(), 'ada@example.com ');
    await user.click(screen.getByRole('button', { name: 'Send invite' }));
    const results = await screen.findByText(/invite/i, {
      selector: '[data-slot="invite-form-results"]',
    });
    expectNoCrash();
    expect(results).not.toHaveTextContent(/sent to \./);
    // The address is not lost either way: still in the field, or named as sent.
    const inField = screen.queryByRole('list', { name: 'People to invite' });
    expect(
      Boolean(inField?.textContent?.includes('ada@example.com')) ||
        Boolean(results.textContent?.includes('ada@example.com')),
    ).toBe(true);
  });

  it('offers no role choice but still sends when roles are not a list', async () => {
    const listRoles = vi.fn(async () => 'admin, member' as never);
    const client: InviteClient = { ...memory(), listRoles };
    const { user } = renderGuarded(<InviteForm />, client);
    await waitFor(() => expect(listRoles).toHaveBeenCalled());
    await user.type(field(), 'ada@example.com ');
    await user.click(screen.getByRole('button', { name: 'Send invite' }));
    expect(await screen.findByText('Invite sent to ada@example.com.')).toBeInTheDocument();
    expectNoCrash();
    expect(screen.queryByRole('combobox', { name: 'Role' })).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Email language' })).toBeInTheDocument();
  });

  it('shows the role keys as they are in the table when roles are not a list', async () => {
    const client: InviteClient = {
      ...listing({ data: [raw({ id: 'i-ada', email: 'ada@example.com', roleKeys: ['admin'] })] }),
      listRoles: async () => ({ admin: 'Admin' }) as never,
    };
    renderGuarded(<UserInvitesTable />, client);
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    expectNoCrash();
    expect(rowOf('ada@example.com').querySelector('[data-column="roles"]')).toHaveTextContent(
      'admin',
    );
  });
});

describe('AcceptInvite with a preview of bad shape', () => {
  async function withToken() {
    const base = memory();
    await base.sendUserInvites({ tenantId: TENANT, userInvites: [{ email: 'ada@example.com' }] });
    return { base, token: base.sentEmails().at(-1)!.token };
  }

  it.each([
    ['no invite', { tenantName: 'Acme', inviterName: 'Alex Kim' }],
    ['an invite without an id', { invite: { email: 'ada@example.com', status: 'pending' } }],
    ['an invite that is a string', { invite: 'ada@example.com' }],
    ['null', null],
    ['a string', 'ok'],
  ])('shows the invalid-link state for a preview with %s', async (_case, preview) => {
    const { base, token } = await withToken();
    const client: InviteClient = { ...base, userInviteByToken: async () => preview as never };
    renderGuarded(<AcceptInvite token={token} />, client, '');
    expect(
      await screen.findByRole('heading', { name: 'This invite link is not valid.' }),
    ).toBeInTheDocument();
    expectNoCrash();
    expect(
      screen.getByText(
        'Check that you opened the whole link from your email, or ask for a new invite.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept invite' })).not.toBeInTheDocument();
  });

  it('ignores a tenant or inviter name that is not a string', async () => {
    const { base, token } = await withToken();
    const client: InviteClient = {
      ...base,
      userInviteByToken: async (params) => ({
        ...(await base.userInviteByToken(params)),
        tenantName: { name: 'Acme' } as never,
        inviterName: 42 as never,
      }),
    };
    renderGuarded(<AcceptInvite token={token} />, client, '');
    expect(await screen.findByText('You have been invited to join a team.')).toBeInTheDocument();
    expectNoCrash();
    expect(screen.getByRole('button', { name: 'Accept invite' })).toBeInTheDocument();
  });
});

describe('a thrown error with an unknown code', () => {
  const teapots: [string, () => unknown][] = [
    [
      'a foreign InviteClientError',
      () => ({ name: 'InviteClientError', code: 'teapot', message: 'errors.teapot' }),
    ],
    ['a plain object with a code', () => ({ code: 'error.xyz', message: 'error.xyz' })],
    ['a string', () => 'errors.xyz'],
    ['an Error', () => Object.assign(new Error('errors.xyz'), { code: 'xyz' })],
  ];

  it.each(teapots)('reads as a sentence when the table cannot load (%s)', async (_case, make) => {
    const client: InviteClient = {
      ...memory(),
      userInvites: async () => {
        throw make();
      },
    };
    renderGuarded(<UserInvitesTable />, client);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The invites could not be loaded: Something went wrong. Try again.',
    );
    expectNoCrash();
    expect(headers()).toEqual(HEADERS_WITHOUT_ROWS);
    expectNoPaging();
    expect(document.body.textContent).not.toMatch(MESSAGE_KEY);
  });

  it.each(teapots)('reads as a sentence when a resend fails (%s)', async (_case, make) => {
    const base = memory();
    await base.sendUserInvites({ tenantId: TENANT, userInvites: [{ email: 'ada@example.com' }] });
    const client: InviteClient = {
      ...base,
      resendUserInvite: async () => {
        throw make();
      },
    };
    const { user } = renderGuarded(<UserInvitesTable />, client);
    await user.click(
      await screen.findByRole('button', { name: 'Resend invite to ada@example.com' }),
    );
    expect(
      await screen.findByText(
        'Could not resend the invite to ada@example.com: Something went wrong. Try again.',
      ),
    ).toBeInTheDocument();
    expectNoCrash();
    expect(document.body.textContent).not.toMatch(MESSAGE_KEY);
  });

  it.each(teapots)('reads as a sentence when nothing could be sent (%s)', async (_case, make) => {
    const client: InviteClient = {
      ...memory(),
      sendUserInvites: async () => {
        throw make();
      },
    };
    const { user } = renderGuarded(<InviteForm />, client);
    await user.type(screen.getByRole('textbox', { name: 'Email addresses' }), 'ada@example.com ');
    await user.click(screen.getByRole('button', { name: 'Send invite' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nothing was sent: Something went wrong. Try again.',
    );
    expectNoCrash();
    expect(document.body.textContent).not.toMatch(MESSAGE_KEY);
  });

  it.each(teapots)('reads as a sentence when accepting fails (%s)', async (_case, make) => {
    const base = memory();
    await base.sendUserInvites({ tenantId: TENANT, userInvites: [{ email: 'ada@example.com' }] });
    const client: InviteClient = {
      ...base,
      acceptUserInvite: async () => {
        throw make();
      },
    };
    const { user } = renderGuarded(
      <AcceptInvite token={base.sentEmails().at(-1)!.token} />,
      client,
      '',
    );
    await user.click(await screen.findByRole('button', { name: 'Accept invite' }));
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Accept invite' })).not.toBeInTheDocument(),
    );
    // A sentence, whichever: capitalised, ending in a full stop, no message key in it.
    expect(screen.getByRole('heading').textContent).toMatch(/^[A-Z].*[.!]$/);
    expectNoCrash();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(MESSAGE_KEY);
  });
});
