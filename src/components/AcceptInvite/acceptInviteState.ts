import { isInviteClientError } from '../../client/errors';
import type { InvitePreview } from '../../client/types';
import type { MessageKey } from '../../i18n/messages';

/**
 * Where the invitee stands, as `data-state` on the root.
 *
 * @example
 * ```css
 * [data-slot='accept-invite-root'][data-state='expired'] { --iw-color-danger: orange; }
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
  | 'other-account'
  | 'network-error'
  | 'error';

/**
 * What a failed read or answer means for the invitee.
 *
 * @example
 * ```ts
 * stateOfError(new InviteClientError('conflict', 'Taken', { status: 'accepted' })); // 'already-accepted'
 * ```
 */
export function stateOfError(error: unknown): AcceptInviteState {
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

/**
 * What a loaded preview means; a status this page does not know claims nothing.
 *
 * @example
 * ```ts
 * stateOfPreview(preview, 'grace@example.com'); // 'other-account' for an invite to ada@…
 * ```
 */
export function stateOfPreview(
  preview: InvitePreview | null,
  userEmail: string | undefined,
): AcceptInviteState {
  const invite = preview?.invite;
  switch (invite?.status ?? 'pending') {
    case 'pending':
      // Only when the host says who is signed in, and the address differs.
      return invite && userEmail && invite.email.toLowerCase() !== userEmail.toLowerCase()
        ? 'other-account'
        : 'ready';
    case 'accepted':
      return 'already-accepted';
    case 'declined':
      return 'already-declined';
    case 'expired':
      return 'expired';
    case 'canceled':
      return 'canceled';
    default:
      return 'unavailable';
  }
}

/**
 * The message keys of a state: its title, what happened, and what to do next. Every key gets
 * the same values; a message uses the ones it names.
 *
 * @example
 * ```ts
 * messagesOf('ready', 'Acme', 'Alex Kim'); // ['accept.join', 'accept.to']
 * ```
 */
export function messagesOf(
  state: AcceptInviteState,
  tenant: string | undefined,
  inviter: string | undefined,
): [MessageKey, MessageKey?, MessageKey?] {
  switch (state) {
    case 'loading':
      return ['accept.loading'];
    case 'ready':
      return tenant
        ? ['accept.join', inviter ? 'accept.to' : 'accept.toTenant']
        : ['accept.title', 'accept.generic'];
    case 'accepted':
      return [tenant ? 'accept.accepted' : 'accept.acceptedGeneric'];
    case 'declined':
      return ['accept.declined', undefined, 'accept.declined.next'];
    case 'expired':
      return [
        'accept.expired',
        undefined,
        inviter ? 'accept.expired.next' : 'accept.expired.nextGeneric',
      ];
    case 'already-accepted':
      return ['accept.alreadyAccepted'];
    case 'already-declined':
      return ['accept.alreadyDeclined', undefined, 'accept.canceled.next'];
    case 'canceled':
      return ['accept.canceled', undefined, 'accept.canceled.next'];
    case 'invalid':
      return ['accept.invalid', undefined, 'accept.invalid.next'];
    case 'unavailable':
      return ['accept.unavailable', undefined, 'accept.invalid.next'];
    case 'other-account':
      return ['accept.otherAccount', undefined, 'accept.otherAccount.next'];
    case 'network-error':
      return ['accept.networkError'];
    case 'error':
      return ['accept.error'];
  }
}
