'use client';

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { maxPageSizeOf } from '../client/defaults';
import type { UserInvitesPage } from '../client/types';
import { normalizeEmail } from '../client/email';
import { userInvitesQueryOptions } from '../query/userInvitesQueryOptions';
import { useInviteContext } from '../react/useInviteContext';

const EMPTY = new Set<string>();

// A stable function, so the query runs it once per answer rather than on every render: a new
// set each render would make every consumer recheck all its entries.
const toPendingEmails = (page: UserInvitesPage): ReadonlySet<string> =>
  new Set(page.data.map((invite) => normalizeEmail(invite.email)));

/**
 * The addresses (normalised) that already have a pending invite in the provider's tenant, so a
 * form can flag them before anything is sent. One request for up to the client's `maxPageSize`
 * pending invites; beyond that, the backend's `already_invited` answer still tells.
 *
 * @example
 * ```ts
 * const pending = usePendingInviteEmails();
 * pending.has(normalizeEmail(typed)); // true: say so before sending
 * ```
 */
export function usePendingInviteEmails(options: { enabled?: boolean } = {}): ReadonlySet<string> {
  const { client, tenantId } = useInviteContext();
  const limit = maxPageSizeOf(client);
  const pending = useQuery({
    ...userInvitesQueryOptions(client, tenantId, { filter: { status: 'pending' }, limit }),
    enabled: options.enabled !== false,
    select: toPendingEmails,
  });
  return useMemo(() => pending.data ?? EMPTY, [pending.data]);
}
