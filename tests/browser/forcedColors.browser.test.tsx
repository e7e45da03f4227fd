import { screen, waitFor, within } from '@testing-library/react';
import { cdp, userEvent } from 'vitest/browser';
import { createMemoryInviteClient } from '../../src/client/memory/createMemoryInviteClient';
import { UserInvitesTable } from '../../src/components/UserInvitesTable';
import { renderWithProviders } from '../helpers/renderWithProviders';

/** What a CSS colour keyword resolves to on this page now. */
function resolved(color: string) {
  const probe = document.body.appendChild(document.createElement('span'));
  probe.style.color = color;
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

async function renderTable() {
  renderWithProviders(<UserInvitesTable />, { memory: { seed: 4, seedCount: 30 } });
  const table = screen.getByRole('table', { name: 'Invites' });
  await waitFor(() => expect(table.querySelectorAll('tbody tr[data-status]')).toHaveLength(25));
  const row = table.querySelector<HTMLElement>('tbody tr[data-status="pending"]')!;
  const statusCell = row.querySelector('[data-column="status"]')!;
  const menuButton = within(row).getByRole('button', { name: /^Actions for / });
  return {
    table,
    statusCell: getComputedStyle(statusCell),
    statusDot: getComputedStyle(statusCell, '::before'),
    menuButton: getComputedStyle(menuButton),
    menuGlyph: getComputedStyle(menuButton, '::before'),
  };
}

const emulate = (features: { name: string; value: string }[]) =>
  cdp().send('Emulation.setEmulatedMedia', { features });

describe('UserInvitesTable icons, in Chromium', () => {
  afterEach(async () => {
    await emulate([]);
  });

  it("paints a row's status dot in the status's colour and its menu's dots, with no box of their own", async () => {
    const { statusCell, statusDot, menuButton, menuGlyph } = await renderTable();
    // A pending invite: a dot in the accent colour, painted as the cell's background.
    expect(statusCell.backgroundImage).toContain('radial-gradient');
    expect(statusCell.backgroundImage).toContain(resolved('var(--iw-color-accent)'));
    expect(statusDot.content).toBe('none');
    // "…" as three dots in the text colour.
    expect(menuButton.backgroundImage.match(/radial-gradient/g)).toHaveLength(3);
    expect(menuGlyph.content).toBe('none');
    expect(menuGlyph.maskImage).toBe('none');
  });

  it('keeps every icon visible under forced colours, in a system colour', async () => {
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    const { table, statusDot, menuGlyph } = await renderTable();
    const text = resolved('CanvasText');
    const canvas = resolved('Canvas');
    expect(text).not.toBe(canvas);

    // Backgrounds give way to forced colours: the status dot and the "…" become text, which
    // they paint in the text colour.
    expect(statusDot.content).toContain('●');
    expect(statusDot.color).toBe(text);
    expect(menuGlyph.content).toContain('…');
    // Masked icons lose their background under forced colours unless they ask to keep it.
    const sortIcon = getComputedStyle(
      within(table).getByRole('button', { name: /^Invitee/ }),
      '::after',
    );
    const searchIcon = getComputedStyle(screen.getByRole('searchbox').parentElement!, '::before');
    for (const icon of [sortIcon, searchIcon]) {
      expect(icon.maskImage).not.toBe('none');
      expect(icon.backgroundColor).toBe(text);
    }
  });

  it('keeps the "expires soon" and "Resent" icons visible under forced colours', async () => {
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    // One invite that expires in three hours: "Expires soon", with its clock.
    const client = createMemoryInviteClient({
      tenantId: 'acme',
      seedCount: 0,
      expiresInMs: 3 * 3_600_000,
    });
    await client.sendUserInvites({ tenantId: 'acme', userInvites: [{ email: 'ada@example.com' }] });
    renderWithProviders(<UserInvitesTable />, { client, tenantId: 'acme' });
    const soon = await screen.findByText(/^Expires soon/);
    await userEvent.click(screen.getByRole('button', { name: 'Resend invite to ada@example.com' }));
    const resent = await screen.findByText('Resent');

    const text = resolved('CanvasText');
    for (const icon of [getComputedStyle(soon, '::before'), getComputedStyle(resent, '::before')]) {
      expect(icon.maskImage).not.toBe('none');
      expect(icon.backgroundColor).toBe(text);
    }
  });
});
