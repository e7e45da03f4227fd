'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { SentEmail } from '../client/memory/createMemoryInviteClient';
import { isMemoryInviteClient } from '../client/memory/isMemoryInviteClient';
import { isOpenInviteStatus } from '../client/status';
import type { InviteStatus } from '../client/types';
import { inviteKeys } from '../query/inviteKeys';
import { userInvitesQueryOptions } from '../query/userInvitesQueryOptions';
import { useInviteContext } from '../react/useInviteContext';

/**
 * One email of the outbox, with what became of its invite.
 *
 * @example
 * ```ts
 * const open = entries.filter((entry: OutboxEntry) => entry.answerable);
 * ```
 */
export interface OutboxEntry extends SentEmail {
  /** The invite's current status; `undefined` while loading. */
  status: InviteStatus | undefined;
  /** A later email for the same invite exists, so this one's token no longer works. */
  replaced: boolean;
  /** The invitee can still accept or decline through this email. */
  answerable: boolean;
}

/**
 * The emails the memory backend sent to the provider's tenant, newest first, with the live
 * status of each invite. Needs {@link createMemoryInviteClient} as the provider's client.
 *
 * @example
 * ```tsx
 * const { entries } = useMemoryOutbox();
 * return <ul>{entries.map((e) => <li key={e.token}>{e.email}: {e.status}</li>)}</ul>;
 * ```
 */
export function useMemoryOutbox(): { entries: OutboxEntry[]; isLoading: boolean } {
  const { client, tenantId } = useInviteContext();
  if (!isMemoryInviteClient(client)) {
    throw new Error(
      'useMemoryOutbox needs the in-memory client: pass createMemoryInviteClient() to <InviteClientProvider client={…}>.',
    );
  }
  const queryClient = useQueryClient();
  // The outbox only grows, so its length is a stable snapshot of it.
  const count = useSyncExternalStore(
    client.subscribeSentEmails,
    () => client.sentEmails().length,
    () => client.sentEmails().length,
  );
  const emails = useMemo(
    () =>
      client
        .sentEmails()
        .slice(0, count)
        .filter((email) => email.tenantId === tenantId),
    [client, count, tenantId],
  );
  const ids = useMemo(() => [...new Set(emails.map((email) => email.inviteId))].sort(), [emails]);

  const invites = useQuery({
    ...userInvitesQueryOptions(client, tenantId, { filter: { id: ids }, limit: ids.length }),
    enabled: ids.length > 0,
  });

  // Answers from anywhere (this outbox, a table, a test) show up at once. A fetch already in
  // flight may have read the state before the change, so it is cancelled, not joined.
  useEffect(
    () =>
      client.subscribe(tenantId, () => {
        const queryKey = inviteKeys.lists(tenantId);
        void queryClient
          .cancelQueries({ queryKey })
          .then(() => queryClient.invalidateQueries({ queryKey }));
      }),
    [client, tenantId, queryClient],
  );

  const entries = useMemo(() => {
    const statusById = new Map(invites.data?.data.map((invite) => [invite.id, invite.status]));
    const latestByInvite = new Map<string, string>();
    for (const email of emails) latestByInvite.set(email.inviteId, email.token);
    return emails
      .map((email): OutboxEntry => {
        const status = statusById.get(email.inviteId);
        const replaced = latestByInvite.get(email.inviteId) !== email.token;
        return {
          ...email,
          status,
          replaced,
          answerable: !replaced && status !== undefined && isOpenInviteStatus(status),
        };
      })
      .reverse();
  }, [emails, invites.data]);

  return { entries, isLoading: ids.length > 0 && invites.isPending };
}
