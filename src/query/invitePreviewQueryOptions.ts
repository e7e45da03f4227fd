import { queryOptions } from '@tanstack/react-query';
import { readInvitePreview } from '../client/boundary';
import { InviteClientError } from '../client/errors';
import { isRequestTimeout } from '../client/withRequestTimeout';
import type { InviteClient, InvitePreview } from '../client/types';
import { callClient } from './callClient';
import { inviteKeys } from './inviteKeys';

/**
 * Query options for what an invitee's token is for. Resolves to `null` when the client
 * cannot tell (it has no `userInviteByToken`); rejects with `invalid_token` for an unknown token.
 * The invitee's page may not know the tenant: pass `''` then.
 *
 * @example
 * ```ts
 * const preview = await queryClient.fetchQuery(invitePreviewQueryOptions(client, '', token));
 * ```
 */
export function invitePreviewQueryOptions(client: InviteClient, tenantId: string, token: string) {
  return queryOptions<
    InvitePreview | null,
    InviteClientError,
    InvitePreview | null,
    ReturnType<typeof inviteKeys.preview>
  >({
    queryKey: inviteKeys.preview(tenantId, token),
    queryFn: ({ signal }) =>
      callClient(async () => {
        if (!client.userInviteByToken) return null;
        if (token.trim() === '')
          throw new InviteClientError('invalid_token', 'The invite link has no token.');
        return readInvitePreview(await client.userInviteByToken({ token }, { signal }));
      }),
    // A network failure may pass; a call that already waited out its timeout is shown at once.
    retry: (failures, error) =>
      error.code === 'network' && !isRequestTimeout(error) && failures < 2,
  });
}
