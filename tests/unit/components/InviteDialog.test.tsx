import { screen, waitFor, within } from '@testing-library/react';
import {
  InviteDialog,
  InviteDialogParts,
  type InviteDialogSlot,
} from '../../../src/components/InviteDialog';
import { describeStylingConformance } from '../../helpers/describeStylingConformance';
import { renderWithProviders } from '../../helpers/renderWithProviders';
import { preloadInviteWidgets } from '../../../src/components/preloadInviteWidgets';

// Every on-demand part, fetched up front; a part that fails to compile fails here, with why.
beforeAll(async () => expect(await preloadInviteWidgets()).toEqual([]), 30_000);

const open = async (
  user: ReturnType<typeof renderWithProviders>['user'],
  name = 'Invite people',
) => {
  await user.click(screen.getByRole('button', { name }));
  return screen.findByRole('dialog', { name: 'Invite people to your team' });
};
/** Matches the line of the problems list that reads `text`. */
const issueLine = (text: string) => (_: string, element: Element | null) =>
  element?.getAttribute('data-slot') === 'invite-form-issueText' && element.textContent === text;
const chipsIn = (dialog: HTMLElement) =>
  within(within(dialog).getByRole('list', { name: 'People to invite' })).getAllByRole('listitem');

describe('InviteDialog', () => {
  it('opens from its trigger with a title, a description and the form, focused on the field', async () => {
    const { user } = renderWithProviders(<InviteDialog />);
    const dialog = await open(user);
    expect(dialog).toHaveAccessibleDescription(
      'They get an email with a link to join. Invites expire after 7 days.',
    );
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Email addresses' })).toHaveFocus(),
    );
  });

  it('closes after a complete success, and returns focus to the trigger', async () => {
    const onSent = vi.fn();
    const { user } = renderWithProviders(<InviteDialog onSent={onSent} />);
    const dialog = await open(user);
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Email addresses' }),
      'ada@example.com ',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send invite' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onSent).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Invite people' })).toHaveFocus();
  });

  it('stays open after a success when closeOnSuccess is false', async () => {
    const { user } = renderWithProviders(<InviteDialog closeOnSuccess={false} />);
    const dialog = await open(user);
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Email addresses' }),
      'ada@example.com ',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send invite' }));
    expect(await within(dialog).findByText('Invite sent to ada@example.com.')).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('stays open on a partial failure, with the failures shown', async () => {
    const { user } = renderWithProviders(<InviteDialog />, {
      memory: { members: ['grace@example.com'] },
    });
    const dialog = await open(user);
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Email addresses' }),
      'ada@example.com grace@example.com ',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send 2 invites' }));
    expect(
      await within(dialog).findByText(
        issueLine('grace@example.com: This person is already a member of the team.'),
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('closes only on a complete success, then says so in the page and to onSent', async () => {
    const onSent = vi.fn();
    const { user } = renderWithProviders(<InviteDialog onSent={onSent} />);
    // A polite region is in the page before anything is said (the dialog's own from its
    // first opening on), so screen readers announce what comes into it.
    expect(screen.getByRole('status')).toHaveTextContent('');
    const dialog = await open(user);
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Email addresses' }),
      'ada@example.com grace@example.com ',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send 2 invites' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Sent 2 invites.');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status.closest('[role="dialog"]')).toBeNull();
    expect(onSent).toHaveBeenCalledWith({
      success: [
        expect.objectContaining({ email: 'ada@example.com' }),
        expect.objectContaining({ email: 'grace@example.com' }),
      ],
      errors: [],
    });
    await open(user);
    expect(status).toHaveTextContent('');
  });

  it('stays open with the invalid entries when the valid ones went out', async () => {
    const onSent = vi.fn();
    const { user, client } = renderWithProviders(<InviteDialog onSent={onSent} />);
    const dialog = await open(user);
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Email addresses' }),
      'ada@example.com alan@ ',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send invite' }));
    expect(await within(dialog).findByText('Invite sent to ada@example.com.')).toBeInTheDocument();
    expect(onSent).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(chipsIn(dialog)).toHaveLength(1);
    expect(
      within(dialog).getByText(issueLine('alan@: Not a valid email address.')),
    ).toBeInTheDocument();
    expect(client.sentEmails().map((email) => email.email)).toEqual(['ada@example.com']);
  });

  it('can be put together from its parts, under short names', async () => {
    const { user } = renderWithProviders(
      <InviteDialogParts.Root>
        <InviteDialogParts.Trigger>Add people</InviteDialogParts.Trigger>
        <InviteDialogParts.Content aria-describedby={undefined}>
          <InviteDialogParts.Title>Invite to Acme</InviteDialogParts.Title>
          <InviteDialogParts.Form defaultRole="member" />
          <InviteDialogParts.Close />
        </InviteDialogParts.Content>
      </InviteDialogParts.Root>,
    );
    await user.click(screen.getByRole('button', { name: 'Add people' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite to Acme' });
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Email addresses' })).toHaveFocus(),
    );
  });

  it('keeps typed entries, unfinished text included, through Escape and an outside click', async () => {
    const { user } = renderWithProviders(<InviteDialog />);
    let dialog = await open(user);
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Email addresses' }),
      'ada@example.com grace@example.com',
    );
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    dialog = await open(user);
    expect(chipsIn(dialog)).toHaveLength(2);
    await user.click(document.querySelector('[data-slot="invite-dialog-overlay"]')!);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    dialog = await open(user);
    expect(chipsIn(dialog)).toHaveLength(2);
  });

  it("takes the host's own trigger", async () => {
    const { user } = renderWithProviders(
      <InviteDialog trigger={<button type="button">Add teammates</button>} />,
    );
    await open(user, 'Add teammates');
  });

  it('carries a forced theme and direction into the portal', async () => {
    const { user } = renderWithProviders(
      <div data-iw-theme="dark" dir="rtl">
        <InviteDialog />
      </div>,
    );
    const dialog = await open(user);
    expect(dialog.closest('[data-slot="invite-dialog-root"]')).toHaveAttribute(
      'data-iw-theme',
      'dark',
    );
    expect(dialog.closest('[data-slot="invite-dialog-root"]')).toHaveAttribute('dir', 'rtl');
  });

  it('can be controlled', async () => {
    const onOpenChange = vi.fn();
    const { user } = renderWithProviders(<InviteDialog open onOpenChange={onOpenChange} />);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });

  describeStylingConformance<InviteDialogSlot>({
    component: 'invite-dialog',
    render: (props) => <InviteDialog {...props} defaultOpen />,
    slots: [
      'root',
      'trigger',
      'status',
      'overlay',
      'content',
      'header',
      'title',
      'description',
      'close',
    ],
    message: 'dialog.title',
  });
});
