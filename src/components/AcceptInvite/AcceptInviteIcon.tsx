import type { SlotProps } from '../../theme/slots';

/** Up to two initials of a team's name, for the avatar when the preview gives no logo. */
function initialsOf(name: string): string {
  return name
    .trim()
    .split(/\s+/, 2)
    .map((word) => [...word][0] ?? '')
    .join('')
    .toUpperCase();
}

/**
 * The picture at the top of the card: the team's logo or initials while the invite can be
 * answered, else an icon of the state drawn by the stylesheet (so the page ships no icon
 * code). Decorative: the title says the same in words.
 *
 * @example
 * ```tsx
 * <AcceptInviteIcon team={state === 'ready'} tenant="Acme" logo={undefined} slot={slot} />
 * ```
 */
export function AcceptInviteIcon(props: {
  team: boolean;
  tenant: string | undefined;
  logo: string | undefined;
  slot: (name: 'avatar' | 'icon') => SlotProps;
}) {
  const { team, tenant, logo, slot } = props;
  return team && (logo || tenant) ? (
    <span {...slot('avatar')} aria-hidden="true">
      {logo ? <img src={logo} alt="" /> : initialsOf(tenant ?? '')}
    </span>
  ) : (
    <span {...slot('icon')} aria-hidden="true" />
  );
}
