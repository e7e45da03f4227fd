import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MemoryInviteClient } from '../../../src/client/memory/createMemoryInviteClient';
import { InviteForm, readInviteFile, readVCard } from '../../../src/components/InviteForm';
import { renderWithProviders } from '../../helpers/renderWithProviders';

const chipTexts = () =>
  within(screen.getByRole('list', { name: 'People to invite' }))
    .getAllByRole('listitem')
    .map((chip) => chip.querySelector('[data-slot="invite-form-chipLabel"]')?.textContent);
const sends = (client: MemoryInviteClient) =>
  client.calls().filter((call) => call.method === 'sendUserInvites');
const upload = () => screen.getByLabelText('Upload CSV');
/** A drag event of `type` carrying `files` (built by hand: jsdom has no DataTransfer). */
const dragging = (type: string, ...files: File[]) => {
  const event = new Event(type, { bubbles: true, cancelable: true });
  const dataTransfer = { types: ['Files'], files, dropEffect: 'none' };
  return Object.defineProperty(event, 'dataTransfer', { value: dataTransfer });
};

const OUTLOOK = [
  'First Name,Last Name,E-mail Address,Business Phone',
  'Ada,Lovelace,ada@example.com,"+44 20 7946 0000"',
  '"Grace ""Amazing""",Hopper,grace@example.com,',
  'Alan,Turing,alan@example.com,',
].join('\r\n');

const VCARDS = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Lovelace;Ada;;;',
  'FN:Ada Lovelace',
  'EMAIL;TYPE=INTERNET:ada.home@example.com',
  'item1.EMAIL;TYPE=INTERNET,pref:ada@exam',
  ' ple.com',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:2.1',
  'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Ren=C3=A9 Descartes',
  'EMAIL:rene@example.com',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:4.0',
  'FN:No Address',
  'TEL:+1 555 0100',
  'END:VCARD',
].join('\r\n');

describe('InviteForm: importing a file', () => {
  it('adds the people of an uploaded CSV export, says how many, and sends nothing yet', async () => {
    const { client, user } = renderWithProviders(<InviteForm />);
    await user.upload(upload(), new File([OUTLOOK], 'contacts.csv', { type: 'text/csv' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Added 3 people from contacts.csv.'),
    );
    expect(chipTexts()).toEqual([
      'Ada Lovelace <ada@example.com>',
      'Grace "Amazing" Hopper <grace@example.com>',
      'Alan Turing <alan@example.com>',
    ]);
    expect(screen.getByText('3 people')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send 3 invites' })).toBeEnabled();
    expect(sends(client)).toEqual([]);
  });

  it('reads contact cards: the preferred address, and the name from N or FN', async () => {
    const { user } = renderWithProviders(<InviteForm />);
    await user.upload(upload(), new File([VCARDS], 'team.vcf', { type: 'text/vcard' }));
    expect(await screen.findByText('Added 2 people from team.vcf.')).toBeInTheDocument();
    expect(chipTexts()).toEqual([
      'Ada Lovelace <ada@example.com>',
      'René Descartes <rene@example.com>',
    ]);
  });

  it('takes a file dropped on the field, merging what is already there', async () => {
    const { user } = renderWithProviders(<InviteForm />);
    await user.type(screen.getByRole('textbox', { name: 'Email addresses' }), 'ada@example.com ');
    const box = screen.getByRole('textbox', { name: 'Email addresses' }).parentElement!;
    const file = new File(['ada@example.com\ngrace@example.com\n'], 'list.txt', {
      type: 'text/plain',
    });
    fireEvent(box, dragging('dragover', file));
    fireEvent(box, dragging('drop', file));
    expect(await screen.findByText('Added 1 person from list.txt.')).toBeInTheDocument();
    expect(screen.getByText('1 duplicate address was merged.')).toBeInTheDocument();
    expect(chipTexts()).toEqual(['ada@example.com', 'grace@example.com']);
  });

  it('says why a file cannot be imported', async () => {
    renderWithProviders(<InviteForm />);
    const box = screen.getByRole('textbox', { name: 'Email addresses' }).parentElement!;
    const image = new File([new Uint8Array([137, 80, 78, 71])], 'photo.png', {
      type: 'image/png',
    });
    fireEvent(box, dragging('drop', image));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "photo.png can't be imported: choose a .csv, .txt or .vcf file.",
    );
    expect(screen.queryByRole('list', { name: 'People to invite' })).not.toBeInTheDocument();
  });

  it('decodes what spreadsheet programs save: UTF-16 with a byte order mark, Windows-1252', async () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[...'email\nzoë@example.com'].flatMap((c) => [c.charCodeAt(0), 0]),
    ]);
    const read16 = await readInviteFile(new File([utf16], 'unicode.csv'));
    expect(read16).toEqual({ people: [{ email: 'zoë@example.com' }] });
    const latin = new Uint8Array(
      [...'First Name,E-mail Address\nJos']
        .map((c) => c.charCodeAt(0))
        .concat(
          [0xe9],
          [...',jose@example.com'].map((c) => c.charCodeAt(0)),
        ),
    );
    expect(await readInviteFile(new File([latin], 'outlook.csv'))).toEqual({
      people: [{ email: 'jose@example.com', firstName: 'José' }],
    });
  });

  it('reads no cards without an address, and unfolds folded lines', () => {
    expect(readVCard(VCARDS).map((person) => person.email)).toEqual([
      'ada@example.com',
      'rene@example.com',
    ]);
    expect(readVCard('FN:Loose line\nEMAIL:x@example.com')).toEqual([]);
  });
});

describe('InviteForm: a large send asks first', () => {
  it('asks once with the count before sending 100 or more; Cancel keeps everything', async () => {
    const { client, user } = renderWithProviders(<InviteForm />);
    const list = Array.from({ length: 150 }, (_, i) => `p${i}@example.com`).join(' ');
    await user.click(screen.getByRole('textbox', { name: 'Email addresses' }));
    await user.paste(list);
    const send = screen.getByRole('button', { name: 'Send 150 invites' });
    await user.click(send);
    const question = await screen.findByRole('alertdialog', { name: 'Send 150 invites?' });
    expect(question).toHaveAccessibleDescription(
      '150 people will get an email with a link to join.',
    );
    expect(within(question).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(sends(client)).toEqual([]);
    expect(screen.getByText('150 people')).toBeInTheDocument();

    await user.click(send);
    const again = await screen.findByRole('alertdialog', { name: 'Send 150 invites?' });
    await user.click(within(again).getByRole('button', { name: 'Send 150 invites' }));
    expect(await screen.findByText('Sent 150 invites.')).toBeInTheDocument();
    expect(client.sentEmails()).toHaveLength(150);
  });

  it('does not ask below the threshold', async () => {
    const { client, user } = renderWithProviders(<InviteForm confirmThreshold={1000} />);
    await user.click(screen.getByRole('textbox', { name: 'Email addresses' }));
    await user.paste(Array.from({ length: 150 }, (_, i) => `p${i}@example.com`).join(' '));
    await user.click(screen.getByRole('button', { name: 'Send 150 invites' }));
    expect(await screen.findByText('Sent 150 invites.')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(client.sentEmails()).toHaveLength(150);
  });
});
