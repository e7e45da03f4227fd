import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import type { InviteStoryParameters } from '../.storybook/preview';
import { InviteDialog } from '../src/components/InviteDialog';
import { Outbox } from '../src/components/Outbox';
import ar from '../src/locales/ar';

/** The form in a dialog: closes on a complete success, keeps entries through Escape. */
const meta = {
  title: 'Components/InviteDialog',
  component: InviteDialog,
  parameters: { memory: { seedCount: 0 } } satisfies InviteStoryParameters,
} satisfies Meta<typeof InviteDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Open, type, close with Escape, open again: the entries are still there. Then send. */
export const Default: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 24 }}>
      <InviteDialog {...args} />
      <Outbox headingLevel={3} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Invite people' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite people to your team' });
    const input = within(dialog).getByRole('textbox', { name: 'Email addresses' });
    await waitFor(() => expect(input).toHaveFocus());
    await userEvent.type(input, 'ada@example.com grace@');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The page's button was a stand-in until the dialog loaded: this one is the dialog's own.
    const trigger = canvas.getByRole('button', { name: 'Invite people' });
    await expect(trigger).toHaveFocus();

    await userEvent.click(trigger);
    const again = await screen.findByRole('dialog');
    await expect(
      within(within(again).getByRole('list', { name: 'People to invite' })).getAllByRole(
        'listitem',
      ),
    ).toHaveLength(2);
    await userEvent.click(within(again).getByRole('button', { name: 'Remove grace@' }));
    await userEvent.click(within(again).getByRole('button', { name: 'Send invite' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await expect(await canvas.findByText('ada@example.com')).toBeVisible();
  },
};

/** A partial failure keeps the dialog open with the failures shown. */
export const PartialFailure: Story = {
  parameters: {
    memory: { seedCount: 0, members: ['grace@example.com'] },
  } satisfies InviteStoryParameters,
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Invite people' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Email addresses' }),
      'ada@example.com grace@example.com ',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send 2 invites' }));
    await expect(
      await within(dialog).findByText(/This person is already a member of the team/),
    ).toBeVisible();
    await expect(screen.getByRole('dialog')).toBeVisible();
  },
};

/** Closes only on a complete success, then says so in the page: a polite message in a corner. */
export const ClosesWithMessage: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Invite people' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Email addresses' }),
      'ada@example.com grace@example.com',
    );
    // One chip and typed text: the click sends both.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send invite' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Sent 2 invites.');
  },
};

/** The valid addresses went out; an invalid one is left, so the dialog stays open with it. */
export const StaysOpenWithInvalid: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Invite people' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Email addresses' }),
      'ada@example.com grace@example alan@example.com ',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send 2 invites' }));
    await expect(await within(dialog).findByText('Sent 2 invites.')).toBeVisible();
    await expect(within(dialog).getByText(/Not a valid email address/)).toBeVisible();
    await expect(screen.getByRole('dialog')).toBeVisible();
  },
};

/** The host's own trigger. */
export const CustomTrigger: Story = {
  args: { trigger: <button type="button">Add teammates</button> },
};

/** Dark theme, carried into the portal. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement, ...context }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Invite people' }));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(dialog).toBeVisible());
    const theme = context.globals.theme === 'dark' ? 'dark' : 'light';
    await expect(dialog.closest('[data-iw-theme]')).toHaveAttribute('data-iw-theme', theme);
  },
};

/** In Arabic: right to left, carried into the portal, and every label in Arabic. */
export const RightToLeft: Story = {
  globals: { locale: 'ar-EG' },
  play: async ({ canvasElement }) => {
    await userEvent.click(
      within(canvasElement).getByRole('button', { name: ar['dialog.trigger'] }),
    );
    const dialog = await screen.findByRole('dialog', { name: ar['dialog.title'] });
    await waitFor(() => expect(dialog).toBeVisible());
    await expect(dialog.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    await expect(within(dialog).getByRole('textbox', { name: ar['form.label'] })).toBeVisible();
  },
};

/** A class-based brand theme reaches the portal through `container`. */
export const CustomTheme: Story = {
  globals: { theme: 'brand' },
  render: function Render(args) {
    const [container, setContainer] = useState<HTMLDivElement | null>(null);
    return (
      <div ref={setContainer}>
        <InviteDialog {...args} container={container} />
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Invite people' }));
    const dialog = await within(canvasElement).findByRole('dialog');
    await expect(canvasElement.contains(dialog)).toBe(true);
  },
};

/** No default styles, open. */
export const Unstyled: Story = { args: { unstyled: true, defaultOpen: true } };

/** A 360 px wide screen. */
export const Narrow: Story = {
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  decorators: [(Story) => <div style={{ maxWidth: 360 }}>{<Story />}</div>],
  play: Dark.play,
};
