import { mutationOptions } from '@tanstack/react-query';
import { InviteClientError } from '../client/errors';
import type { InviteClient } from '../client/types';
import { inviteKeys } from './inviteKeys';
import { inviteLinkMutationOptions } from './inviteLinkMutationOptions';

/**
 * Where {@link copyInviteLinkMutationOptions} puts the link: the clipboard in a browser, or
 * anything else (a test, a native shell).
 *
 * @example
 * ```ts
 * const options: CopyInviteLinkOptions = { writeText: (text) => navigator.clipboard.writeText(text) };
 * ```
 */
export interface CopyInviteLinkOptions {
  writeText: (text: string) => Promise<void>;
}

/**
 * Mutation options for "Copy invite link", `mutate(id)`: asks the client for the link an
 * invitee opens, then writes it with `writeText`; resolves to the link. Fails with `forbidden`
 * when the client gives no links, and with the clipboard's own error when writing is refused.
 *
 * @example
 * ```ts
 * const copy = useMutation(
 *   copyInviteLinkMutationOptions(client, 'acme', {
 *     writeText: (text) => navigator.clipboard.writeText(text),
 *   }),
 * );
 * copy.mutate(invite.id);
 * ```
 */
export function copyInviteLinkMutationOptions(
  client: InviteClient,
  tenantId: string,
  { writeText }: CopyInviteLinkOptions,
) {
  const link = inviteLinkMutationOptions(client, tenantId);
  return mutationOptions<string, InviteClientError, string>({
    mutationKey: inviteKeys.mutation(tenantId, 'link'),
    mutationFn: async (id, context) => {
      const url = await link.mutationFn!(id, context);
      try {
        await writeText(url);
      } catch (error) {
        // A refused or missing clipboard is no server failure: never report it as one.
        throw new InviteClientError('forbidden', 'The clipboard did not take the link.', {
          cause: error,
        });
      }
      return url;
    },
  });
}
