import { screen, waitFor, within } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
import { InviteDialog } from '../../src/components/InviteDialog';
import { UserInvitesTable } from '../../src/components/UserInvitesTable';
import { expectNoAxeViolations } from '../helpers/axe';
import { renderWithProviders } from '../helpers/renderWithProviders';

/** Where a dialog's close button sits in it, and how it looks. */
function closeButtonOf(dialog: HTMLElement) {
  const button = within(dialog).getByRole('button', { name: 'Close' });
  const box = button.getBoundingClientRect();
  const frame = dialog.getBoundingClientRect();
  const style = getComputedStyle(button);
  return {
    button,
    box,
    look: {
      fromTop: Math.round(box.top - frame.top),
      fromEnd: Math.round(frame.right - box.right),
      width: Math.round(box.width),
      height: Math.round(box.height),
      color: style.color,
      background: style.backgroundColor,
      fontSize: style.fontSize,
      border: style.borderTopWidth,
    },
  };
}

// Real input from Chromium reaches React outside act(), as in an app: no act() environment.
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The box of an element's text itself (its lines), not of the element. */
function textBox(element: Element) {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
}

describe.each([
  [1280, 800],
  [390, 844],
])('the edit dialog at %i x %i, in Chromium', (width, height) => {
  beforeEach(async () => {
    await page.viewport(width, height);
  });

  it("has a × in its corner named Close, as the invite dialog's, clear of its words", async () => {
    renderWithProviders(
      <>
        <InviteDialog />
        <UserInvitesTable defaultStatus="pending" />
      </>,
      { memory: { seed: 4, seedCount: 12 } },
    );
    await userEvent.click(screen.getByRole('button', { name: 'Invite people' }));
    const invite = await screen.findByRole('dialog', { name: 'Invite people to your team' });
    const reference = closeButtonOf(invite).look;
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await userEvent.click((await screen.findAllByRole('button', { name: /^Actions for / }))[0]!);
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Edit invite' }));
    const edit = await screen.findByRole('dialog', { name: 'Edit invite' });
    // Once it has faded in: axe reads the colours of a dialog still half transparent.
    await Promise.all(edit.getAnimations().map((animation) => animation.finished));
    const { button, box, look } = closeButtonOf(edit);
    expect(look).toEqual(reference);
    expect(box.right).toBeLessThanOrEqual(width);
    for (const words of [
      within(edit).getByRole('heading', { name: 'Edit invite' }),
      within(edit).getByText(/^Changes apply to the invite for /),
    ]) {
      expect(overlaps(box, textBox(words)), words.textContent ?? '').toBe(false);
    }
    // Reached by Tab after the form, with a focus ring.
    within(edit).getByRole('button', { name: 'Save changes' }).focus();
    await userEvent.tab();
    expect(button).toHaveFocus();
    expect(getComputedStyle(button).boxShadow).not.toBe('none');
    await expectNoAxeViolations(edit);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
