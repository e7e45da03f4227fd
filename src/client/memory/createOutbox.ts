import { toIso } from './createClock';
import type { InviteRecord } from './createInviteStore';

/**
 * An email the memory backend "sent": it stands in for the invitee's inbox. Its `token` is what
 * `acceptUserInvite` and `declineUserInvite` take.
 *
 * @example
 * ```ts
 * const [email] = client.sentEmails();
 * await client.acceptUserInvite({ token: email.token });
 * ```
 */
export interface SentEmail {
  inviteId: string;
  tenantId: string;
  email: string;
  token: string;
  locale: string | null;
  kind: 'invite' | 'resend';
  sentAt: string;
}

/**
 * The memory backend's outbox: every email it sent, and who wants to hear of the next one.
 *
 * @example
 * ```ts
 * const outbox: Outbox = createOutbox();
 * ```
 */
export interface Outbox {
  /** Sends the invite's email with its current token, dated `at`, and tells the listeners. */
  send(record: InviteRecord, kind: SentEmail['kind'], at: number): void;
  /** Copies of every email sent so far, oldest first. */
  list(): SentEmail[];
  /** Calls `listener` after every email sent. Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/**
 * Creates an empty {@link Outbox}.
 *
 * @example
 * ```ts
 * const outbox = createOutbox();
 * outbox.subscribe(() => console.log(outbox.list().at(-1)?.email));
 * outbox.send(record, 'invite', Date.now());
 * ```
 */
export function createOutbox(): Outbox {
  const sent: SentEmail[] = [];
  const listeners = new Set<() => void>();
  return {
    send(record, kind, at) {
      sent.push({
        inviteId: record.invite.id,
        tenantId: record.invite.tenantId,
        email: record.invite.email,
        token: record.token ?? '',
        locale: record.invite.locale,
        kind,
        sentAt: toIso(at),
      });
      for (const listener of [...listeners]) listener();
    },

    list: () => sent.map((email) => ({ ...email })),

    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
