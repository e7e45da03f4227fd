import type { MemoryInviteClient } from '../../src/client/memory/createMemoryInviteClient';
import type { UserInvitesQuery } from '../../src/client/types';

/** The listing requests (not status checks by id) a memory client received, oldest first. */
export function listQueries(client: MemoryInviteClient): UserInvitesQuery[] {
  return client
    .calls()
    .filter((call) => call.method === 'userInvites')
    .map((call) => call.args[0] as UserInvitesQuery)
    .filter((query) => !query.filter?.id);
}
