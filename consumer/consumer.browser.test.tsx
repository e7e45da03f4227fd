import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import packageJson from 'invite-widgets/package.json';
import { App, client } from './App';

describe('a host app using the packed package, in Chromium', () => {
  it('renders the form and the table, styled by the shipped CSS, and they work together', async () => {
    expect(packageJson.name).toBe('invite-widgets');
    const user = userEvent.setup();
    render(<App />);
    const table = screen.getByRole('table', { name: 'Invites' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(7));

    await user.type(
      screen.getByRole('textbox', { name: 'Email addresses' }),
      'consumer@example.com ',
    );
    const send = screen.getByRole('button', { name: 'Send invite' });
    // dist/styles.css is applied: the primary button has the accent token's colour.
    expect(getComputedStyle(send).backgroundColor).toBe('rgb(58, 65, 198)');
    await user.click(send);
    await waitFor(() => expect(within(table).getByText('consumer@example.com')).toBeVisible());
    expect(client.sentEmails().at(-1)?.email).toBe('consumer@example.com');
  });
});
