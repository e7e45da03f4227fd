import { screen, waitFor, within } from '@testing-library/react';
import type { SendUserInvitesParams } from '../../../src/client/types';
import { InviteForm } from '../../../src/components/InviteForm';
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
