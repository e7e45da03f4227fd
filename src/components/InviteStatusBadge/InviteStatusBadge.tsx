'use client';

import { commonMessages } from '../../i18n/messages/commonMessages';
import { useAreaI18n } from '../../i18n/useAreaI18n';
import { isKnownInviteStatus } from '../../client/status';
import type { InviteStatus, KnownInviteStatus } from '../../client/types';
import { statusLabel } from '../../i18n/describeError';
import { createSlots, type StylingProps } from '../../theme/slots';

/**
 * The named parts of {@link InviteStatusBadge}.
 *
 * @example
 * ```tsx
 * <InviteStatusBadge status="pending" classNames={{ icon: 'size-3' }} />
 * ```
 */
export type InviteStatusBadgeSlot = 'root' | 'icon' | 'label';

/**
 * Props of {@link InviteStatusBadge}.
 *
 * @example
 * ```tsx
 * const props: InviteStatusBadgeProps = { status: 'accepted' };
 * ```
 */
export interface InviteStatusBadgeProps extends StylingProps<InviteStatusBadgeSlot> {
  status: InviteStatus;
}

// One shape per status, so the badge never speaks by colour alone.
const ICONS: Record<KnownInviteStatus | 'unknown', string> = {
  pending: 'M8 3.5v4.5l3 2M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13z',
  accepted: 'M3.5 8.5l3 3 6-7',
  declined: 'M4 4l8 8M12 4l-8 8',
  canceled: 'M3.4 3.4l9.2 9.2M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13z',
  expired: 'M4 1.5h8M4 14.5h8M4.5 1.5c0 4 7 4.5 7 6.5s-7 2.5-7 6.5M11.5 1.5c0 4-7 4.5-7 6.5',
  unknown: 'M8 7.5v.01M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13z',
};

/**
 * An invite's status as a badge: its label, a colour from the theme and an icon shape.
 * A status this library does not know shows its raw text in a neutral badge.
 *
 * @example
 * ```tsx
 * <InviteStatusBadge status={invite.status} />
 * ```
 */
export function InviteStatusBadge(props: InviteStatusBadgeProps) {
  const { status } = props;
  const i18n = useAreaI18n(commonMessages);
  const slot = createSlots<InviteStatusBadgeSlot>('status-badge', props);
  const known = isKnownInviteStatus(status) ? status : 'unknown';
  return (
    <span {...slot('root')} data-status={known}>
      <svg
        {...slot('icon')}
        viewBox="0 0 16 16"
        width="12"
        height="12"
        aria-hidden="true"
        focusable="false"
      >
        <path
          d={ICONS[known]}
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <span {...slot('label')}>{statusLabel(i18n, status)}</span>
    </span>
  );
}
