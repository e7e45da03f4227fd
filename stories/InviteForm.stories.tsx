import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { InviteStoryParameters } from '../.storybook/preview';
import type { MemoryInviteClient } from '../src/client/memory/createMemoryInviteClient';
import type { SendUserInvitesParams } from '../src/client/types';
import { InviteForm } from '../src/components/InviteForm';

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
      Array.from({ length: 120 }, (_, i) => `p${i}@example.com`).join(', '),
    );
    await userEvent.click(await canvas.findByRole('button', { name: 'Send 120 invites' }));
    await expect(await canvas.findByText(/Sending \d+ of 120/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Sending…' })).toBeDisabled();
  },
};

/** Some addresses fail: they stay as chips with their reason and "Retry failed". */
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
    await expect(canvas.getByText(/already a member/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Retry failed' })).toBeVisible();
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
    await userEvent.type(field(canvasElement), 'ada@example.com grace@example.com ');
    await expect(chips(canvasElement)).toHaveLength(2);
    await expect(canvasElement.querySelector('form')).toHaveAttribute('dir', 'rtl');
  },
};

/** No default styles. */
export const Unstyled: Story = { args: { unstyled: true } };

/** In a 360 px settings panel. */
export const Narrow: Story = {
  decorators: [(Story) => <div style={{ maxWidth: 360 }}>{<Story />}</div>],
  play: InvalidAndDuplicates.play,
};
