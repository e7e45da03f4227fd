'use client';

import { useQuery } from '@tanstack/react-query';
import { useInviteClient } from '../client/InviteClientProvider';
import type { InvitePreview } from '../client/types';
import { invitePreviewQueryOptions } from '../query/invitePreviewQueryOptions';
import type { QueryOverrides } from './types';

/**
 * For the invitee: what their token is for (the invite, the team, who sent it), when the
 * client can tell; `data` is `null` when it cannot.
 *
 * @example
 * ```tsx
 * const preview = useInvitePreview(token);
 * return <p>{preview.data?.inviterName} invited you to {preview.data?.tenantName}</p>;
 * ```
 */
export function useInvitePreview(
  token: string,
  options: { query?: QueryOverrides<InvitePreview | null, readonly unknown[]> } = {},
) {
  const { client } = useInviteClient();
  return useQuery({ ...invitePreviewQueryOptions(client, token), ...options.query });
}
