import { inviteKeys } from '../../../src/query/inviteKeys';
import { userInvitesQueryOptions } from '../../../src/query/userInvitesQueryOptions';
import { createMemoryInviteClient } from '../../../src/client/memory/createMemoryInviteClient';
import { QueryClient } from '@tanstack/react-query';

describe('inviteKeys', () => {
  it('puts the tenant in every key, under one root', () => {
    const keys = [
      inviteKeys.all('acme'),
      inviteKeys.lists('acme'),
      inviteKeys.list('acme', { limit: 25 }),
      inviteKeys.details('acme'),
      inviteKeys.detail('acme', 'inv-1'),
      inviteKeys.roles('acme'),
    ];
    for (const key of keys) expect(key.slice(0, 2)).toEqual(['invite-widgets', 'acme']);
    expect(inviteKeys.list('acme', { limit: 25 })).not.toEqual(
      inviteKeys.list('globex', { limit: 25 }),
    );
  });

  it('lets one call invalidate every list of a tenant and nothing of another', async () => {
    const client = createMemoryInviteClient();
    const queryClient = new QueryClient();
    await queryClient.prefetchQuery(userInvitesQueryOptions(client, 'acme', { limit: 5 }));
    await queryClient.prefetchQuery(userInvitesQueryOptions(client, 'acme', { search: 'ada' }));
    await queryClient.prefetchQuery(userInvitesQueryOptions(client, 'globex'));
    await queryClient.invalidateQueries({ queryKey: inviteKeys.lists('acme') });
    const invalid = queryClient
      .getQueryCache()
      .getAll()
      .filter((query) => query.state.isInvalidated)
      .map((query) => query.queryKey[1]);
    expect(invalid).toEqual(['acme', 'acme']);
  });

  it('builds list options that a server can prefetch, asking the client with the tenant', async () => {
    const client = createMemoryInviteClient();
    const queryClient = new QueryClient();
    await queryClient.prefetchQuery(
      userInvitesQueryOptions(client, 'acme', { limit: 5, filter: { status: 'pending' } }),
    );
    expect(client.calls()).toEqual([
      {
        method: 'userInvites',
        args: [{ tenantId: 'acme', limit: 5, filter: { status: 'pending' } }],
      },
    ]);
  });
});
