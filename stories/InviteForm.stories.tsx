import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import type { InviteStoryParameters } from '../.storybook/preview';
import type { MemoryInviteClient } from '../src/client/memory/createMemoryInviteClient';
import { InviteClientError } from '../src/client/errors';
import type { SendUserInvitesParams } from '../src/client/types';
import { InviteForm } from '../src/components/InviteForm';
import ar from '../src/locales/ar';

/** Invite one person or five hundred; nothing typed is lost on an error. */
const meta = {
  title: 'Components/InviteForm',
  component: InviteForm,
  parameters: { memory: { seedCount: 0 } } satisfies InviteStoryParameters,
  decorators: [(Story) => <div style={{ maxWidth: 640 }}>{<Story />}</div>],
} satisfies Meta<typeof InviteForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const clientOf = (loaded: Record<string, unknown>) => loaded.client as MemoryInviteClient;
const field = (canvasElement: HTMLElement) =>
  within(canvasElement).getByRole('textbox', { name: 'Email addresses' });
const paste = async (input: HTMLElement, text: string) => {
  await userEvent.click(input);
  await userEvent.paste(text);
};
const chips = (canvasElement: HTMLElement) =>
  within(within(canvasElement).getByRole('list', { name: 'People to invite' })).getAllByRole(
    'listitem',
  );
const sentEmails = (client: MemoryInviteClient) =>
  client
    .calls()
    .filter((call) => call.method === 'sendUserInvites')
    .flatMap((call) =>
      (call.args[0] as SendUserInvitesParams).userInvites.map((invite) => invite.email),
    );

const narrow = (Story: () => ReactNode) => <div style={{ maxWidth: 360 }}>{<Story />}</div>;
const addresses = (count: number) => Array.from({ length: count }, (_, i) => `p${i}@example.com`);

/** For `prepare`: the first batch goes out, then the network is gone. */
const networkDownAfterFirstBatch = (client: MemoryInviteClient) => {
  const send = client.sendUserInvites;
  let calls = 0;
  client.sendUserInvites = async (params, options) => {
    calls += 1;
    if (calls > 1) throw new InviteClientError('network', 'Failed to fetch');
    return send(params, options);
  };
};

/** Nothing typed yet: the button waits. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('button', { name: 'Send invites' }),
    ).toBeDisabled();
  },
};

/** Typing: Enter, comma, semicolon, space or Tab turn an address into a chip. */
export const Typing: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(
      field(canvasElement),
      'ada@example.com,grace@example.com alan@example.com{Enter}',
    );
    await expect(chips(canvasElement)).toHaveLength(3);
    await expect(canvas.getByText('3 people')).toBeVisible();
    await userEvent.type(field(canvasElement), '{Backspace}');
    await expect(chips(canvasElement)).toHaveLength(2);
  },
};

/** A pasted list of 500 addresses collapses to a few chips and "+N more". */
export const BigPaste: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = Array.from({ length: 500 }, (_, i) => `person${i}@example.com`).join('\n');
    await paste(field(canvasElement), list);
    await expect(await canvas.findByText('500 people')).toBeVisible();
    await expect(canvas.getByRole('button', { name: /\+470 more/ })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Send 500 invites' })).toBeEnabled();
  },
};

/** Invalid entries stay, marked, with their reason; duplicates are merged with a notice. */
export const InvalidAndDuplicates: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await paste(
      field(canvasElement),
      'ada@example.com, ADA@example.com; alan@, Grace Hopper <grace@example.com>',
    );
    await expect(await canvas.findByText('1 duplicate address was merged.')).toBeVisible();
    const invalid = canvas.getByText('alan@', { selector: '[data-slot="invite-form-chipLabel"]' });
    await expect(invalid.closest('li')).toHaveAttribute('aria-invalid', 'true');
    await expect(invalid.closest('li')).toHaveAccessibleDescription(/Not a valid email address/);
    await expect(canvas.getByRole('button', { name: 'Send 2 invites' })).toBeEnabled();
  },
};

/** An address that already has a pending invite is flagged before anything is sent. */
export const AlreadyInvited: Story = {
  parameters: {
    prepare: async (client) => {
      await client.sendUserInvites({
        tenantId: client.tenantId,
        userInvites: [{ email: 'ada@example.com' }],
      });
    },
  } satisfies InviteStoryParameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await paste(field(canvasElement), 'ada@example.com grace@example.com');
    await expect(await canvas.findByText(/Already has a pending invite/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Send invite' })).toBeEnabled();
  },
};

/** A large send shows its progress; the backend is slow and takes 25 at a time. */
export const SendingWithProgress: Story = {
  parameters: {
    memory: { seedCount: 0, latencyMs: 600, maxBatchSize: 25 },
  } satisfies InviteStoryParameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await paste(
      field(canvasElement),
      Array.from({ length: 90 }, (_, i) => `p${i}@example.com`).join(', '),
    );
    await userEvent.click(await canvas.findByRole('button', { name: 'Send 90 invites' }));
    await expect(await canvas.findByText(/Sending \d+ of 90/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Sending…' })).toBeDisabled();
  },
};

/** One address is already a member: it stays, grouped with its reason, with "Remove". */
export const PartialFailure: Story = {
  parameters: {
    memory: { seedCount: 0, members: ['grace@example.com'] },
  } satisfies InviteStoryParameters,
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await paste(field(canvasElement), 'ada@example.com grace@example.com alan@example.com');
    await userEvent.click(await canvas.findByRole('button', { name: 'Send 3 invites' }));
    await expect(await canvas.findByRole('status', { name: '' })).toHaveTextContent(
      'Sent 2 invites. 1 invite could not be sent; it is still in the field.',
    );
    await expect(canvas.getByText(/already a member of the team/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: "Remove member's address" })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: /^Retry/ })).not.toBeInTheDocument();
    await expect(sentEmails(clientOf(loaded))).toEqual([
      'ada@example.com',
      'grace@example.com',
      'alan@example.com',
    ]);
  },
};

/** Rate limited: the message says when to try again, and everything stays. */
export const RateLimited: Story = {
  parameters: {
    prepare: (client) =>
      client.failNext('sendUserInvites', 'rate_limited', { retryAfterMs: 42_000 }),
  } satisfies InviteStoryParameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await paste(field(canvasElement), 'ada@example.com grace@example.com');
    await userEvent.click(await canvas.findByRole('button', { name: 'Send 2 invites' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Try again in 42 seconds.');
    await expect(chips(canvasElement)).toHaveLength(2);
  },
};

/** The network is down: nothing is lost. */
export const NetworkDown: Story = {
  parameters: {
    prepare: (client) => client.failNext('sendUserInvites', 'network', { times: 1000 }),
  } satisfies InviteStoryParameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await paste(field(canvasElement), 'ada@example.com grace@example.com');
    await userEvent.click(await canvas.findByRole('button', { name: 'Send 2 invites' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      "We couldn't reach the server.",
    );
    await expect(chips(canvasElement)).toHaveLength(2);
  },
};

/** Everything sent: the field empties and the result is announced. */
export const Success: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.type(field(canvasElement), 'ada@example.com{Enter}');
    await userEvent.type(canvas.getByRole('textbox', { name: 'First name' }), 'Ada');
    await userEvent.click(canvas.getByRole('button', { name: 'Send invite' }));
    await expect(await canvas.findByText('Invite sent to ada@example.com.')).toBeVisible();
    await expect(canvas.queryByRole('list', { name: 'People to invite' })).not.toBeInTheDocument();
    await waitFor(() => expect(clientOf(loaded).sentEmails()).toHaveLength(1));
    await expect(field(canvasElement)).toHaveFocus();
  },
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' }, play: InvalidAndDuplicates.play };

/** A host's brand theme. */
export const CustomTheme: Story = { globals: { theme: 'brand' }, play: InvalidAndDuplicates.play };

/** Right to left. */
export const RightToLeft: Story = {
  globals: { locale: 'ar-EG' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: ar['form.label'] });
    await userEvent.type(input, 'ada@example.com grace@example.com ');
    const list = within(canvasElement).getByRole('list', { name: ar['form.entries'] });
    await expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    await expect(canvasElement.querySelector('form')).toHaveAttribute('dir', 'rtl');
  },
};

/** No default styles. */
export const Unstyled: Story = { args: { unstyled: true } };

/** In a 360 px settings panel. */
export const Narrow: Story = {
  decorators: [narrow],
  play: InvalidAndDuplicates.play,
};

/** 400 of 500 fail for one reason (the network went down after the first batch): one line. */
export const GroupedFailure: Story = {
  parameters: {
    memory: { seedCount: 0, maxBatchSize: 100 },
    prepare: networkDownAfterFirstBatch,
  } satisfies InviteStoryParameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await paste(field(canvasElement), addresses(500).join('\n'));
    await userEvent.click(await canvas.findByRole('button', { name: 'Send 500 invites' }));
    const question = await screen.findByRole('alertdialog', { name: 'Send 500 invites?' });
    await userEvent.click(within(question).getByRole('button', { name: 'Send 500 invites' }));
    await expect(await canvas.findByText(/^400 couldn't be sent: We couldn't reach/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Retry 400' })).toBeEnabled();
  },
};

/** Retry where a retry can help (the network); Remove where it cannot (member, invited, invalid). */
export const RetryVersusRemove: Story = {
  parameters: {
    memory: { seedCount: 0, maxBatchSize: 2, members: ['member@example.com'] },
    prepare: async (client) => {
      await client.sendUserInvites({
        tenantId: client.tenantId,
        userInvites: [{ email: 'pending@example.com' }],
      });
      networkDownAfterFirstBatch(client);
    },
  } satisfies InviteStoryParameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const typed = 'new@example.com member@example.com pending@example.com bad@ later@example.com';
    await paste(field(canvasElement), typed);
    await userEvent.click(await canvas.findByRole('button', { name: 'Send 3 invites' }));
    await expect(await canvas.findByText(/: We couldn't reach the server/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Retry 1' })).toBeEnabled();
    for (const kind of ["member's address", 'already-invited address', 'invalid address'])
      await expect(canvas.getByRole('button', { name: `Remove ${kind}` })).toBeVisible();
  },
};

/** "Upload CSV": a contact export joins the field with its count; nothing is sent yet. */
export const FileImportPreview: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const csv =
      'First Name,Last Name,E-mail Address\nAda,Lovelace,ada@example.com\n' +
      'Grace,Hopper,grace@example.com\nAlan,Turing,alan@example.com\nNo,Address,n/a';
    await userEvent.upload(
      canvas.getByLabelText('Upload CSV'),
      new File([csv], 'contacts.csv', { type: 'text/csv' }),
    );
    await expect(await canvas.findByText('Added 4 people from contacts.csv.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Send 3 invites' })).toBeEnabled();
    await expect(sentEmails(clientOf(loaded))).toEqual([]);
  },
};

/** Sending 100 or more asks once, with the count. */
export const LargeSendConfirmation: Story = {
  play: async ({ canvasElement }) => {
    await paste(field(canvasElement), addresses(150).join(', '));
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Send 150 invites' }));
    await expect(await screen.findByRole('alertdialog', { name: /150 invites/ })).toBeVisible();
  },
};

/** Long addresses in a narrow panel: cut short, whole on hover and keyboard focus. */
export const LongAddresses: Story = {
  args: {
    defaultValue: [
      { email: 'firstname.middlename.lastname@subsidiary.example-company.com' },
      { email: 'Grace.Brewster.Murray.Hopper@navy-research.example.org', firstName: 'Grace' },
      { email: 'ada@example.com' },
    ],
  },
  decorators: [narrow],
};
