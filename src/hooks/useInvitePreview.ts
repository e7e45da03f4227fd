'use client';

import { useQuery } from '@tanstack/react-query';
import type { InvitePreview } from '../client/types';
import type { inviteKeys } from '../query/inviteKeys';
import { invitePreviewQueryOptions } from '../query/invitePreviewQueryOptions';
import { useInviteContext, type InviteScope } from '../react/useInviteContext';
import { mergeQueryOptions } from './mergeOptions';
import type { QueryOverrides } from './types';

/**
 * Options of {@link useInvitePreview}.
 *
 * @example
 * ```ts
 * const options: UseInvitePreviewOptions = { query: { staleTime: 60_000 } };
 * ```
 */
export interface UseInvitePreviewOptions extends InviteScope {
  query?: QueryOverrides<InvitePreview | null, ReturnType<typeof inviteKeys.preview>>;
}

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
export function useInvitePreview(token: string, options: UseInvitePreviewOptions = {}) {
  const { client, tenantId } = useInviteContext(options);
  return useQuery(
    mergeQueryOptions(invitePreviewQueryOptions(client, tenantId, token), options.query),
    options.queryClient,
  );
}
