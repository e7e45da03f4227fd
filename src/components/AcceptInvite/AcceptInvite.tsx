'use client';

import { useEffect, useRef } from 'react';
import { describeInviteError } from '../../i18n/describeError';
import { useInviteI18n } from '../../i18n/useInviteI18n';
import { isInviteClientError } from '../../client/errors';
import type { InvitePreview, UserInvite } from '../../client/types';
import { useInvitePreview } from '../../hooks/useInvitePreview';
import { useAcceptInvite } from '../../hooks/useAcceptInvite';
import { useDeclineInvite } from '../../hooks/useDeclineInvite';
import type { InviteI18n } from '../../i18n/format';
import { createSlots, type StylingProps } from '../../theme/slots';

/**
 * The named parts of {@link AcceptInvite}.
 *
 * @example
 * ```tsx
 * <AcceptInvite token={token} classNames={{ accept: 'btn-primary' }} />
 * ```
 */
export type AcceptInviteSlot =
  'root' | 'title' | 'message' | 'details' | 'next' | 'actions' | 'accept' | 'decline' | 'retry';

/**
 * Where the invitee stands, as `data-state` on the root.
 *
 * @example
 * ```css
 * [data-slot='accept-invite-root'][data-state='expired'] { border-color: orange; }
 * ```
 */
export type AcceptInviteState =
  | 'loading'
  | 'ready'
  | 'accepted'
  | 'declined'
  | 'expired'
  | 'already-accepted'
  | 'already-declined'
  | 'canceled'
  | 'invalid'
  | 'unavailable'
  | 'network-error'
  | 'error';

/**
 * Props of {@link AcceptInvite}.
 *
 * @example
 * ```tsx
 * const props: AcceptInviteProps = { token, onAccepted: () => router.push('/team') };
 * ```
 */
export interface AcceptInviteProps extends StylingProps<AcceptInviteSlot> {
  /** The token from the invite link. */
  token: string;
  /** The signed-in user answering, stored as `acceptedByUserId`. */
  userId?: string;
  onAccepted?: (invite: UserInvite) => void;
  onDeclined?: (invite: UserInvite) => void;
  /** Level of the title heading. Default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

function stateOfError(error: unknown): AcceptInviteState {
  if (!isInviteClientError(error)) return 'error';
  switch (error.code) {
    case 'network':
      return 'network-error';
    case 'invalid_token':
    case 'not_found':
      return 'invalid';
    case 'expired':
      return 'expired';
    case 'conflict':
      return error.status === 'accepted'
        ? 'already-accepted'
        : error.status === 'declined'
          ? 'already-declined'
          : error.status === 'expired'
            ? 'expired'
            : 'canceled';
    default:
      // The server answered, and refused: say what it said, not that it could not be reached.
      return 'error';
  }
}

function stateOfPreview(preview: InvitePreview | null): AcceptInviteState {
  switch (preview?.invite.status ?? 'pending') {
    case 'pending':
      return 'ready';
    case 'accepted':
      return 'already-accepted';
    case 'declined':
      return 'already-declined';
    case 'expired':
      return 'expired';
    case 'canceled':
      return 'canceled';
    default:
      // A status this page does not know: it cannot be answered, and nothing more is claimed.
      return 'unavailable';
  }
}

function texts(
  i18n: InviteI18n,
  state: AcceptInviteState,
  preview: InvitePreview | null | undefined,
) {
  const tenant = preview?.tenantName;
  const inviter = preview?.inviterName;
  switch (state) {
    case 'loading':
      return { title: i18n.t('accept.loading') };
    case 'ready':
      return {
        title: i18n.t('accept.title'),
        message:
          tenant && inviter
            ? i18n.t('accept.to', { inviter, tenant })
            : tenant
              ? i18n.t('accept.toTenant', { tenant })
              : i18n.t('accept.generic'),
      };
    case 'accepted':
      return {
        title: tenant ? i18n.t('accept.accepted', { tenant }) : i18n.t('accept.acceptedGeneric'),
      };
    case 'declined':
      return { title: i18n.t('accept.declined') };
    case 'expired':
      return {
        title: i18n.t('accept.expired'),
        next: inviter
          ? i18n.t('accept.expired.next', { inviter })
          : i18n.t('accept.expired.nextGeneric'),
      };
    case 'already-accepted':
      return { title: i18n.t('accept.alreadyAccepted') };
    case 'already-declined':
      return { title: i18n.t('accept.alreadyDeclined') };
    case 'canceled':
      return { title: i18n.t('accept.canceled'), next: i18n.t('accept.canceled.next') };
    case 'invalid':
      return { title: i18n.t('accept.invalid'), next: i18n.t('accept.invalid.next') };
    case 'unavailable':
      return { title: i18n.t('accept.unavailable'), next: i18n.t('accept.invalid.next') };
    case 'network-error':
      return { title: i18n.t('accept.networkError') };
    case 'error':
      return { title: i18n.t('accept.error') };
  }
}

/**
 * The invitee's landing page: who invited them to what (when the client can tell), with
 * Accept and Decline, and a clear state for every outcome: accepted, declined, expired (with
 * what to do next), already answered, canceled, invalid link, and a network error with retry.
 *
 * @example
 * ```tsx
 * export default function InvitePage({ searchParams }: { searchParams: { token: string } }) {
 *   return (
 *     <InviteClientProvider client={client} tenantId="">
 *       <AcceptInvite token={searchParams.token} onAccepted={() => router.push('/dashboard')} />
 *     </InviteClientProvider>
 *   );
 * }
 * ```
 */
export function AcceptInvite(props: AcceptInviteProps) {
  const { token, userId, onAccepted, onDeclined, headingLevel = 2 } = props;
  const i18n = useInviteI18n();
  const slot = createSlots<AcceptInviteSlot>('accept-invite', props);
  const preview = useInvitePreview(token, { query: { retry: false } });
  const accept = useAcceptInvite({ mutation: { onSuccess: (invite) => onAccepted?.(invite) } });
  const decline = useDeclineInvite({ mutation: { onSuccess: (invite) => onDeclined?.(invite) } });
  const titleRef = useRef<HTMLHeadingElement>(null);

  const answering = accept.isPending || decline.isPending;
  const answerError = accept.error ?? decline.error;
  const state: AcceptInviteState = accept.isSuccess
    ? 'accepted'
    : decline.isSuccess
      ? 'declined'
      : answerError
        ? stateOfError(answerError)
        : preview.isPending
          ? 'loading'
          : preview.isError
            ? stateOfError(preview.error)
            : stateOfPreview(preview.data ?? null);

  // After an answer, the new state's title takes focus so it is read out.
  const answered = accept.isSuccess || decline.isSuccess || answerError !== null;
  useEffect(() => {
    if (answered) titleRef.current?.focus();
  }, [answered, state]);

  const retry = () => {
    if (answerError) {
      accept.reset();
      decline.reset();
    } else {
      void preview.refetch();
    }
  };

  const text = texts(i18n, state, preview.data);
  // A refusal says what the server said ("You can't do this", "Too many requests…").
  const reason = state === 'error' ? describeInviteError(i18n, answerError ?? preview.error) : null;
  const invite = preview.data?.invite;
  const Heading = `h${headingLevel}` as const;
  return (
    <section
      {...slot('root')}
      data-state={state}
      aria-busy={state === 'loading' || answering || undefined}
      dir={i18n.dir}
    >
      <Heading {...slot('title')} ref={titleRef} tabIndex={-1}>
        {text.title}
      </Heading>
      {(text.message ?? reason) && <p {...slot('message')}>{text.message ?? reason}</p>}
      {state === 'ready' && invite && (
        <p {...slot('details')}>{i18n.t('accept.as', { email: invite.email })}</p>
      )}
      {text.next && <p {...slot('next')}>{text.next}</p>}
      {state === 'ready' && (
        <div {...slot('actions')}>
          <button
            type="button"
            {...slot('accept', 'iw-button')}
            data-variant="primary"
            disabled={answering}
            onClick={() => accept.mutate({ token, ...(userId ? { userId } : {}) })}
          >
            {i18n.t('accept.accept')}
          </button>
          <button
            type="button"
            {...slot('decline', 'iw-button')}
            disabled={answering}
            onClick={() => decline.mutate({ token, ...(userId ? { userId } : {}) })}
          >
            {i18n.t('accept.decline')}
          </button>
        </div>
      )}
      {(state === 'network-error' || state === 'error') && (
        <div {...slot('actions')}>
          <button type="button" {...slot('retry', 'iw-button')} onClick={retry}>
            {i18n.t('accept.retry')}
          </button>
        </div>
      )}
    </section>
  );
}
