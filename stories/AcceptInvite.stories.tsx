import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { CHECKED_GLOBALS, type InviteStoryParameters } from '../.storybook/preview';
import { InviteClientError } from '../src/client/errors';
import type { MemoryInviteClient } from '../src/client/memory/createMemoryInviteClient';
import type { InvitePreview } from '../src/client/types';
import { AcceptInvite } from '../src/components/AcceptInvite';

type Prepare = NonNullable<InviteStoryParameters['prepare']>;

/** One pending invite to ada@example.com, as an admin. */
const invite = async (client: MemoryInviteClient) => {
  const { success } = await client.sendUserInvites({
    tenantId: client.tenantId,
    userInvites: [{ email: 'ada@example.com', roleKeys: ['admin'] }],
  });
  return { id: success[0]!.id, token: client.sentEmails().at(-1)!.token };
};

/** A backend whose preview says more (or something else) than the memory one. */
const previewWith =
  (change: (preview: InvitePreview) => InvitePreview | Promise<InvitePreview>): Prepare =>
  async (client) => {
    await invite(client);
    const read = client.userInviteByToken;
    client.userInviteByToken = async (params, options) => change(await read(params, options));
  };

// A logo as a data URL: stories make no network request.
const LOGO = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="#0f766e"/><path d="M10 28 20 10l10 18z" fill="#fff"/></svg>',
)}`;

const heading = async (canvasElement: HTMLElement, name: string | RegExp) =>
  expect(await within(canvasElement).findByRole('heading', { name })).toBeVisible();

/**
 * The invitee's landing page, in every state it can be in. It draws its own surface and
 * centers its card, so these stories have no frame around them.
 */
const meta = {
  title: 'Components/AcceptInvite',
  component: AcceptInvite,
  args: { token: '' },
  globals: { ...CHECKED_GLOBALS },
  parameters: {
    frame: 'bare',
    memory: { seedCount: 0 },
    prepare: async (client) => void (await invite(client)),
  } satisfies InviteStoryParameters,
  render: (args, { loaded }) => {
    const client = loaded.client as MemoryInviteClient;
    const token = args.token || client.sentEmails().at(-1)?.token || '';
    return <AcceptInvite {...args} token={token} />;
  },
} satisfies Meta<typeof AcceptInvite>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Who invited them to what: the team's initials, the role, the address and the expiry. */
export const Ready: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await heading(canvasElement, 'Join Acme');
    await expect(canvas.getByText('Alex Kim invited you to join Acme.')).toBeVisible();
    await expect(canvas.getByText('Admin')).toBeVisible();
    // Seven days from now, or from a moment ago.
    await expect(canvas.getByText(/^(in 7 days|next week)$/)).toBeVisible();
  },
};

/** The team's logo, when the backend's preview has one. */
export const WithLogo: Story = {
  parameters: {
    prepare: previewWith((preview) => ({ ...preview, tenantLogoUrl: LOGO })),
  } satisfies InviteStoryParameters,
  play: async ({ canvasElement }) => heading(canvasElement, 'Join Acme'),
};

/** A backend that cannot preview: the page still offers Accept and Decline. */
export const WithoutPreview: Story = {
  parameters: {
    prepare: previewWith(({ invite }) => ({ invite })),
  } satisfies InviteStoryParameters,
  play: async ({ canvasElement }) => heading(canvasElement, 'You are invited'),
};

/** Still asking the backend. */
export const Loading: Story = {
  parameters: {
    prepare: async (client) => {
      await invite(client);
      client.failNext('userInviteByToken', 'hang');
    },
  } satisfies InviteStoryParameters,
  play: async ({ canvasElement }) => heading(canvasElement, 'Checking your invite…'),
};

/** Decline asks first: nothing is sent until the invitee confirms. */
export const ConfirmDecline: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Decline' }));
    await expect(canvas.getByRole('button', { name: 'Keep invite' })).toHaveFocus();
    await expect(canvas.getByRole('group', { name: /Decline this invite\?/ })).toBeVisible();
  },
};

/** Accepted: a success state with the way on. */
export const Accepted: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Accept invite' }));
    await expect(
      await canvas.findByRole('heading', { name: 'Welcome aboard! You joined Acme.' }),
    ).toHaveFocus();
    await expect(canvas.getByRole('link', { name: 'Continue' })).toHaveAttribute('href', '/');
  },
};

/** Declined, after confirming: a calm end. */
export const Declined: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Decline' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Decline invite' }));
    await heading(canvasElement, 'You declined the invite.');
  },
};

/** Expired, with a way to ask the inviter for a new one (when the preview has their address). */
export const Expired: Story = {
  parameters: {
    memory: { seedCount: 0, expiresInMs: -1 },
    prepare: previewWith((preview) => ({ ...preview, inviterEmail: 'alex@example.com' })),
  } satisfies InviteStoryParameters,
  play: async ({ canvasElement }) => {
    await heading(canvasElement, 'This invite has expired.');
    await expect(
      within(canvasElement).getByRole('link', { name: 'Ask Alex Kim for a new invite.' }),
    ).toHaveAttribute('href', 'mailto:alex@example.com');
  },
};

/** Already accepted, from another tab or device. */
export const AlreadyAccepted: Story = {
  parameters: {
    prepare: async (client) => {
      await client.acceptUserInvite({ token: (await invite(client)).token });
    },
  } satisfies InviteStoryParameters,
  play: async ({ canvasElement }) => heading(canvasElement, 'You already accepted this invite.'),
};

/** Already declined. */
export const AlreadyDeclined: Story = {
  parameters: {
    prepare: async (client) => {
      await client.declineUserInvite({ token: (await invite(client)).token });
    },
  } satisfies InviteStoryParameters,
  play: async ({ canvasElement }) => heading(canvasElement, 'You already declined this invite.'),
};

/** Canceled by the team. */
export const Canceled: Story = {
  parameters: {
    prepare: async (client) => {
      await client.cancelUserInvite((await invite(client)).id);
    },
  } satisfies InviteStoryParameters,
  play: async ({ canvasElement }) => heading(canvasElement, 'This invite was canceled.'),
};

/** A link whose token matches nothing. */
export const InvalidToken: Story = {
  args: { token: 'tok_not_a_real_token' },
  play: async ({ canvasElement }) => heading(canvasElement, 'This invite link is not valid.'),
};

/** Signed in as someone else than the invite was sent to (the host passes `userEmail`). */
export const OtherAccount: Story = {
  args: { userEmail: 'grace@example.com', switchAccountHref: '/sign-in' },
  play: async ({ canvasElement }) => {
    await heading(canvasElement, 'This invite was sent to ada@example.com.');
    await expect(
      within(canvasElement).getByRole('link', { name: 'Switch account' }),
    ).toHaveAttribute('href', '/sign-in');
  },
};

/** A status from a newer server: nothing is claimed, nothing can be answered. */
export const Unavailable: Story = {
  parameters: {
    prepare: previewWith((preview) => ({
      ...preview,
      invite: { ...preview.invite, status: 'archived' },
    })),
  } satisfies InviteStoryParameters,
  play: async ({ canvasElement }) => heading(canvasElement, "This invite can't be answered."),
};

/** The backend cannot be reached: "Try again". */
export const NetworkError: Story = {
  parameters: {
    prepare: async (client) => {
      await invite(client);
      client.failNext('userInviteByToken', 'network');
    },
  } satisfies InviteStoryParameters,
  play: async ({ canvasElement }) => {
    await heading(canvasElement, "We couldn't reach the server to check your invite.");
    await expect(within(canvasElement).getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** "Try again" after a network error reaches the invite (a check, hidden from the sidebar). */
export const NetworkErrorRetried: Story = {
  tags: ['!dev', '!autodocs'],
  parameters: NetworkError.parameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByRole('button', { name: 'Accept invite' })).toBeVisible();
  },
};

/** The backend answered and refused: what it said, and "Try again". */
export const Refused: Story = {
  parameters: {
    prepare: previewWith(() => {
      throw new InviteClientError('forbidden', 'No.');
    }),
  } satisfies InviteStoryParameters,
  play: async ({ canvasElement }) => heading(canvasElement, "We couldn't check your invite."),
};

export const Dark: Story = { globals: { theme: 'dark' } };
export const CustomTheme: Story = { globals: { theme: 'brand' } };
export const RightToLeft: Story = { globals: { locale: 'ar-EG' } };
export const German: Story = { globals: { locale: 'de-DE' } };
export const Unstyled: Story = { args: { unstyled: true } };

/** Inside a host's narrow panel, with the host's own minimum height. */
export const Narrow: Story = {
  parameters: { frame: 'padded' } satisfies InviteStoryParameters,
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 360, ['--iw-accept-invite-min-height' as string]: '0' }}>
        <Story />
      </div>
    ),
  ],
};
