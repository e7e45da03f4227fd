import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import {
  findCachedInvite,
  findCachedInvites,
  inviteKeys,
  type UserInvite,
  type UserInvitesPage,
} from '../../../src/index';

const invite = (id: string, updatedAt: string, status: UserInvite['status']): UserInvite => ({
  id,
  email: `${id}@example.com`,
  firstName: null,
  lastName: null,
  roleKeys: ['member'],
  status,
  locale: null,
  data: null,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt,
  statusUpdatedAt: updatedAt,
  expiresAt: '2026-12-01T00:00:00.000Z',
  tenantId: 'acme',
  createdByUserId: null,
  acceptedByUserId: null,
  userTokenId: null,
});

const page = (...data: UserInvite[]): UserInvitesPage => ({
  data,
  totalCount: data.length,
});

function cache() {
  const queryClient = new QueryClient();
  // A detail written at 10:00, a list refetched at 11:00 that knows better for `a`, another
  // list with an older copy of `a`, and the same ids in another tenant.
  queryClient.setQueryData(
    inviteKeys.detail('acme', 'a'),
    invite('a', '2026-11-20T10:00:00.000Z', 'pending'),
  );
  queryClient.setQueryData(
    inviteKeys.detail('acme', 'c'),
    invite('c', '2026-11-20T12:00:00.000Z', 'declined'),
  );
  queryClient.setQueryData(inviteKeys.detail('acme', 'gone'), null);
  queryClient.setQueryData(
    inviteKeys.list('acme', { filter: { status: 'pending' } }),
    page(
      invite('a', '2026-11-20T11:00:00.000Z', 'accepted'),
      invite('b', '2026-11-20T09:00:00.000Z', 'pending'),
      invite('c', '2026-11-20T08:00:00.000Z', 'pending'),
    ),
  );
  queryClient.setQueryData(
    inviteKeys.list('acme', {}),
    page(invite('a', '2026-11-20T09:30:00.000Z', 'pending')),
  );
  queryClient.setQueryData(
    inviteKeys.list('globex', {}),
    page(invite('a', '2026-11-21T00:00:00.000Z', 'canceled')),
  );
  return queryClient;
}

describe('findCachedInvites', () => {
  it('finds the newest copy of each id across details and list pages, in one call', () => {
    const found = findCachedInvites(cache(), 'acme', ['a', 'b', 'c', 'gone', 'missing']);

    expect([...found.keys()].sort()).toEqual(['a', 'b', 'c']);
    // The list refetched after the detail wins; an older list does not.
    expect(found.get('a')).toMatchObject({
      status: 'accepted',
      updatedAt: '2026-11-20T11:00:00.000Z',
    });
    expect(found.get('b')?.status).toBe('pending');
    // The detail is newer than the list's copy.
    expect(found.get('c')?.status).toBe('declined');
  });

  it("never returns another tenant's copy, nor ids nobody asked for", () => {
    const queryClient = cache();

    expect(findCachedInvites(queryClient, 'globex', ['a', 'b']).get('a')?.status).toBe('canceled');
    expect(findCachedInvites(queryClient, 'globex', ['b']).size).toBe(0);
    expect(findCachedInvites(queryClient, 'acme', ['b']).has('a')).toBe(false);
    expect(findCachedInvites(queryClient, 'acme', []).size).toBe(0);
  });

  it('gives what findCachedInvite gives, id by id', () => {
    const queryClient = cache();
    const ids = ['a', 'b', 'c', 'gone', 'missing'];
    const many = findCachedInvites(queryClient, 'acme', ids);

    for (const id of ids) expect(many.get(id)).toBe(findCachedInvite(queryClient, 'acme', id));
  });
});
