import { mutationOptions } from '@tanstack/react-query';
import { readSendUserInvitesResult } from '../client/boundary';
import { maxBatchSizeOf } from '../client/defaults';
import { toInviteClientError, type InviteClientError } from '../client/errors';
import type { InviteClient, SendUserInvitesResult, UserInviteInput } from '../client/types';
import { callClient } from './callClient';
import { addNewInvitesToCache } from './inviteCache';
import { inviteKeys } from './inviteKeys';
import { prepareInvites, type InviteDefaults, type InviteInput } from './prepareInvites';

/**
 * How far a send has come: `sent` of `total` addresses have been through the backend.
 *
 * @example
 * ```ts
 * const label = `Sending ${progress.sent} of ${progress.total}`;
 * ```
 */
export interface SendProgress {
  sent: number;
  total: number;
}

/**
 * Options of {@link sendInvitesMutationOptions}: the defaults filled into every invite, and a
 * progress callback.
 *
 * @example
 * ```ts
 * const options: SendInvitesOptions = { createdByUserId: 'u1', locale: 'en-US' };
 * ```
 */
export interface SendInvitesOptions extends InviteDefaults {
  /** Called before the first batch and after each one. */
  onProgress?: (progress: SendProgress) => void;
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/**
 * Mutation options for sending invites. The mutation takes addresses or `UserInviteInput`s,
 * trims, validates and de-duplicates them (invalid ones never reach the client and come back as
 * `invalid_email` errors), fills in the sender and locale, sends them in batches of the client's
 * `maxBatchSize`, and resolves to the merged `{ success, errors }`.
 *
 * When a batch fails as a whole (network, rate limit), the next batches are not sent: their
 * addresses come back as errors with that code, so nothing is lost. When nothing could be sent
 * at all, the mutation rejects with that error instead. New invites show at once at the top of
 * every cached newest-first list they belong in, and lists revalidate.
 *
 * @example
 * ```ts
 * const send = useMutation(sendInvitesMutationOptions(client, 'acme', { locale: 'en-US' }));
 * const { success, errors } = await send.mutateAsync(['ada@example.com', 'grace@example.com']);
 * ```
 */
export function sendInvitesMutationOptions(
  client: InviteClient,
  tenantId: string,
  options: SendInvitesOptions = {},
) {
  return mutationOptions<SendUserInvitesResult, InviteClientError, InviteInput[]>({
    mutationKey: inviteKeys.mutation(tenantId, 'send'),
    mutationFn: async (inputs: InviteInput[]): Promise<SendUserInvitesResult> => {
      const { invites, errors } = prepareInvites(inputs, options);
      const result: SendUserInvitesResult = { success: [], errors: [...errors] };
      const batches = chunk(invites, maxBatchSizeOf(client));
      const total = invites.length;
      let sent = 0;
      let stopped: unknown = null;
      options.onProgress?.({ sent, total });
      const unsent: UserInviteInput[] = [];
      for (const batch of batches) {
        if (stopped) {
          unsent.push(...batch);
          continue;
        }
        try {
          const answer = await callClient(
            () => client.sendUserInvites({ tenantId, userInvites: batch }),
            (value) => readSendUserInvitesResult(value, batch),
          );
          result.success.push(...answer.success);
          result.errors.push(...answer.errors);
        } catch (error) {
          stopped = error;
          unsent.push(...batch);
        }
        sent += batch.length;
        options.onProgress?.({ sent, total });
      }
      if (stopped) {
        if (result.success.length === 0 && result.errors.length === errors.length) throw stopped;
        const failure = toInviteClientError(stopped);
        for (const invite of unsent) {
          result.errors.push({
            email: invite.email,
            code: failure.code,
            message: failure.message,
            ...(failure.retryAfterMs !== undefined ? { retryAfterMs: failure.retryAfterMs } : {}),
          });
        }
      }
      return result;
    },
    onSuccess: (result, _inputs, _context, { client: queryClient }) => {
      addNewInvitesToCache(queryClient, tenantId, result.success);
      void queryClient.invalidateQueries({ queryKey: inviteKeys.lists(tenantId) });
    },
  });
}
