'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useInviteClient } from '../client/InviteClientProvider';
import type { SendUserInvitesResult } from '../client/types';
import { addNewInvitesToCache } from '../query/inviteCache';
import { inviteKeys } from '../query/inviteKeys';
import type { InviteInput } from '../query/prepareInvites';
import { sendInvitesMutationOptions, type SendProgress } from '../query/sendInvitesMutationOptions';
import type { MutationOverrides } from './types';

/**
 * Options of {@link useSendInvites}.
 *
 * @example
 * ```ts
 * const options: UseSendInvitesOptions = { mutation: { onSuccess: ({ success }) => close() } };
 * ```
 */
export interface UseSendInvitesOptions {
  mutation?: MutationOverrides<SendUserInvitesResult, InviteInput[]>;
}

/**
 * Sends invites to the provider's tenant. `mutateAsync(invites)` takes addresses or
 * `UserInviteInput`s and resolves to `{ success, errors }`: invalid addresses never reach the
 * client (they come back as `invalid_email`), duplicates are merged, the sender and locale are
 * filled in from the provider, large sends go in batches, and new invites show in cached lists
 * at once. `progress` counts addresses through the backend, for "Sending 120 of 500".
 *
 * @example
 * ```tsx
 * const send = useSendInvites();
 * const { success, errors } = await send.mutateAsync(['ada@example.com', 'grace@example.com']);
 * if (send.progress) console.log(`${send.progress.sent} of ${send.progress.total}`);
 * ```
 */
export function useSendInvites(options: UseSendInvitesOptions = {}) {
  const { client, tenantId, currentUserId, locale } = useInviteClient();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<SendProgress | null>(null);
  const { mutation: overrides } = options;
  const mutation = useMutation({
    ...sendInvitesMutationOptions(client, {
      tenantId,
      createdByUserId: currentUserId,
      locale,
      onProgress: setProgress,
    }),
    ...overrides,
    onSuccess: (result, ...rest) => {
      addNewInvitesToCache(queryClient, tenantId, result.success);
      void queryClient.invalidateQueries({ queryKey: inviteKeys.lists(tenantId) });
      return overrides?.onSuccess?.(result, ...rest);
    },
  });
  return { ...mutation, progress };
}
