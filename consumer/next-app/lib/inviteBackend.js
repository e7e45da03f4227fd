import { createMemoryInviteClient } from 'invite-widgets/memory';

export const TENANT_ID = 'tenant_acme';
export const CURRENT_USER_ID = 'user_admin';
// Server and browser print the same dates only when both are told the zone and the locale.
export const TIME_ZONE = 'UTC';
export const LOCALE = 'en-US';

/**
 * The app's invite backend: here the in-memory one, with a fixed seed, so a server render and
 * the browser hold the same invites (ids, emails, tokens). Swap in an adapter of your backend.
 */
export function createInviteBackend() {
  return createMemoryInviteClient({
    seed: 7,
    seedCount: 8,
    tenantId: TENANT_ID,
    currentUserId: CURRENT_USER_ID,
    tenantNames: { [TENANT_ID]: 'Acme' },
    inviteLinkBase: '/invite',
  });
}
