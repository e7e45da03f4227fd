// The README's REST adapter in Chromium, against a real HTTP server on 127.0.0.1 (started in Node
// through the `restServer` browser command, tests/helpers/restServer.ts): changes arrive over
// Server-Sent Events, and the table never polls.
import { screen, waitFor, within } from '@testing-library/react';
import { commands } from 'vitest/browser';
import { createRestInviteClient } from '../../examples/restInviteClient';
import { UserInvitesTable } from '../../src/components/UserInvitesTable';
import type { UserInvitesQuery } from '../../src/client/types';
import type { RestRequest } from '../helpers/restServer';
import { renderWithProviders } from '../helpers/renderWithProviders';

declare module 'vitest/browser' {
  interface BrowserCommands {
    restServer(
      action: 'start',
      options: { tenantId: string; emails: string[] },
    ): Promise<{
      id: string;
      url: string;
    }>;
    restServer(action: 'accept', id: string, email: string): Promise<string>;
    restServer(action: 'requests', id: string): Promise<RestRequest[]>;
    restServer(action: 'openStreams', id: string): Promise<number>;
    restServer(action: 'stop', id: string): Promise<void>;
  }
}

/** Short, so a table that polled would poll several times while the test waits. */
const POLL_INTERVAL = 200;

const rowOf = (email: string) => within(screen.getByRole('table')).getByText(email).closest('tr')!;
/** Status checks: listings by id, or by `updatedAfter`. */
const isPoll = ({ method, path, query }: RestRequest) => {
  const filter = (query as UserInvitesQuery | undefined)?.filter;
  return method === 'GET' && path === '/invites' && !!(filter?.id || filter?.updatedAfter);
};

describe('the REST adapter in Chromium', () => {
  // Changes arrive from the network, as on a real page: outside act(), which Testing Library
  // switches on in its own beforeAll.
  const scope = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  beforeAll(() => {
    scope.IS_REACT_ACT_ENVIRONMENT = false;
  });
  afterAll(() => {
    scope.IS_REACT_ACT_ENVIRONMENT = true;
  });
  let serverId: string | undefined;
  afterEach(async () => {
    if (serverId) await commands.restServer('stop', serverId);
    serverId = undefined;
  });

  it('shows an invite accepted on the server through its event stream, with no polling request', async () => {
    const emails = ['ada@example.com', 'grace@example.com'];
    const { id, url } = await commands.restServer('start', { tenantId: 'acme', emails });
    serverId = id;
    const client = createRestInviteClient(url);
    expect(client.subscribe).toBeTypeOf('function');
    const { unmount } = renderWithProviders(<UserInvitesTable pollIntervalMs={POLL_INTERVAL} />, {
      client,
      tenantId: 'acme',
    });
    await waitFor(() =>
      expect(within(rowOf('ada@example.com')).getByText('Pending')).toBeVisible(),
    );
    // The stream is open on the server: every change from now on is pushed.
    await waitFor(async () => {
      const requests = await commands.restServer('requests', id);
      expect(requests.some((request) => request.path === '/invites/events')).toBe(true);
    });
    const before = (await commands.restServer('requests', id)).length;

    expect(await commands.restServer('accept', id, 'ada@example.com')).toBe('accepted');
    await waitFor(() =>
      expect(within(rowOf('ada@example.com')).getByText('Accepted')).toBeVisible(),
    );
    // Several poll intervals more: a table that polled would have asked by now.
    await new Promise((resolve) => setTimeout(resolve, 3 * POLL_INTERVAL));
    const after = (await commands.restServer('requests', id)).slice(before);
    expect(after.filter(isPoll)).toEqual([]);
    expect(within(rowOf('grace@example.com')).getByText('Pending')).toBeVisible();

    // Unmounted, the page closes its stream, and the server lets it go.
    expect(await commands.restServer('openStreams', id)).toBe(1);
    unmount();
    await waitFor(async () => expect(await commands.restServer('openStreams', id)).toBe(0));
  });
});
