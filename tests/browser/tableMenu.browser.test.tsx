import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { UserInvitesTable } from '../../src/components/UserInvitesTable';
import { expectNoAxeViolations } from '../helpers/axe';
import { renderWithProviders } from '../helpers/renderWithProviders';

const pendingTrigger = async () =>
  (await screen.findAllByRole('button', { name: /^Actions for / }))[0]!;

describe('the row menu by keyboard, in Chromium (WAI-ARIA menu button)', () => {
  it('opens on Enter with the first item focused, moves with arrows, closes on Escape back to its button', async () => {
    const { container } = renderWithProviders(<UserInvitesTable defaultStatus="pending" />, {
      memory: { seed: 4, seedCount: 12 },
    });
    const trigger = await pendingTrigger();
    const email = trigger.getAttribute('aria-label')!.replace('Actions for ', '');
    expect(trigger).toHaveAttribute('aria-haspopup', 'menu');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    // The menu is named by its button, and the first item has focus.
    const menu = await screen.findByRole('menu', { name: `Actions for ${email}` });
    const items = within(menu).getAllByRole('menuitem');
    await waitFor(() => expect(items[0]).toHaveFocus());
    expect(screen.getByRole('button', { name: `Actions for ${email}` })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expectNoAxeViolations(menu);
    await userEvent.keyboard('{ArrowDown}');
    expect(items[1]).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(within(menu).getByRole('menuitem', { name: 'Cancel invite…' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
    const again = screen.getByRole('button', { name: `Actions for ${email}` });
    expect(again).toHaveFocus();
    expect(again).toHaveAttribute('aria-expanded', 'false');

    // Opened again (now a full menu button), with ArrowDown this time.
    await userEvent.keyboard('{ArrowDown}');
    const reopened = await screen.findByRole('menu');
    await waitFor(() => expect(within(reopened).getAllByRole('menuitem')[0]).toHaveFocus());
    await userEvent.keyboard('{ArrowUp}');
    expect(within(reopened).getByRole('menuitem', { name: 'Cancel invite…' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const confirm = await screen.findByRole('alertdialog', { name: 'Cancel this invite?' });
    await waitFor(() =>
      expect(within(confirm).getByRole('button', { name: 'Keep it' })).toHaveFocus(),
    );
    await userEvent.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: `Actions for ${email}` })).toHaveFocus(),
    );
    expect(container.querySelector('[role="menu"]')).toBeNull();
  });

  it('copies a link by keyboard and shows it on the row and in the live region', async () => {
    renderWithProviders(<UserInvitesTable defaultStatus="pending" />, {
      memory: { seed: 4, seedCount: 12 },
    });
    const trigger = await pendingTrigger();
    const email = trigger.getAttribute('aria-label')!.replace('Actions for ', '');
    const row = trigger.closest('tr')!;
    trigger.focus();
    await userEvent.keyboard(' ');
    const menu = await screen.findByRole('menu');
    await waitFor(() =>
      expect(within(menu).getByRole('menuitem', { name: 'Copy invite link' })).toHaveFocus(),
    );
    await userEvent.keyboard('{Enter}');
    // The clipboard may be refused in a headless browser: either way the row says what happened.
    await waitFor(() => expect(within(row).getByText(/^(Link copied|Failed)$/)).toBeVisible());
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent(email);
  });
});
