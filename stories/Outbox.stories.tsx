import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { MemoryInviteClient } from '../src/client/memory/createMemoryInviteClient';
import { Outbox } from '../src/components/Outbox';
import { CHECKED_GLOBALS, type InviteStoryParameters } from '../.storybook/preview';

/**
 * The in-memory backend's outbox: every email it would have sent, answered as the invitee.
 * Other stories put it beside the form and the table to show the whole flow live.
 */
const meta = {
  title: 'Demo/Outbox',
  component: Outbox,
  parameters: { memory: { seed: 1, seedCount: 12 } } satisfies InviteStoryParameters,
} satisfies Meta<typeof Outbox>;

export default meta;
type Story = StoryObj<typeof meta>;

const loadedClient = (loaded: Record<string, unknown>) => loaded.client as MemoryInviteClient;

/** Seeded emails; accepting one answers as the invitee and the status follows. */
export const Default: Story = {
  globals: { ...CHECKED_GLOBALS },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const client = loadedClient(loaded);
    const [newest] = client.sentEmails().reverse();
    const accept = await canvas.findByRole('button', {
      name: `Accept invite for ${newest!.email}`,
    });
    await userEvent.click(accept);
    await expect(await canvas.findByRole('status')).toHaveTextContent(
      `${newest!.email} accepted the invite.`,
    );
    await waitFor(async () =>
      expect((await client.userInvite(newest!.inviteId))?.status).toBe('accepted'),
    );
    await expect(
      canvas.queryByRole('button', { name: `Accept invite for ${newest!.email}` }),
    ).not.toBeInTheDocument();
  },
};

/** Nothing sent yet. */
export const Empty: Story = {
  globals: { ...CHECKED_GLOBALS },
  parameters: { memory: { seedCount: 0 } } satisfies InviteStoryParameters,
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText(
        'No emails sent yet. Send an invite and it shows up here.',
      ),
    ).toBeVisible();
  },
};

/** Answered emails and a reminder that replaced an earlier email. */
export const Answered: Story = {
  parameters: {
    memory: { seedCount: 0 },
    prepare: async (client) => {
      const { success } = await client.sendUserInvites({
        tenantId: client.tenantId,
        userInvites: ['ada', 'grace', 'alan', 'radia'].map((name) => ({
          email: `${name}@example.com`,
        })),
      });
      const token = (id: string) => client.sentEmails().findLast((e) => e.inviteId === id)!.token;
      await client.acceptUserInvite({ token: token(success[0]!.id) });
      await client.declineUserInvite({ token: token(success[1]!.id) });
      await client.resendUserInvite(success[2]!.id);
    },
  } satisfies InviteStoryParameters,
};

/** The backend is down: answering says so, and the email stays answerable. */
export const NetworkDown: Story = {
  globals: { ...CHECKED_GLOBALS },
  parameters: {
    memory: { seedCount: 0 },
    prepare: async (client) => {
      await client.sendUserInvites({
        tenantId: client.tenantId,
        userInvites: [{ email: 'ada@example.com' }],
      });
      client.failNext('acceptUserInvite', 'network', { times: 100 });
    },
  } satisfies InviteStoryParameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(
      await canvas.findByRole('button', { name: 'Accept invite for ada@example.com' }),
    );
    await expect(await canvas.findByRole('status')).toHaveTextContent(
      "Could not answer for ada@example.com: We couldn't reach the server.",
    );
    await expect(
      canvas.getByRole('button', { name: 'Accept invite for ada@example.com' }),
    ).toBeEnabled();
  },
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** A host's brand theme, made of CSS variables only. */
export const CustomTheme: Story = { globals: { theme: 'brand' } };

/** Right to left. */
export const RightToLeft: Story = { globals: { locale: 'ar-EG' } };

/** No default styles: only the host's classes and the data-slot attributes remain. */
export const Unstyled: Story = { args: { unstyled: true } };

/** In a narrow (360 px) settings panel. */
export const Narrow: Story = {
  decorators: [(Story) => <div style={{ maxWidth: 360 }}>{<Story />}</div>],
};
