import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { CHECKED_GLOBALS, type InviteStoryParameters } from '../.storybook/preview';
import { InviteDialog } from '../src/components/InviteDialog';
import { Outbox } from '../src/components/Outbox';
import { UserInvitesTable } from '../src/components/UserInvitesTable';

// The layout lives in .storybook/preview.css: two columns on a wide screen, the outbox below
// the page under 64rem, so nothing overlaps on a phone.
function TeamSettingsPage() {
  return (
    <div className="team-settings">
      <main className="team-settings-main">
        <header className="team-settings-header">
          <h1>Team settings</h1>
          <InviteDialog form={{ persistDraft: true }} />
        </header>
        <UserInvitesTable />
      </main>
      <aside aria-label="The invitees' inbox">
        <Outbox headingLevel={2} />
      </aside>
    </div>
  );
}

/**
 * The whole flow on one page, on the in-memory backend: invite people with the dialog, watch
 * them in the table, and answer as the invitee in the outbox: the table updates live.
 */
const meta = {
  title: 'Demo/Team settings',
  component: TeamSettingsPage,
  parameters: {
    memory: { seed: 3, seedCount: 40, latencyMs: [80, 250] },
  } satisfies InviteStoryParameters,
} satisfies Meta<typeof TeamSettingsPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The page as a team admin opens it: nothing open, nothing typed; every toolbar switch applies. */
export const TeamSettings: Story = { name: 'Team settings' };

/**
 * The scripted flow, run as a test only (hidden from the sidebar): send an invite, accept it in
 * the outbox, and see the table follow. Pinned to English, no latency switch and no failures.
 */
export const TeamSettingsFlow: Story = {
  name: 'Team settings: invite and accept',
  tags: ['!dev', '!autodocs'],
  globals: { ...CHECKED_GLOBALS },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Invite people' }));
    const dialog = await within(document.body).findByRole('dialog');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Email addresses' }),
      'new.hire@example.com ',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send invite' }));
    const table = await canvas.findByRole('table', { name: 'Invites' }, { timeout: 3000 });
    const row = async () => (await within(table).findByText('new.hire@example.com')).closest('tr')!;
    await waitFor(async () => expect(within(await row()).getByText('Pending')).toBeVisible(), {
      timeout: 3000,
    });

    await userEvent.click(
      await canvas.findByRole('button', { name: 'Accept invite for new.hire@example.com' }),
    );
    await waitFor(async () => expect(within(await row()).getByText('Accepted')).toBeVisible(), {
      timeout: 3000,
    });
    await expect(
      await canvas.findByText('new.hire@example.com accepted your invite.'),
    ).toBeVisible();
  },
};
