'use client';

import { useState } from 'react';
import type { SendUserInvitesResult } from '../client/types';
import type { InviteInput } from '../query/prepareInvites';
import { sendInvitesMutationOptions, type SendProgress } from '../query/sendInvitesMutationOptions';
import { useInviteContext, type InviteScope } from '../react/useInviteContext';
import { useActionMutation, useLifetimeClient } from './useActionMutation';
import { mergeMutationOptions } from './mergeOptions';
import type { MutationOverrides } from './types';

/**
 * Options of {@link useSendInvites}.
 *
 * @example
 * ```ts
 * const options: UseSendInvitesOptions = { mutation: { onSuccess: ({ success }) => close() } };
 * ```
 */
export interface UseSendInvitesOptions extends InviteScope {
  mutation?: MutationOverrides<SendUserInvitesResult, InviteInput[]>;
}

/**
 * What {@link useSendInvites} adds to TanStack's mutation result.
 *
 * @example
 * ```ts
 * const { progress }: SendInvitesExtras = useSendInvites();
 * ```
 */
export interface SendInvitesExtras {
  /** How far the latest send has come, for "Sending 120 of 500"; `null` before any send. */
  progress: SendProgress | null;
}

/**
 * Sends invites to the provider's tenant: `useMutation(sendInvitesMutationOptions(…))` with the
 * provider's user as sender and its locale as email language, plus `progress`.
 * `mutateAsync(invites)` takes addresses or `UserInviteInput`s and resolves to
 * `{ success, errors }`: invalid addresses never reach the client (they come back as
 * `invalid_email`), duplicates are merged, large sends go in batches, and new invites show in
 * cached lists at once.
 *
 * @example
 * ```tsx
 * const send = useSendInvites();
 * const { success, errors } = await send.mutateAsync(['ada@example.com', 'grace@example.com']);
 * if (send.progress) console.log(`${send.progress.sent} of ${send.progress.total}`);
 * ```
 */
export function useSendInvites(options: UseSendInvitesOptions = {}) {
  const { tenantId, currentUserId, locale, ...context } = useInviteContext(options);
  const client = useLifetimeClient(context.client);
  const [progress, setProgress] = useState<SendProgress | null>(null);
  const mutation = useActionMutation(
    mergeMutationOptions(
      sendInvitesMutationOptions(client, tenantId, {
        ...(currentUserId ? { createdByUserId: currentUserId } : {}),
        locale,
        onProgress: setProgress,
      }),
      options.mutation,
    ),
    options.queryClient,
  );
  const extras: SendInvitesExtras = { progress };
  return { ...mutation, ...extras };
}
