import { CHECKED_GLOBALS } from '../.storybook/preview';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { InviteStatusBadge } from '../src/components/InviteStatusBadge';

/** Status as label, colour and shape; an unknown status shows its raw text, neutral. */
const meta = {
  title: 'Components/InviteStatusBadge',
  component: InviteStatusBadge,
  args: { status: 'pending' },
} satisfies Meta<typeof InviteStatusBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

const statuses = ['pending', 'accepted', 'declined', 'canceled', 'expired', 'archived'];

/** Every status, and one the library does not know. */
export const All: Story = {
  render: (args) => (
    <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
      {statuses.map((status) => (
        <InviteStatusBadge key={status} {...args} status={status} />
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Pending')).toBeVisible();
    await expect(canvas.getByText('archived').closest('[data-status]')).toHaveAttribute(
      'data-status',
      'unknown',
    );
  },
};

export const Dark: Story = { ...All, globals: { ...CHECKED_GLOBALS, theme: 'dark' } };
export const CustomTheme: Story = { ...All, globals: { ...CHECKED_GLOBALS, theme: 'brand' } };
export const Unstyled: Story = {
  ...All,
  globals: CHECKED_GLOBALS,
  args: { status: 'pending', unstyled: true },
};
