import { screen, waitFor } from '@testing-library/react';
import type { CSSProperties } from 'react';
import { page, userEvent } from 'vitest/browser';
import { InviteDialog } from '../../src/components/InviteDialog';
import { UserInvitesTable } from '../../src/components/UserInvitesTable';
import { renderWithProviders } from '../helpers/renderWithProviders';

beforeEach(async () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  await page.viewport(1280, 800);
});

/** Relative luminance of a computed `rgb(…)` colour, 0 (black) to 1 (white). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const linear = (channel = 0) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

async function openedSurface(container: { className?: string; style?: CSSProperties }) {
  renderWithProviders(
    <div className={container.className} style={container.style}>
      <InviteDialog />
    </div>,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Invite people' }));
  const dialog = await screen.findByRole('dialog', { name: 'Invite people to your team' });
  await waitFor(() => expect(dialog).toBeVisible());
  return luminance(getComputedStyle(dialog).backgroundColor);
}

// The dialog renders under <body>, outside the container that sets the theme: it must carry
// the theme along, or it opens light (and unreadable) inside a dark panel.
describe('a dialog opened inside a themed container, not a themed page', () => {
  it('is dark when the container has the `dark` class (Tailwind, shadcn/ui)', async () => {
    expect(await openedSurface({ className: 'dark' })).toBeLessThan(0.1);
  });

  it('is dark when the container declares color-scheme: dark', async () => {
    expect(await openedSurface({ style: { colorScheme: 'dark' } })).toBeLessThan(0.1);
  });

  it('leaves a page-wide `dark` class to reach the portal by itself, with the host variables', async () => {
    document.documentElement.classList.add('dark');
    try {
      expect(await openedSurface({})).toBeLessThan(0.1);
      const dialog = screen.getByRole('dialog');
      // Not forced to the library's own dark palette: the host's `.dark` variables apply.
      expect(dialog.closest('[data-iw-theme]')).toBeNull();
    } finally {
      document.documentElement.classList.remove('dark');
    }
  });

  it('stays light in a plain container', async () => {
    expect(await openedSurface({})).toBeGreaterThan(0.8);
  });
});

describe("the table's dialogs, opened from a row inside a themed container", () => {
  async function cancelDialogSurface(className?: string) {
    renderWithProviders(
      <div className={className}>
        <UserInvitesTable />
      </div>,
      { memory: { seed: 1, seedCount: 3 } },
    );
    const [actions] = await screen.findAllByRole('button', { name: /^Actions for / });
    await userEvent.click(actions!);
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Cancel invite…' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Cancel this invite?' });
    await waitFor(() => expect(dialog).toBeVisible());
    return luminance(getComputedStyle(dialog).backgroundColor);
  }

  it('carry a `dark` container along', async () => {
    expect(await cancelDialogSurface('dark')).toBeLessThan(0.1);
  });

  it('stay light in a plain container', async () => {
    expect(await cancelDialogSurface()).toBeGreaterThan(0.8);
  });
});
