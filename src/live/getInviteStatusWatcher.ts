import type { QueryClient } from '@tanstack/react-query';
import type { InviteClient } from '../client/types';
import { getOrCreate } from '../shared/getOrCreate';
import { createInviteStatusWatcher } from './createInviteStatusWatcher';
import type { InviteStatusWatcher, InviteStatusWatcherOptions } from './inviteStatusWatcher';

const registry = new WeakMap<
  QueryClient,
  WeakMap<InviteClient, Map<string, InviteStatusWatcher>>
>();

/**
 * The one {@link InviteStatusWatcher} of a QueryClient, client and tenant: every component that
 * watches invites there shares it, and so shares its requests.
 *
 * @example
 * ```ts
 * const watcher = getInviteStatusWatcher(queryClient, client, 'acme');
 * const stop = watcher.watch([inviteId], 5000, ({ invite }) => console.log(invite.status));
 * ```
 */
export function getInviteStatusWatcher(
  queryClient: QueryClient,
  client: InviteClient,
  tenantId: string,
  options?: InviteStatusWatcherOptions,
): InviteStatusWatcher {
  const byClient = getOrCreate(registry, queryClient, () => new WeakMap());
  const byTenant = getOrCreate(byClient, client, () => new Map());
  return getOrCreate(byTenant, tenantId, () =>
    createInviteStatusWatcher(client, tenantId, queryClient, options),
  );
}
