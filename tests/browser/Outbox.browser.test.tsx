import { act, screen, waitFor } from '@testing-library/react';
import type { MemoryInviteClient } from '../../src/client/memory/createMemoryInviteClient';
import { Outbox } from '../../src/components/Outbox';
import { expectNoAxeViolations } from '../helpers/axe';
import { renderWithProviders } from '../helpers/renderWithProviders';

// A change made elsewhere reaches the rendered Outbox through the client's push: inside act.
async function invite(client: MemoryInviteClient, ...emails: string[]) {
  await act(() =>
    client.sendUserInvites({
      tenantId: client.tenantId,
      userInvites: emails.map((email) => ({ email })),
    }),
  );
}

describe('Outbox in Chromium', () => {
  it('answers by keyboard alone, with a visible focus ring', async () => {
    const { client, user } = renderWithProviders(<Outbox />);
    await invite(client, 'ada@example.com');
    const accept = await screen.findByRole('button', { name: 'Accept invite for ada@example.com' });

    await user.tab();
    expect(accept).toHaveFocus();
    expect(getComputedStyle(accept).boxShadow).not.toBe('none');
    await user.tab();
    expect(
      screen.getByRole('button', { name: 'Decline invite for ada@example.com' }),
    ).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('status')).toHaveTextContent(
      'ada@example.com declined the invite.',
    );
    await waitFor(async () => {
      const [sent] = client.sentEmails();
      expect((await client.userInvite(sent!.inviteId))?.status).toBe('declined');
    });
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations, contrast included, in the ${theme} theme`, async () => {
      const { client, container } = renderWithProviders(<Outbox />, {
        memory: { seed: 4, seedCount: 10 },
        render: { container: document.body.appendChild(document.createElement('div')) },
      });
      container.setAttribute('data-iw-theme', theme);
      container.style.background = 'var(--iw-color-surface)';
      const [first] = client.sentEmails();
      await act(() => client.acceptUserInvite({ token: first!.token }));
      await screen.findByText('Accepted');
      await expectNoAxeViolations(container);
    });
  }

  it('draws its surfaces from the theme tokens, dark when an ancestor asks for it', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    host.setAttribute('data-iw-theme', 'dark');
    renderWithProviders(<Outbox />, { render: { container: host } });
    const root = (await screen.findByRole('region', { name: 'Outbox' })) as HTMLElement;
    expect(getComputedStyle(root).backgroundColor).toBe('rgb(22, 23, 27)');
    host.setAttribute('data-iw-theme', 'light');
    expect(getComputedStyle(root).backgroundColor).toBe('rgb(255, 255, 255)');
  });

  it('lets one host class win over the default styles', async () => {
    const style = document.head.appendChild(document.createElement('style'));
    style.textContent = '.host-outbox { padding: 3px; }';
    renderWithProviders(<Outbox className="host-outbox" />);
    const root = await screen.findByRole('region', { name: 'Outbox' });
    expect(getComputedStyle(root).padding).toBe('3px');
    style.remove();
  });
});
