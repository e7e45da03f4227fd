'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useAcceptInvite } from '../../hooks/useAcceptInvite';
import { useDeclineInvite } from '../../hooks/useDeclineInvite';
import { useMemoryOutbox, type OutboxEntry } from '../../hooks/useMemoryOutbox';
import { describeInviteError, statusLabel } from '../../i18n/describeError';
import { outboxMessages } from '../../i18n/messages/outboxMessages';
import { useAreaI18n } from '../../i18n/useAreaI18n';
import { inviteKeys } from '../../query/inviteKeys';
import { useInviteContext } from '../../react/useInviteContext';
import { createSlots, type StylingProps } from '../../theme/slots';

/**
 * The named parts of {@link Outbox}, for `classNames`.
 *
 * @example
 * ```tsx
 * <Outbox classNames={{ item: 'border-b' } satisfies Partial<Record<OutboxSlot, string>>} />
 * ```
 */
export type OutboxSlot =
  | 'root'
  | 'header'
  | 'title'
  | 'description'
  | 'count'
  | 'list'
  | 'item'
  | 'email'
  | 'meta'
  | 'kind'
  | 'time'
  | 'status'
  | 'actions'
  | 'accept'
  | 'decline'
  | 'empty'
  | 'announcer';

/**
 * Props of {@link Outbox}.
 *
 * @example
 * ```tsx
 * const props: OutboxProps = { headingLevel: 3, unstyled: true };
 * ```
 */
export interface OutboxProps extends StylingProps<OutboxSlot> {
  /** Level of the title heading. Default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

type Answer = 'accepted' | 'declined';

/**
 * The inbox of every invitee of the in-memory backend: each email it would have sent, with
 * Accept and Decline buttons that answer as the recipient. For demos and Storybook, where it
 * shows the whole flow (send, answer, watch the status change) without a mail server.
 *
 * @example
 * ```tsx
 * const client = createMemoryInviteClient({ seed: 1 });
 *
 * <InviteClientProvider client={client} tenantId={client.tenantId}>
 *   <InviteDialog />
 *   <Outbox />
 * </InviteClientProvider>
 * ```
 */
export function Outbox(props: OutboxProps) {
  const { headingLevel = 2 } = props;
  const { tenantId } = useInviteContext();
  const i18n = useAreaI18n(outboxMessages);
  const { entries, isLoading } = useMemoryOutbox();
  const queryClient = useQueryClient();
  const titleId = useId();
  const [announcement, setAnnouncement] = useState('');
  const slot = createSlots<OutboxSlot>('outbox', props);

  // The invitee's answer changes what the admin's lists of this tenant show.
  const onSettled = () => queryClient.invalidateQueries({ queryKey: inviteKeys.all(tenantId) });
  const accept = useAcceptInvite({ mutation: { onSettled } });
  const decline = useDeclineInvite({ mutation: { onSettled } });

  const answer = (entry: OutboxEntry, kind: Answer) => {
    const mutation = kind === 'accepted' ? accept : decline;
    setAnnouncement('');
    mutation.mutate(
      { token: entry.token },
      {
        onSuccess: () =>
          setAnnouncement(
            i18n.t(kind === 'accepted' ? 'outbox.answered.accepted' : 'outbox.answered.declined', {
              email: entry.email,
            }),
          ),
        onError: (error) =>
          setAnnouncement(
            i18n.t('outbox.failed', {
              email: entry.email,
              reason: describeInviteError(i18n, error),
            }),
          ),
      },
    );
  };
  const busyToken = accept.isPending
    ? accept.variables?.token
    : decline.isPending
      ? decline.variables?.token
      : undefined;

  const Heading = `h${headingLevel}` as const;
  return (
    <section
      {...slot('root')}
      aria-labelledby={titleId}
      dir={i18n.dir}
      aria-busy={isLoading || undefined}
    >
      <header {...slot('header')}>
        <Heading {...slot('title')} id={titleId}>
          {i18n.t('outbox.title')}
        </Heading>
        <p {...slot('description')}>{i18n.t('outbox.description')}</p>
        <p {...slot('count')}>{i18n.t('outbox.count', { count: entries.length })}</p>
      </header>
      {entries.length === 0 ? (
        <p {...slot('empty')}>{i18n.t('outbox.empty')}</p>
      ) : (
        <ul {...slot('list')} aria-labelledby={titleId}>
          {entries.map((entry) => (
            <li
              key={entry.token}
              {...slot('item')}
              data-kind={entry.kind}
              data-status={entry.replaced ? 'replaced' : (entry.status ?? 'loading')}
            >
              <span {...slot('email')}>{entry.email}</span>
              <span {...slot('meta')}>
                <span {...slot('kind')}>{i18n.t(`outbox.kind.${entry.kind}`)}</span>
                <time
                  {...slot('time')}
                  dateTime={entry.sentAt}
                  title={i18n.formatDateTime(entry.sentAt)}
                >
                  {i18n.t('outbox.sentAt', { time: i18n.formatRelativeTime(entry.sentAt) })}
                </time>
              </span>
              {entry.answerable ? (
                <span {...slot('actions')}>
                  <button
                    type="button"
                    {...slot('accept', 'iw-button')}
                    data-variant="primary"
                    aria-label={i18n.t('outbox.accept', { email: entry.email })}
                    disabled={busyToken !== undefined}
                    onClick={() => answer(entry, 'accepted')}
                  >
                    {i18n.t('outbox.accept.short')}
                  </button>
                  <button
                    type="button"
                    {...slot('decline', 'iw-button')}
                    aria-label={i18n.t('outbox.decline', { email: entry.email })}
                    disabled={busyToken !== undefined}
                    onClick={() => answer(entry, 'declined')}
                  >
                    {i18n.t('outbox.decline.short')}
                  </button>
                </span>
              ) : (
                <span {...slot('status')}>
                  {entry.replaced
                    ? i18n.t('outbox.replaced')
                    : entry.status
                      ? statusLabel(i18n, entry.status)
                      : i18n.t('common.loading')}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <p {...slot('announcer')} role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
