import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { InviteStoryParameters } from '../.storybook/preview';
import type { MemoryInviteClient } from '../src/client/memory/createMemoryInviteClient';
import { AcceptInvite } from '../src/components/AcceptInvite';

/** The invitee's landing page, in every state it can be in. */
const meta = {
  title: 'Components/AcceptInvite',
  component: AcceptInvite,
  args: { token: '' },
  parameters: {
    memory: { seedCount: 0 },
    prepare: async (client) => {
      await client.sendUserInvites({
        tenantId: client.tenantId,
        userInvites: [{ email: 'ada@example.com' }],
      });
    },
  } satisfies InviteStoryParameters,
  render: (args, { loaded }) => {
    const client = loaded.client as MemoryInviteClient;
    const token = args.token || client.sentEmails().at(-1)?.token || '';
    return <AcceptInvite {...args} token={token} />;
  },
} satisfies Meta<typeof AcceptInvite>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Who invited them to what, with Accept and Decline. */
export const Ready: Story = {
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText('Alex Kim invited you to join Acme.'),
    ).toBeVisible();
  },
};

/** Accepting. */
export const Accepted: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Accept invite' }));
    await expect(
      await canvas.findByRole('heading', { name: 'Welcome aboard! You joined Acme.' }),
    ).toHaveFocus();
  },
};

/** Declining. */
export const Declined: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Decline' }));
    await expect(
      await canvas.findByRole('heading', { name: /You declined the invite/ }),
    ).toBeVisible();
  },
};

/** Expired, with what to do next. */
export const Expired: Story = {
  parameters: {
    memory: { seedCount: 0, expiresInMs: -1 },
  } satisfies InviteStoryParameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('heading', { name: 'This invite has expired.' }),
    ).toBeVisible();
    await expect(canvas.getByText('Ask Alex Kim to send you a new one.')).toBeVisible();
  },
};

/** Already accepted. */
export const AlreadyAccepted: Story = {
  parameters: {
    prepare: async (client) => {
      await client.sendUserInvites({
        tenantId: client.tenantId,
        userInvites: [{ email: 'ada@example.com' }],
      });
      await client.acceptUserInvite({ token: client.sentEmails().at(-1)!.token });
    },
  } satisfies InviteStoryParameters,
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('heading', {
        name: 'You already accepted this invite.',
      }),
    ).toBeVisible();
  },
};

/** Canceled by the team. */
export const Canceled: Story = {
  parameters: {
    prepare: async (client) => {
      const { success } = await client.sendUserInvites({
        tenantId: client.tenantId,
        userInvites: [{ email: 'ada@example.com' }],
      });
      await client.cancelUserInvite(success[0]!.id);
    },
  } satisfies InviteStoryParameters,
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('heading', { name: 'This invite was canceled.' }),
    ).toBeVisible();
  },
};

/** A link whose token matches nothing. */
export const InvalidToken: Story = {
  args: { token: 'tok_not_a_real_token' },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('heading', { name: 'This invite link is not valid.' }),
    ).toBeVisible();
  },
};

/** The backend cannot be reached: retry. */
export const NetworkError: Story = {
  parameters: {
    prepare: async (client) => {
      await client.sendUserInvites({
        tenantId: client.tenantId,
        userInvites: [{ email: 'ada@example.com' }],
      });
      client.failNext('userInviteByToken', 'network');
    },
  } satisfies InviteStoryParameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByRole('button', { name: 'Accept invite' })).toBeVisible();
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };
export const CustomTheme: Story = { globals: { theme: 'brand' } };
export const RightToLeft: Story = { globals: { locale: 'ar-EG' } };
export const Unstyled: Story = { args: { unstyled: true } };
export const Narrow: Story = {
  decorators: [(Story) => <div style={{ maxWidth: 360 }}>{<Story />}</div>],
};
