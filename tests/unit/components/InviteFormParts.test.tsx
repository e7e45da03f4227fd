import { act, screen, waitFor, within } from '@testing-library/react';
import { createRef, useState } from 'react';
import type { SendUserInvitesParams } from '../../../src/client/types';
import {
  InviteForm,
  InviteFormChips,
  InviteFormField,
  InviteFormInput,
  InviteFormLabel,
  InviteFormLocale,
  InviteFormParts,
  InviteFormRole,
  InviteFormRoot,
  InviteFormSubmit,
  type InviteEntry,
  type InviteFormSlot,
} from '../../../src/components/InviteForm';
import { describeStylingConformance } from '../../helpers/describeStylingConformance';
import { renderWithProviders } from '../../helpers/renderWithProviders';

const field = () => screen.getByRole('textbox', { name: 'Email addresses' });
const chipTexts = () =>
  within(screen.getByRole('list', { name: 'People to invite' }))
    .getAllByRole('listitem')
    .map((chip) => chip.querySelector('[data-slot="invite-form-chipLabel"]')?.textContent);

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
          { email: 'worse@' },
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
      'issueText',
      'issueRemove',
      'issueDetails',
      'options',
      'role',
      'locale',
      'select',
      'actions',
      'upload',
      'submit',
      'results',
      'error',
    ],
    message: 'form.label',
  });
});

describe('InviteForm parts', () => {
  it('forward their ref and other props to their element, and run a host handler first', async () => {
    const form = createRef<HTMLFormElement>();
    const input = createRef<HTMLInputElement>();
    const submit = createRef<HTMLButtonElement>();
    const onKeyDown = vi.fn((event: { key: string; preventDefault: () => void }) => {
      // The host takes over the comma: it stays text, no chip is made.
      if (event.key === ',') event.preventDefault();
    });
    const { user } = renderWithProviders(
      <InviteFormRoot ref={form} aria-label="Invite form" data-testid="root">
        <InviteFormLabel />
        <InviteFormField>
          <InviteFormChips />
          <InviteFormInput ref={input} onKeyDown={onKeyDown} placeholder="Work addresses" />
        </InviteFormField>
        <InviteFormSubmit ref={submit} className="host-submit" />
      </InviteFormRoot>,
    );
    expect(form.current).toBe(screen.getByRole('form', { name: 'Invite form' }));
    expect(input.current).toBe(field());
    expect(field()).toHaveAttribute('placeholder', 'Work addresses');
    expect(submit.current).toBe(screen.getByRole('button', { name: 'Send invites' }));
    expect(submit.current).toHaveClass('host-submit', 'iw-invite-form-submit');
    await user.type(field(), 'ada@example.com,');
    expect(onKeyDown).toHaveBeenCalled();
    expect(field()).toHaveValue('ada@example.com');
    expect(screen.queryByRole('list', { name: 'People to invite' })).not.toBeInTheDocument();
    await user.type(field(), ' ');
    expect(field()).toHaveValue('');
    expect(chipTexts()).toEqual(['ada@example.com']);
  });

  it('are exported under short names too', async () => {
    const { client, user } = renderWithProviders(
      <InviteFormParts.Root>
        <InviteFormParts.Label>Work emails</InviteFormParts.Label>
        <InviteFormParts.Field />
        <InviteFormParts.Summary />
        <InviteFormParts.Actions>
          <InviteFormParts.Submit />
        </InviteFormParts.Actions>
        <InviteFormParts.Results />
      </InviteFormParts.Root>,
    );
    await user.type(screen.getByRole('textbox', { name: 'Work emails' }), 'ada@example.com ');
    expect(screen.getByText('1 person')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send invite' }));
    expect(await screen.findByText('Invite sent to ada@example.com.')).toBeInTheDocument();
    expect(client.sentEmails()).toHaveLength(1);
  });

  it('make role and language controllable like the entries', async () => {
    const roles = [
      { key: 'member', name: 'Member' },
      { key: 'admin', name: 'Admin' },
    ];
    function Host() {
      const [role, setRole] = useState('admin');
      const [locale, setLocale] = useState('de-DE');
      return (
        <>
          <InviteForm
            roles={roles}
            role={role}
            onRoleChange={setRole}
            locale={locale}
            onLocaleChange={setLocale}
          />
          <output aria-label="choice">{`${role} ${locale}`}</output>
        </>
      );
    }
    const { client, user } = renderWithProviders(<Host />);
    expect(screen.getByRole('combobox', { name: 'Role' })).toHaveValue('admin');
    expect(screen.getByRole('combobox', { name: 'Email language' })).toHaveValue('de-DE');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'member');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Email language' }), 'fr-FR');
    expect(screen.getByRole('status', { name: 'choice' })).toHaveTextContent('member fr-FR');
    await user.type(field(), 'ada@example.com ');
    await user.click(screen.getByRole('button', { name: 'Send invite' }));
    await waitFor(() => expect(client.sentEmails()).toHaveLength(1));
    const [call] = client.calls().filter((c) => c.method === 'sendUserInvites');
    expect((call!.args[0] as SendUserInvitesParams).userInvites[0]).toMatchObject({
      roleKeys: ['member'],
      locale: 'fr-FR',
    });
  });

  it('re-render only the input on a keystroke: role, language and the button stay as they are', async () => {
    // A part is a forwardRef component: React calls its `render` each time it renders it.
    const renders = (part: object) =>
      vi.spyOn(part as { render: (...args: never[]) => unknown }, 'render');
    const counts = {
      input: renders(InviteFormInput),
      role: renders(InviteFormRole),
      locale: renders(InviteFormLocale),
      submit: renders(InviteFormSubmit),
    };
    const { user } = renderWithProviders(
      <InviteFormRoot
        roles={[{ key: 'member', name: 'Member' }]}
        defaultValue={[{ email: 'a@example.com' }]}
      >
        <InviteFormLabel />
        <InviteFormField />
        <InviteFormRole />
        <InviteFormLocale />
        <InviteFormSubmit />
      </InviteFormRoot>,
    );
    expect(counts.role).toHaveBeenCalled();
    await user.type(field(), 'g'); // the first character: the button may now send the text
    for (const spy of Object.values(counts)) spy.mockClear();
    await user.type(field(), 'race@example.com');
    expect(field()).toHaveValue('grace@example.com');
    expect(counts.input.mock.calls.length).toBeGreaterThanOrEqual('race@example.com'.length);
    expect(counts.role).not.toHaveBeenCalled();
    expect(counts.locale).not.toHaveBeenCalled();
    expect(counts.submit).not.toHaveBeenCalled();
    for (const spy of Object.values(counts)) spy.mockRestore();
  });
});
