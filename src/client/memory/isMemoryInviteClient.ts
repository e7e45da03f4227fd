import type { InviteClient } from '../types';
import type { MemoryInviteClient } from './createMemoryInviteClient';

/**
 * True when `client` is the in-memory client (it has an outbox).
 *
 * @example
 * ```ts
 * if (isMemoryInviteClient(client)) console.table(client.sentEmails());
 * ```
 */
export function isMemoryInviteClient(client: InviteClient): client is MemoryInviteClient {
  return (
    typeof (client as Partial<MemoryInviteClient>).sentEmails === 'function' &&
    typeof (client as Partial<MemoryInviteClient>).subscribeSentEmails === 'function'
  );
}
