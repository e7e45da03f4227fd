import { screen, waitFor, within } from '@testing-library/react';
import { InviteDialog } from '../../src/components/InviteDialog';
import { Outbox } from '../../src/components/Outbox';
import { expectNoAxeViolations } from '../helpers/axe';
import { renderWithProviders } from '../helpers/renderWithProviders';

describe('inviting by keyboard alone, in Chromium', () => {
  it('opens the dialog, enters addresses, sends, and lands back on the trigger', async () => {
    const { user, client } = renderWithProviders(
      <>
        <InviteDialog />
        <Outbox />
      </>,
    );
    await user.tab();
    expect(screen.getByRole('button', { name: 'Invite people' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Invite people to your team' });
    const input = within(dialog).getByRole('textbox', { name: 'Email addresses' });
    await waitFor(() => expect(input).toHaveFocus());
    await user.keyboard('ada@example.com,grace@example.com{Enter}');
    expect(
      within(within(dialog).getByRole('list', { name: 'People to invite' })).getAllByRole(
        'listitem',
      ),
    ).toHaveLength(2);
    await expectNoAxeViolations(dialog);

    // Focus stays inside the dialog: Tab cycles through its controls.
    for (let i = 0; i < 12; i += 1) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    within(dialog).getByRole('button', { name: 'Send 2 invites' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Invite people' })).toHaveFocus();
    await waitFor(() =>
      expect(client.sentEmails().map((email) => email.email)).toEqual([
        'ada@example.com',
        'grace@example.com',
      ]),
    );
  });

  it('keeps a visible focus ring on chips and the field', async () => {
    const { user } = renderWithProviders(<InviteDialog defaultOpen />);
    const dialog = await screen.findByRole('dialog');
    const input = within(dialog).getByRole('textbox', { name: 'Email addresses' });
    await waitFor(() => expect(input).toHaveFocus());
    await user.keyboard('ada@example.com ');
    const field = input.closest('[data-slot="invite-form-field"]')!;
    expect(getComputedStyle(field).boxShadow).not.toBe('none');
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    const remove = within(dialog).getByRole('button', { name: 'Remove ada@example.com' });
    expect(remove).toHaveFocus();
    expect(getComputedStyle(remove).boxShadow).not.toBe('none');
  });
});
