import { queryOptions } from '@tanstack/react-query';
import { InviteClientError } from '../client/errors';
import type { InviteClient, InvitePreview } from '../client/types';
import { callClient } from './callClient';

/**
 * Query options for what an invitee's token is for. Resolves to `null` when the client
 * cannot tell (it has no `userInviteByToken`); rejects with `invalid_token` for an unknown token.
 *
 * @example
 * ```ts
 * const preview = await queryClient.fetchQuery(invitePreviewQueryOptions(client, token));
 * ```
 */
export function invitePreviewQueryOptions(client: InviteClient, token: string) {
  return queryOptions<
    InvitePreview | null,
    InviteClientError,
    InvitePreview | null,
    readonly unknown[]
  >({
    queryKey: ['invite-widgets', 'preview', token],
    queryFn: ({ signal }) =>
      callClient(async () => {
        if (!client.userInviteByToken) return null;
        if (token.trim() === '')
          throw new InviteClientError('invalid_token', 'The invite link has no token.');
        return client.userInviteByToken({ token }, { signal });
      }),
    retry: (failures, error) => error.code === 'network' && failures < 2,
  });
}
