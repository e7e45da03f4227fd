'use client';

import {
  forwardRef,
  useEffect,
  useId,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type ReactNode,
  type RefObject,
} from 'react';
import { describeInviteError } from '../../i18n/describeError';
import { acceptMessages } from '../../i18n/messages/acceptMessages';
import { useAreaI18n } from '../../i18n/useAreaI18n';
import type { UserInvite } from '../../client/types';
import { useInvitePreview } from '../../hooks/useInvitePreview';
import { useAcceptInvite } from '../../hooks/useAcceptInvite';
import { useDeclineInvite } from '../../hooks/useDeclineInvite';
import { createSlots, type StylingProps } from '../../theme/slots';
import type { MessageKey } from '../../i18n/messages';
import {
  messagesOf,
  stateOfError,
  stateOfPreview,
  type AcceptInviteState,
} from './acceptInviteState';
import { AcceptInviteIcon } from './AcceptInviteIcon';
import { useHydrated } from '../../react/useHydrated';

/**
 * The named parts of {@link AcceptInvite}.
 *
 * @example
 * ```tsx
 * <AcceptInvite token={token} classNames={{ card: 'shadow-xl', accept: 'btn-primary' }} />
 * ```
 */
export type AcceptInviteSlot =
  | 'root'
  | 'card'
  | 'avatar'
  | 'icon'
  | 'title'
  | 'message'
  | 'details'
  | 'next'
  | 'actions'
  | 'accept'
  | 'decline'
  | 'confirm'
  | 'confirm-decline'
  | 'keep'
  | 'continue'
  | 'link'
  | 'retry';

/**
 * Props of {@link AcceptInvite}; any other prop goes to the root `<section>`.
 *
 * @example
 * ```tsx
 * const props: AcceptInviteProps = { token, onAccepted: () => router.push('/team') };
 * ```
 */
export interface AcceptInviteProps
  extends
    StylingProps<AcceptInviteSlot>,
    Omit<ComponentPropsWithoutRef<'section'>, 'className' | 'children' | 'key'> {
  /** The token from the invite link. */
  token: string;
  /** The signed-in user answering, stored as `acceptedByUserId`. */
  userId?: string;
  /** The signed-in user's address: an invite sent to another one is not offered to them. */
  userEmail?: string;
  onAccepted?: (invite: UserInvite) => void;
  onDeclined?: (invite: UserInvite) => void;
  /** Where "Continue" leads once the invite is accepted. Default `/`. */
  continueHref?: string;
  /** Where to sign in with another account, offered when the invite is for another address. */
  switchAccountHref?: string;
  /** Level of the title heading. Default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

export type { AcceptInviteState };

/**
 * The invitee's landing page, centered on its own surface: the team (logo or initials), who
 * invited them, the role, the address and when the invite expires, with Accept and a Decline
 * that asks first; then a success state with "Continue", a calm declined state, and for every
 * other outcome (expired, canceled, already answered, invalid link, another account, network
 * error) an icon, what happened and the one action that helps.
 *
 * Styling: slots (`classNames`), `data-state` on the root, the theme's `--iw-*` tokens, and
 * `--iw-accept-invite-min-height` (default: the viewport's height; `0` inside a panel) and
 * `--iw-accept-invite-width` (the card's, default 26rem).
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
export const AcceptInvite = forwardRef<HTMLElement, AcceptInviteProps>(
  function AcceptInvite(props, ref) {
    const {
      token,
      userId,
      userEmail,
      onAccepted,
      onDeclined,
      continueHref = '/',
      switchAccountHref,
      headingLevel = 2,
      className: _className,
      classNames: _classNames,
      unstyled: _unstyled,
      ...rest
    } = props;
    const i18n = useAreaI18n(acceptMessages);
    const t = i18n.t;
    const slot = createSlots<AcceptInviteSlot>('accept-invite', props);
    const preview = useInvitePreview(token, { query: { retry: false } });
    const accept = useAcceptInvite({ mutation: { onSuccess: (invite) => onAccepted?.(invite) } });
    const decline = useDeclineInvite({
      mutation: { onSuccess: (invite) => onDeclined?.(invite) },
    });
    const [confirming, setConfirming] = useState(false);
    const titleRef = useRef<HTMLHeadingElement>(null);
    const declineRef = useRef<HTMLButtonElement>(null);
    const keepRef = useRef<HTMLButtonElement>(null);
    const returnFocus = useRef(false);
    const questionId = useId();
    // The server and the first client render show the absolute expiry; then the relative one.
    const hydrated = useHydrated();

    const answering = accept.isPending || decline.isPending;
    const answerError = accept.error ?? decline.error;
    const data = preview.data;
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
              : stateOfPreview(data ?? null, userEmail);

    // After an answer, the new state's title takes focus so it is read out.
    const answered = accept.isSuccess || decline.isSuccess || answerError !== null;
    useEffect(() => {
      if (answered) titleRef.current?.focus();
    }, [answered, state]);
    // Opening the question moves focus to its safe answer; closing it returns focus to Decline.
    useEffect(() => {
      if (confirming) keepRef.current?.focus();
      else if (returnFocus.current) declineRef.current?.focus();
      returnFocus.current = false;
    }, [confirming]);

    const keep = () => {
      returnFocus.current = true;
      setConfirming(false);
    };
    const answer = { token, ...(userId ? { userId } : {}) };
    const retry = () => {
      if (answerError) {
        accept.reset();
        decline.reset();
      } else {
        void preview.refetch();
      }
    };

    const tenant = data?.tenantName;
    const inviter = data?.inviterName;
    const [titleKey, messageKey, nextKey] = messagesOf(state, tenant, inviter);
    const email = data?.invite.email ?? '';
    const values = {
      tenant: tenant ?? '',
      inviter: inviter ?? '',
      email,
      userEmail: userEmail ?? '',
    };
    // A refusal says what the server said ("You can't do this", "Too many requests…").
    const message = messageKey
      ? t(messageKey, values)
      : state === 'error' && describeInviteError(i18n, answerError ?? preview.error);
    const next = nextKey && t(nextKey, values);
    const invite = state === 'ready' ? data?.invite : undefined;
    const roles = data?.roleNames ?? invite?.roleKeys ?? [];
    const expiresAt = invite?.expiresAt;
    // The one way out of a state, as a link: continue into the app, write to the inviter, or
    // sign in with the right account.
    const [linkSlot, linkLabel, href] =
      state === 'accepted' || state === 'already-accepted'
        ? (['continue', t('accept.continue'), continueHref] as const)
        : state === 'expired' && data?.inviterEmail
          ? (['link', next, `mailto:${data.inviterEmail}`] as const)
          : state === 'other-account' && switchAccountHref
            ? (['link', t('accept.switchAccount'), switchAccountHref] as const)
            : [];
    const Heading = `h${headingLevel}` as const;
    const button = (
      name: AcceptInviteSlot,
      label: string,
      onClick: () => void,
      variant?: string,
      buttonRef?: RefObject<HTMLButtonElement | null>,
    ) => (
      <button
        type="button"
        {...slot(name, 'iw-button')}
        ref={buttonRef}
        data-variant={variant}
        disabled={answering}
        onClick={onClick}
      >
        {label}
      </button>
    );
    const details: [MessageKey, ReactNode][] = invite
      ? [
          ['accept.role', roles.length > 0 && roles.join(', ')],
          ['accept.sentTo', invite.email],
          [
            'accept.expires',
            expiresAt && (
              <time dateTime={expiresAt}>
                {hydrated ? i18n.formatRelativeTime(expiresAt) : i18n.formatDateTime(expiresAt)}
              </time>
            ),
          ],
        ]
      : [];
    return (
      <section
        {...rest}
        ref={ref}
        {...slot('root')}
        data-state={state}
        aria-busy={state === 'loading' || answering || undefined}
        dir={i18n.dir}
      >
        <div {...slot('card')}>
          <AcceptInviteIcon
            team={state === 'ready'}
            tenant={tenant}
            logo={data?.tenantLogoUrl}
            slot={slot}
          />
          <Heading {...slot('title')} ref={titleRef} tabIndex={-1}>
            {t(titleKey, values)}
          </Heading>
          {message && <p {...slot('message')}>{message}</p>}
          {invite && (
            <dl {...slot('details')}>
              {details.map(
                ([key, value]) =>
                  value && (
                    <div key={key}>
                      <dt>{t(key)}</dt>
                      <dd>{value}</dd>
                    </div>
                  ),
              )}
            </dl>
          )}
          {next && linkLabel !== next && <p {...slot('next')}>{next}</p>}
          {state === 'ready' &&
            (confirming ? (
              <div
                {...slot('confirm')}
                role="group"
                aria-labelledby={questionId}
                onKeyDown={(event) => {
                  if (event.key === 'Escape') keep();
                }}
              >
                <p id={questionId}>{t('accept.confirmDecline')}</p>
                <div {...slot('actions')}>
                  {button(
                    'confirm-decline',
                    t('accept.confirmDecline.yes'),
                    () => decline.mutate(answer),
                    'danger',
                  )}
                  {button('keep', t('accept.confirmDecline.no'), keep, undefined, keepRef)}
                </div>
              </div>
            ) : (
              <div {...slot('actions')}>
                {button('accept', t('accept.accept'), () => accept.mutate(answer), 'primary')}
                {button(
                  'decline',
                  t('accept.decline'),
                  () => setConfirming(true),
                  undefined,
                  declineRef,
                )}
              </div>
            ))}
          {linkSlot && (
            <a {...slot(linkSlot, 'iw-button')} data-variant="primary" href={href}>
              {linkLabel}
            </a>
          )}
          {(state === 'network-error' || state === 'error') &&
            button('retry', t('accept.retry'), retry, 'primary')}
        </div>
      </section>
    );
  },
);
