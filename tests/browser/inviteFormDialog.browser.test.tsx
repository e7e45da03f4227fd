import { screen, waitFor, within } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
import { InviteDialog } from '../../src/components/InviteDialog';
import { InviteForm } from '../../src/components/InviteForm';
import { expectNoAxeViolations } from '../helpers/axe';
import { renderWithProviders } from '../helpers/renderWithProviders';

// Real input from Chromium reaches React outside act(), as in an app: no act() environment,
// so React does not warn about updates that a person's click or keystroke causes.
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

/** Matches the line of the problems list that reads `text`. */
const issueLine = (text: string) => (_: string, element: Element | null) =>
  element?.getAttribute('data-slot') === 'invite-form-issueText' && element.textContent === text;

const openDialog = async () => {
  await userEvent.click(screen.getByRole('button', { name: 'Invite people' }));
  const dialog = await screen.findByRole('dialog', { name: 'Invite people to your team' });
  await waitFor(() =>
    expect(within(dialog).getByRole('textbox', { name: 'Email addresses' })).toHaveFocus(),
  );
  return dialog;
};

describe('the invite dialog, in Chromium', () => {
  beforeEach(async () => {
    await page.viewport(1280, 800);
  });

  it('closes on a complete success and tells the page politely; stays open while entries are left', async () => {
    const onSent = vi.fn();
    const { client } = renderWithProviders(<InviteDialog onSent={onSent} />);
    let dialog = await openDialog();
    await userEvent.keyboard('ada@example.com alan@ ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send invite' }));
    expect(await within(dialog).findByText('Invite sent to ada@example.com.')).toBeVisible();
    expect(screen.getByRole('dialog')).toBeVisible();
    expect(within(dialog).getByText(issueLine('alan@: Not a valid email address.'))).toBeVisible();
    expect(onSent).toHaveBeenCalledTimes(1);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove invalid address' }));
    await userEvent.keyboard('grace@example.com');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send invites' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Invite sent to grace@example.com.');
    expect(status).toBeVisible();
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(onSent).toHaveBeenCalledTimes(2);
    expect(client.sentEmails().map((email) => email.email)).toEqual([
      'ada@example.com',
      'grace@example.com',
    ]);
    expect(screen.getByRole('button', { name: 'Invite people' })).toHaveFocus();
    dialog = await openDialog();
    expect(status).toHaveTextContent('');
    expect(within(dialog).queryByRole('list', { name: 'People to invite' })).toBeNull();
  });

  it('asks once, with the count, before sending 100 or more, and answers to the keyboard', async () => {
    const { client } = renderWithProviders(<InviteDialog />);
    const dialog = await openDialog();
    const data = new DataTransfer();
    data.setData(
      'text/plain',
      Array.from({ length: 120 }, (_, i) => `p${i}@example.com`).join(','),
    );
    document.activeElement!.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
    await waitFor(() => expect(within(dialog).getByText('120 people')).toBeVisible());
    await userEvent.keyboard('{Enter}');
    const question = await screen.findByRole('alertdialog', { name: 'Send 120 invites?' });
    await expectNoAxeViolations(question);
    expect(within(question).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(screen.getByRole('dialog')).toBeVisible(); // Escape closed the question only
    expect(client.sentEmails()).toEqual([]);

    within(dialog).getByRole('button', { name: 'Send 120 invites' }).focus();
    await userEvent.keyboard('{Enter}');
    await screen.findByRole('alertdialog', { name: 'Send 120 invites?' });
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Send 120 invites', hidden: false })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(client.sentEmails()).toHaveLength(120);
    expect(screen.getByRole('status')).toHaveTextContent('Sent 120 invites.');
  });

  it('shows the whole of a long address on hover (title) and on keyboard focus', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    host.style.width = '360px';
    const long = 'firstname.middlename.lastname.department@subsidiary.example-company.com';
    renderWithProviders(<InviteForm defaultValue={[{ email: long }]} />, {
      render: { container: host },
    });
    const label = screen.getByText(long, { selector: '[data-slot="invite-form-chipLabel"]' });
    expect(label.scrollWidth).toBeGreaterThan(label.clientWidth); // cut short with an ellipsis
    expect(label).toHaveAttribute('title', long);
    await userEvent.hover(label);
    const remove = screen.getByRole('button', { name: `Remove ${long}` });
    remove.focus(); // as a Tab lands on it
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await userEvent.tab();
    expect(remove).toHaveFocus();
    expect(label.scrollWidth).toBeLessThanOrEqual(label.clientWidth); // now shown whole
    await expectNoAxeViolations(host);
  });
});
