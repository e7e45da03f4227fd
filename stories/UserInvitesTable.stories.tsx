import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import type { InviteStoryParameters } from '../.storybook/preview';
import type { MemoryInviteClient } from '../src/client/memory/createMemoryInviteClient';
import { listQueries } from '../tests/helpers/requests';
import { UserInvitesTable } from '../src/components/UserInvitesTable';

/** Manage every invite: find, sort, page, resend, cancel, in bulk, live. */
const meta = {
  title: 'Components/UserInvitesTable',
  component: UserInvitesTable,
  parameters: { memory: { seed: 7, seedCount: 60 } } satisfies InviteStoryParameters,
} satisfies Meta<typeof UserInvitesTable>;

export default meta;
type Story = StoryObj<typeof meta>;

const clientOf = (loaded: Record<string, unknown>) => loaded.client as MemoryInviteClient;
const rowsOf = (canvasElement: HTMLElement) =>
  within(within(canvasElement).getByRole('table', { name: 'Invites' }))
    .getAllByRole('row')
    .slice(1);

/** A tenant with 60 invites over every status. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rowsOf(canvasElement)).toHaveLength(25));
    await expect(within(canvasElement).getByText('1–25 of 60')).toBeVisible();
  },
};

/** Filter by status. */
export const FilterByStatus: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: 'Accepted' }));
    await waitFor(() => {
      const rows = rowsOf(canvasElement);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(within(row).getByText('Accepted')).toBeVisible();
    });
  },
};

/** Search on the server, debounced: a typed word costs one request. */
export const Search: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(rowsOf(canvasElement)).toHaveLength(25));
    const client = clientOf(loaded);
    client.clearCalls();
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search invites' }), 'lovelace', {
      delay: 40,
    });
    await waitFor(() =>
      expect(listQueries(client).some((query) => query.search === 'lovelace')).toBe(true),
    );
    await expect(
      listQueries(client)
        .filter((query) => query.offset === 0)
        .map((query) => query.search),
    ).toEqual(['lovelace']);
  },
};

/** A search with no match offers to clear the filters. */
export const NoResults: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search invites' }), 'zzzz-nobody');
    // The search waits for a pause in typing, then asks the backend: allow for a loaded machine.
    await userEvent.click(
      await canvas.findByRole('button', { name: 'Clear filters' }, { timeout: 5000 }),
    );
    await waitFor(() => expect(rowsOf(canvasElement)).toHaveLength(25));
  },
};

/** Paging and sorting; the previous page stays while the next loads. */
export const PagingAndSorting: Story = {
  parameters: {
    memory: { seed: 7, seedCount: 60, latencyMs: 150 },
  } satisfies InviteStoryParameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(rowsOf(canvasElement)).toHaveLength(25), { timeout: 3000 });
    await userEvent.click(canvas.getByRole('button', { name: 'Next page' }));
    await expect(await canvas.findByText('26–50 of 60')).toBeVisible();
    const invitee = canvas.getByRole('columnheader', { name: /Invitee/ });
    await userEvent.click(within(invitee).getByRole('button'));
    await waitFor(() => expect(invitee).toHaveAttribute('aria-sort', 'ascending'));
    await expect(canvas.getByText(/^1–25 of 60$/)).toBeVisible();
  },
};

/** Resend shows its cooldown; cancel asks first, naming the address, and is optimistic. */
export const ResendAndCancel: Story = {
  parameters: { memory: { seed: 7, seedCount: 60 } } satisfies InviteStoryParameters,
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: 'Pending' }));
    const resend = (await canvas.findAllByRole('button', { name: /^Resend invite to / }))[0]!;
    const email = resend.getAttribute('aria-label')!.replace('Resend invite to ', '');
    await userEvent.click(resend);
    await expect(await canvas.findByText(`Invite resent to ${email}.`)).toBeInTheDocument();
    await expect(
      canvas.getByRole('button', { name: new RegExp(`^Resend in .*: invite to ${email}$`) }),
    ).toBeVisible();

    await expect(await canvas.findByText('Resent')).toBeVisible();

    await userEvent.click(canvas.getByRole('button', { name: `Actions for ${email}` }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Cancel invite…' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Cancel this invite?' });
    await expect(confirm).toHaveAccessibleDescription(
      `${email} will no longer be able to join with this invite.`,
    );
    await userEvent.click(within(confirm).getByRole('button', { name: 'Cancel invite' }));
    await expect(await canvas.findByText(`Invite to ${email} canceled.`)).toBeInTheDocument();
    const sent = clientOf(loaded)
      .sentEmails()
      .find((entry) => entry.email === email)!;
    await expect((await clientOf(loaded).userInvite(sent.inviteId))?.status).toBe('canceled');
  },
};

/**
 * The cancel confirmation, left open: so its dialog (a portal outside the story) is checked by
 * axe, contrast included, in every theme the stories run in.
 */
export const CancelConfirmation: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: 'Pending' }));
    const menu = (await canvas.findAllByRole('button', { name: /^Actions for / }))[0]!;
    const email = menu.getAttribute('aria-label')!.replace('Actions for ', '');
    await userEvent.click(menu);
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Cancel invite…' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Cancel this invite?' });
    await expect(within(confirm).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await expect(confirm).toHaveAccessibleDescription(
      `${email} will no longer be able to join with this invite.`,
    );
  },
};

/** Select rows (shift-click for a range) and act on them all, with a summary. */
export const BulkActions: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: 'Pending' }));
    await waitFor(() => {
      for (const row of rowsOf(canvasElement))
        expect(within(row).getByText('Pending')).toBeVisible();
    });
    const boxes = await canvas.findAllByRole('checkbox', { name: /^Select .*@/ });
    const user = userEvent.setup();
    await user.click(boxes[0]!);
    await user.keyboard('{Shift>}');
    await user.click(boxes[2]!);
    await user.keyboard('{/Shift}');
    // The bar is a chunk of its own: on a cold dev server it can arrive after the clicks.
    await expect(await canvas.findByRole('group', { name: '3 selected' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Cancel selected' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Cancel 3 invites?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Cancel 3 invites' }));
    // Shown in the bar (the live region says it too, out of sight).
    await expect(
      await canvas.findByText('Canceled 3 invites.', { ignore: '[role="status"]' }),
    ).toBeVisible();
  },
};

/**
 * A row's "…" menu, left open (Radix renders it in a portal): checked by axe in every theme.
 * Opened by keyboard, so its first item has focus, as a menu button does.
 */
export const RowMenu: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: 'Pending' }));
    const trigger = (await canvas.findAllByRole('button', { name: /^Actions for / }))[0]!;
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const menu = await screen.findByRole('menu');
    await waitFor(() =>
      expect(within(menu).getByRole('menuitem', { name: 'Copy invite link' })).toHaveFocus(),
    );
  },
};

/** "Edit invite": role, names and email language of a pending invite, left open for axe. */
export const EditInvite: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: 'Pending' }));
    const trigger = (await canvas.findAllByRole('button', { name: /^Actions for / }))[0]!;
    await userEvent.click(trigger);
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Edit invite' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit invite' });
    // After its opening animation.
    await waitFor(() =>
      expect(within(dialog).getByRole('combobox', { name: 'Role' })).toBeVisible(),
    );
  },
};

/** Loading placeholders while the first page comes. */
export const Loading: Story = {
  parameters: {
    memory: { seed: 7, seedCount: 60, latencyMs: 60_000 },
  } satisfies InviteStoryParameters,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Loading invites…')).toBeVisible();
  },
};

/** An empty tenant, with a call to invite. */
export const EmptyTenant: Story = {
  parameters: { memory: { seedCount: 0 } } satisfies InviteStoryParameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('No invites yet')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Invite people' })).toBeVisible();
  },
};

/** The invites could not be loaded: the table says so, with "Try again". */
export const LoadError: Story = {
  parameters: {
    prepare: (client) => client.failNext('userInvites', 'network'),
  } satisfies InviteStoryParameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent("couldn't reach the server");
  },
};

/** The same failure, then "Try again": the invites arrive. */
export const LoadErrorRetried: Story = {
  parameters: LoadError.parameters,
  play: async (context) => {
    await LoadError.play!(context);
    const canvas = within(context.canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(rowsOf(context.canvasElement)).toHaveLength(25));
  },
};

/** A large tenant: 1,234 invites. */
export const LargeTenant: Story = {
  parameters: { memory: { seed: 11, seedCount: 1234 } } satisfies InviteStoryParameters,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('1–25 of 1,234')).toBeVisible();
  },
};

/** Read-only for this user: no resend, no cancel, no edit. */
export const ReadOnly: Story = { args: { canResend: false, canCancel: false, canEdit: false } };

/** Starts on pending invites, as a host that keeps the filter in its URL would open it. */
export const PendingOnly: Story = { args: { defaultStatus: 'pending' } };

/** A 360 px settings panel: rows become a stacked list with a visible sort bar. */
export const Narrow: Story = {
  decorators: [(Story) => <div style={{ maxWidth: 360 }}>{<Story />}</div>],
};

export const Dark: Story = { globals: { theme: 'dark' } };
export const CustomTheme: Story = { globals: { theme: 'brand' } };
export const RightToLeft: Story = { globals: { locale: 'ar-EG' } };
export const Unstyled: Story = { args: { unstyled: true } };
