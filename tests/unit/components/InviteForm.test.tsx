import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import type { SendUserInvitesParams } from '../../../src/client/types';
import {
  InviteForm,
  InviteFormField,
  InviteFormRoot,
  InviteFormSubmit,
  type InviteEntry,
  type InviteFormSlot,
} from '../../../src/components/InviteForm';
import { describeStylingConformance } from '../../helpers/describeStylingConformance';
import { renderWithProviders } from '../../helpers/renderWithProviders';
import {
  createMemoryInviteClient,
  type MemoryInviteClient,
} from '../../../src/client/memory/createMemoryInviteClient';

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

describe('InviteForm: entry', () => {
  it.each([
    ['Enter', '{Enter}'],
    ['comma', ','],
    ['semicolon', ';'],
    ['space', ' '],
  ])('turns the address into a chip on %s', async (_name, key) => {
    const { user } = renderWithProviders(<InviteForm />);
    await user.type(field(), `ada@example.com${key}`);
    expect(chipTexts()).toEqual(['ada@example.com']);
    expect(field()).toHaveValue('');
  });

  it('turns the address into a chip on Tab, and moves on', async () => {
    const { user } = renderWithProviders(<InviteForm />);
    await user.type(field(), 'ada@example.com');
    await user.tab();
    expect(chipTexts()).toEqual(['ada@example.com']);
  });

  it('makes one entry per person from a pasted list, with names', async () => {
    const { user } = renderWithProviders(<InviteForm />);
    await paste(
      user,
      'Ada Lovelace <ada@example.com>, grace@example.com;alan@example.com\n"Hopper, Grace" <g.hopper@example.com>\tlinus@example.com',
    );
    expect(chipTexts()).toEqual([
      'Ada Lovelace <ada@example.com>',
      'grace@example.com',
      'alan@example.com',
      'Grace Hopper <g.hopper@example.com>',
      'linus@example.com',
    ]);
  });

  it('reads a CSV with a header and sends its names, roles and locales', async () => {
    const { client, user } = renderWithProviders(<InviteForm />);
    await paste(
      user,
      'email,firstName,lastName,role,locale\nada@example.com,Ada,Lovelace,admin,en-GB\ngrace@example.com,Grace,Hopper,,',
    );
    expect(chipTexts()).toEqual([
      'Ada Lovelace <ada@example.com>',
      'Grace Hopper <grace@example.com>',
    ]);
    await user.click(screen.getByRole('button', { name: 'Send 2 invites' }));
    await waitFor(() => expect(sendCalls(client)).toHaveLength(1));
    expect(sendCalls(client)[0]).toEqual([
      {
        email: 'ada@example.com',
        firstName: 'Ada',
        lastName: 'Lovelace',
        roleKeys: ['admin'],
        locale: 'en-GB',
        createdByUserId: 'user_admin',
      },
      {
        email: 'grace@example.com',
        firstName: 'Grace',
        lastName: 'Hopper',
        locale: 'en-US',
        createdByUserId: 'user_admin',
      },
    ]);
  });

  it('removes the last chip with Backspace in the empty field', async () => {
    const { user } = renderWithProviders(<InviteForm />);
    await user.type(field(), 'ada@example.com grace@example.com ');
    await user.type(field(), '{Backspace}');
    expect(chipTexts()).toEqual(['ada@example.com']);
    expect(screen.getByRole('status')).toHaveTextContent('Removed grace@example.com.');
  });

  it('removes any chip by pointer and by keyboard', async () => {
    const { user } = renderWithProviders(<InviteForm />);
    await user.type(field(), 'ada@example.com grace@example.com alan@example.com ');
    await user.click(screen.getByRole('button', { name: 'Remove grace@example.com' }));
    expect(chipTexts()).toEqual(['ada@example.com', 'alan@example.com']);
    screen.getByRole('button', { name: 'Remove ada@example.com' }).focus();
    await user.keyboard('{Enter}');
    expect(chipTexts()).toEqual(['alan@example.com']);
  });
});

describe('InviteForm: feedback before sending', () => {
  it('keeps an invalid entry, marked, with its reason, and does not send it', async () => {
    const { client, user } = renderWithProviders(<InviteForm />);
    await user.type(field(), 'ada@example.com alan@ ');
    const invalid = chips()[1]!;
    expect(invalid).toHaveAttribute('aria-invalid', 'true');
    expect(invalid).toHaveAccessibleDescription('alan@: Not a valid email address.');
    expect(screen.getByText('2 people · 1 needs attention')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send invite' }));
    await waitFor(() =>
      expect(sendCalls(client)).toEqual([[expect.objectContaining({ email: 'ada@example.com' })]]),
    );
    expect(chipTexts()).toEqual(['alan@']);
  });

  it('merges duplicates, whatever the case, with a notice', async () => {
    const { user } = renderWithProviders(<InviteForm />);
    await user.type(field(), 'ada@example.com ');
    await paste(user, 'ADA@example.com, grace@example.com, Grace@Example.com');
    expect(chipTexts()).toEqual(['ada@example.com', 'grace@example.com']);
    expect(screen.getByText('2 duplicate addresses were merged.')).toBeInTheDocument();
  });

  it('flags an address with a pending invite before anything is sent', async () => {
    const client = createMemoryInviteClient({ tenantId: 'acme' });
    await client.sendUserInvites({ tenantId: 'acme', userInvites: [{ email: 'ada@example.com' }] });
    client.clearCalls();
    const { user } = renderWithProviders(<InviteForm />, { client, tenantId: 'acme' });
    await user.type(field(), 'Ada@Example.com grace@example.com ');
    await waitFor(() =>
      expect(chips()[0]).toHaveAccessibleDescription(/Already has a pending invite/),
    );
    expect(chips()[0]).toHaveAttribute('data-state', 'pending');
    await user.click(screen.getByRole('button', { name: 'Send invite' }));
    await waitFor(() =>
      expect(sendCalls(client)).toEqual([
        [expect.objectContaining({ email: 'grace@example.com' })],
      ]),
    );
  });

  it('counts the people', async () => {
    const { user } = renderWithProviders(<InviteForm />);
    await user.type(field(), 'a@example.com b@example.com c@example.com ');
    expect(screen.getByText('3 people')).toBeInTheDocument();
  });
});

describe('InviteForm: big pastes', () => {
  it('collapses 10,000 addresses to a few chips and "+N more", and shows more on demand', async () => {
    const { user } = renderWithProviders(<InviteForm visibleChips={20} />);
    await paste(
      user,
      Array.from({ length: 10_000 }, (_, i) => `person${i}@example.com`).join('\n'),
    );
    expect(chips()).toHaveLength(21);
    expect(screen.getByText('10,000 people')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '+9,980 more' }));
    expect(chips()).toHaveLength(221);
    expect(screen.getByRole('button', { name: '+9,780 more' })).toBeInTheDocument();
  });
});

describe('InviteForm: options', () => {
  it('sends the chosen role (from the roles prop), the email language and the extra data', async () => {
    const { client, user } = renderWithProviders(
      <InviteForm
        roles={[
          { key: 'editor', name: 'Editor' },
          { key: 'owner', name: 'Owner' },
        ]}
        defaultRole="editor"
        data={{ source: 'settings' }}
      />,
    );
    expect(screen.getByRole('combobox', { name: 'Role' })).toHaveValue('editor');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'owner');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Email language' }), 'de-DE');
    await user.type(field(), 'a@example.com b@example.com ');
    await user.click(screen.getByRole('button', { name: 'Send 2 invites' }));
    await waitFor(() => expect(sendCalls(client)).toHaveLength(1));
    for (const invite of sendCalls(client)[0]!) {
      expect(invite).toMatchObject({
        roleKeys: ['owner'],
        locale: 'de-DE',
        data: { source: 'settings' },
      });
    }
  });

  it("offers the client's roles when no roles are given", async () => {
    renderWithProviders(<InviteForm />);
    const select = await screen.findByRole('combobox', { name: 'Role' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Default role', 'Admin', 'Member', 'Viewer']);
  });

  it("defaults the email language to the provider's locale", () => {
    renderWithProviders(<InviteForm />, { locale: 'fr-FR' });
    expect(screen.getByRole('combobox', { name: 'Email language' })).toHaveValue('fr-FR');
  });

  it('asks first and last name when inviting one person', async () => {
    const { client, user } = renderWithProviders(<InviteForm />);
    await user.type(field(), 'ada@example.com ');
    await user.type(screen.getByRole('textbox', { name: 'First name' }), 'Ada');
    await user.type(screen.getByRole('textbox', { name: 'Last name' }), 'Lovelace');
    await user.type(field(), 'grace@example.com ');
    expect(screen.queryByRole('textbox', { name: 'First name' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send 2 invites' }));
    await waitFor(() => expect(sendCalls(client)).toHaveLength(1));
    expect(sendCalls(client)[0]![0]).toMatchObject({
      email: 'ada@example.com',
      firstName: 'Ada',
      lastName: 'Lovelace',
    });
  });

  it('says clearly when a submit goes past maxInvites, and sends nothing', async () => {
    const { client, user } = renderWithProviders(<InviteForm maxInvites={2} />);
    await user.type(field(), 'a@example.com b@example.com c@example.com ');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'You can invite at most 2 people at once. Remove 1 to continue.',
    );
    expect(screen.getByRole('button', { name: 'Send 3 invites' })).toBeDisabled();
    await user.type(field(), '{Enter}');
    expect(sendCalls(client)).toEqual([]);
  });
});

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

  it('clears sent addresses, keeps failed ones with their reason, and retries only those', async () => {
    const { client, user } = renderWithProviders(<InviteForm />, {
      memory: { members: ['grace@example.com'] },
    });
    await user.type(field(), 'ada@example.com grace@example.com ');
    await user.click(screen.getByRole('button', { name: 'Send 2 invites' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Invite sent to ada@example.com. 1 invite could not be sent; it is still in the field.',
    );
    expect(chipTexts()).toEqual(['grace@example.com']);
    expect(chips()[0]).toHaveAccessibleDescription(
      'grace@example.com: This person is already a member of the team.',
    );
    await user.click(screen.getByRole('button', { name: 'Retry failed' }));
    await waitFor(() => expect(sendCalls(client)).toHaveLength(2));
    expect(sendCalls(client)[1]).toEqual([expect.objectContaining({ email: 'grace@example.com' })]);
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

describe('InviteForm: API', () => {
  it('works controlled: value and onValueChange', async () => {
    const seen: InviteEntry[][] = [];
    function Host() {
      const [entries, setEntries] = useState<InviteEntry[]>([{ email: 'ada@example.com' }]);
      return (
        <>
          <InviteForm
            value={entries}
            onValueChange={(next) => {
              seen.push(next);
              setEntries(next);
            }}
          />
          <output aria-label="count">{entries.length}</output>
        </>
      );
    }
    const { user } = renderWithProviders(<Host />);
    expect(chipTexts()).toEqual(['ada@example.com']);
    await user.type(field(), 'grace@example.com ');
    expect(screen.getByRole('status', { name: 'count' })).toHaveTextContent('2');
    expect(seen.at(-1)?.map((entry) => entry.email)).toEqual([
      'ada@example.com',
      'grace@example.com',
    ]);
  });

  it('takes defaultValue', () => {
    renderWithProviders(
      <InviteForm defaultValue={[{ email: 'ada@example.com', firstName: 'Ada' }]} />,
    );
    expect(chipTexts()).toEqual(['Ada <ada@example.com>']);
  });

  it('lets a host rearrange the parts', async () => {
    const { user } = renderWithProviders(
      <InviteFormRoot>
        <InviteFormSubmit />
        <InviteFormField />
      </InviteFormRoot>,
    );
    await user.type(field(), 'ada@example.com ');
    const [button, input] = [screen.getByRole('button', { name: 'Send invite' }), field()];
    expect(button.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('names the root a part needs', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderWithProviders(<InviteFormField />)).toThrow(
      '<InviteFormField> must be used within <InviteFormRoot>.',
    );
  });

  it('announces results in a polite live region', async () => {
    const { user } = renderWithProviders(<InviteForm />);
    await user.type(field(), 'ada@example.com ');
    await user.click(screen.getByRole('button', { name: 'Send invite' }));
    const region = await screen.findByText('Invite sent to ada@example.com.');
    expect(region).toHaveAttribute('aria-live', 'polite');
  });

  it('commits typed text when it unmounts, into a controlled value', async () => {
    let latest: InviteEntry[] = [];
    const { user, rerenderWith } = renderWithProviders(
      <InviteForm onValueChange={(next) => (latest = next)} />,
    );
    await user.type(field(), 'ada@example.com');
    act(() => rerenderWith(<div />));
    expect(latest.map((entry) => entry.email)).toEqual(['ada@example.com']);
  });

  describeStylingConformance<InviteFormSlot>({
    component: 'invite-form',
    render: (props) => (
      <InviteForm
        {...props}
        maxInvites={3}
        defaultValue={[
          { email: 'ada@example.com' },
          { email: 'b@example.com' },
          { email: 'c@example.com' },
          { email: 'd@example.com' },
          { email: 'bad@' },
        ]}
        visibleChips={4}
      />
    ),
    slots: [
      'root',
      'label',
      'field',
      'chips',
      'chip',
      'chipLabel',
      'chipRemove',
      'more',
      'input',
      'hint',
      'summary',
      'issues',
      'issue',
      'options',
      'role',
      'locale',
      'select',
      'actions',
      'submit',
      'results',
      'error',
    ],
    message: 'form.label',
  });
});
