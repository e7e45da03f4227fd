// The table in real Chromium: render of a 100-row page (from data in hand to the painted
// frame), and the requests made while a person types a search word.
import { QueryClient } from '@tanstack/react-query';
import { render, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { commands } from 'vitest/browser';
import { InviteClientProvider } from '../src/react/InviteClientProvider';
import { createMemoryInviteClient } from '../src/client/memory/createMemoryInviteClient';
import type { UserInvitesQuery } from '../src/client/types';
import { UserInvitesTable } from '../src/components/UserInvitesTable';
import { inviteKeys } from '../src/query/inviteKeys';
import '../src/styles.css';
import { measureOutsideAct, median, nextPaint } from './measure';

const RUNS = 5;

describe('table', () => {
  measureOutsideAct();

  it('measures a 100-row page and the requests of a typed search', async () => {
    const renders: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const client = createMemoryInviteClient({ tenantId: 'acme', seed: 3, seedCount: 400 });
      const queryClient = new QueryClient();
      const params = {
        limit: 100,
        offset: 0,
        order: { field: 'createdAt', direction: 'desc' },
      } as const;
      // Data in hand first: the figure is React and the browser, not the backend.
      await queryClient.prefetchQuery({
        queryKey: inviteKeys.list('acme', params),
        queryFn: () => client.userInvites({ tenantId: 'acme', ...params }),
      });
      const start = performance.now();
      const view = render(
        <InviteClientProvider client={client} tenantId="acme" queryClient={queryClient}>
          <UserInvitesTable defaultPageSize={100} />
        </InviteClientProvider>,
      );
      await nextPaint();
      renders.push(performance.now() - start);
      expect(within(view.getByRole('table', { name: 'Invites' })).getAllByRole('row')).toHaveLength(
        101,
      );
      view.unmount();
    }

    const client = createMemoryInviteClient({
      tenantId: 'acme',
      seed: 3,
      seedCount: 400,
      latencyMs: 20,
    });
    const view = render(
      <InviteClientProvider client={client} tenantId="acme" queryClient={new QueryClient()}>
        <UserInvitesTable />
      </InviteClientProvider>,
    );
    await waitFor(() => expect(view.getByText(/^1–25 of 400$/)).toBeTruthy());
    await new Promise((resolve) => setTimeout(resolve, 100));
    client.clearCalls();
    const word = 'lovelace';
    // A brisk typist: 120 ms between keys.
    await userEvent
      .setup({ delay: 120 })
      .type(view.getByRole('searchbox', { name: 'Search invites' }), word);
    await new Promise((resolve) => setTimeout(resolve, 800));
    const lists = client
      .calls()
      .filter((call) => call.method === 'userInvites')
      .map((call) => call.args[0] as UserInvitesQuery)
      .filter((query) => !query.filter?.id);
    view.unmount();

    await commands.writeFile(
      '.bench-results/table.json',
      JSON.stringify({
        rows: 100,
        renderMs: median(renders),
        runs: RUNS,
        word,
        letters: word.length,
        listRequests: lists.filter((query) => (query.offset ?? 0) === 0).length,
        prefetchRequests: lists.filter((query) => (query.offset ?? 0) > 0).length,
      }),
    );
  });
});
