/*
 * Better Auth's organization plugin, as its client answers: typed by shape, so nothing here
 * imports better-auth.
 */

/**
 * An invitation as Better Auth returns it, with any `additionalFields` the host configured.
 *
 * @example
 * ```ts
 * const invitation: BetterAuthInvitation = { id: 'inv_1', email: 'a@b.co', status: 'pending', … };
 * ```
 */
export interface BetterAuthInvitation {
  id: string;
  organizationId: string;
  email: string;
  role: string;
  status: string;
  expiresAt: string | Date;
  createdAt?: string | Date;
  inviterId: string;
  firstName?: string | null;
  lastName?: string | null;
  locale?: string | null;
  organizationName?: string;
  inviterEmail?: string;
}

/**
 * What every Better Auth client call resolves to.
 *
 * @example
 * ```ts
 * const { data, error }: BetterAuthResult<BetterAuthInvitation> = await client.organization.inviteMember(args);
 * ```
 */
export interface BetterAuthResult<T> {
  data: T | null;
  error: { status?: number; code?: string; message?: string } | null;
}
