import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { InviteDialog } from '../../src/components/InviteDialog';
import { InviteForm } from '../../src/components/InviteForm';
import { renderWithProviders } from '../helpers/renderWithProviders';

// Real input from Chromium reaches React outside act(), as in an app: no act() environment,
// so React does not warn about updates that a person's click or keystroke causes.
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

const CSV = [
  'Name,E-mail 1 - Value,Group Membership',
  '"Lovelace, Ada",ada@example.com,* myContacts',
  'Grace Hopper,grace@example.com,* myContacts',
  ',not-an-address,',
].join('\n');

const chipTexts = (scope: HTMLElement) =>
  within(within(scope).getByRole('list', { name: 'People to invite' }))
    .getAllByRole('listitem')
    .map((chip) => chip.querySelector('[data-slot="invite-form-chipLabel"]')?.textContent);
const sends = (client: { calls: () => { method: string }[] }) =>
  client.calls().filter((call) => call.method === 'sendUserInvites');

describe('importing a file, in Chromium', () => {
  it('"Upload CSV" reads a Google Contacts export and shows the count before anything is sent', async () => {
    const { client, container } = renderWithProviders(<InviteForm />);
    const input = within(container).getByLabelText('Upload CSV');
    expect(input).toHaveAttribute('type', 'file');
    await userEvent.upload(input, new File([CSV], 'google.csv', { type: 'text/csv' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Added 3 people from google.csv.'),
    );
    expect(chipTexts(container)).toEqual([
      'Ada Lovelace <ada@example.com>',
      'Grace Hopper <grace@example.com>',
      'not-an-address',
    ]);
    expect(screen.getByText('3 people · 1 needs attention')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Send 2 invites' })).toBeEnabled();
    expect(sends(client)).toEqual([]);
  });

  it('takes a file dropped on the field of the dialog', async () => {
    const { client } = renderWithProviders(<InviteDialog defaultOpen />);
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(dialog).toBeVisible()); // after its opening animation
    const box = within(dialog).getByRole('textbox', { name: 'Email addresses' }).parentElement!;
    const data = new DataTransfer();
    data.items.add(
      new File(['ada@example.com; grace@example.com'], 'team.txt', { type: 'text/plain' }),
    );
    const drag = (type: string) =>
      box.dispatchEvent(
        new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    drag('dragenter');
    const accepted = !drag('dragover'); // canceled: the field takes the drop
    expect(accepted).toBe(true);
    await waitFor(() => expect(box).toHaveAttribute('data-dragging'));
    expect(within(box).getByText('Drop the file to add its addresses')).toBeVisible();
    drag('drop');
    expect(await within(dialog).findByText('Added 2 people from team.txt.')).toBeVisible();
    expect(box).not.toHaveAttribute('data-dragging');
    expect(chipTexts(dialog)).toEqual(['ada@example.com', 'grace@example.com']);
    expect(sends(client)).toEqual([]);
  });

  it('reaches "Upload CSV" by keyboard, with a visible focus ring', async () => {
    renderWithProviders(<InviteForm />);
    const input = screen.getByLabelText('Upload CSV');
    for (let i = 0; i < 10 && document.activeElement !== input; i += 1) await userEvent.tab();
    expect(input).toHaveFocus();
    expect(getComputedStyle(input.closest('label')!).boxShadow).not.toBe('none');
  });
});
