import type { RoqPlatform, RoqUserInvitesArgs } from '../../src/client/adapters/roq';
import { isInviteClientError } from '../../src/client/errors';
import type { MemoryInviteClient } from '../../src/client/memory/createMemoryInviteClient';
import type { UserInviteOrderField } from '../../src/client/types';

/**
 * A ROQ platform in the shape the seed documents show, served by the memory backend, so the
 * ROQ adapter can run the whole contract suite. Errors come back the way a GraphQL client
 * throws them (an Error with an upper-case code), responses wrapped in their operation's name
 * unless `wrapped` is false. Errors come as GraphQL errors: details in `extensions`. Lists filter
 * by `updatedAt: { moreThan }`, as the platform's date filters do.
 */
export function createFakeRoqPlatform(
  memory: MemoryInviteClient,
  options: { style: 'browser' | 'server'; wrapped?: boolean },
): RoqPlatform {
  const wrap = <T>(key: string, value: T) => (options.wrapped === false ? value : { [key]: value });
  const roqError = (error: unknown) => {
    if (!isInviteClientError(error)) return error;
    return Object.assign(new Error(error.message), {
      extensions: {
        code: error.code.toUpperCase(),
        ...(error.retryAfterMs !== undefined
          ? { retryAfter: Math.ceil(error.retryAfterMs / 1000) }
          : {}),
      },
    });
  };
  const run = async <T>(key: string, action: () => Promise<T>) => {
    try {
      return wrap(key, await action());
    } catch (error) {
      throw roqError(error);
    }
  };
  const idOf = (args: { userInviteId: string } | string) => {
    if (options.style === 'server' && typeof args !== 'string')
      throw new Error('the server client takes a bare id');
    if (options.style === 'browser' && typeof args === 'string')
      throw new Error('the browser client takes { userInviteId }');
    return typeof args === 'string' ? args : args.userInviteId;
  };
  return {
    sendUserInvites: ({ userInvites }) =>
      run('sendUserInvites', () =>
        memory.sendUserInvites({
          tenantId: userInvites.tenantId,
          userInvites: userInvites.userInvites.map(({ roles, ...input }) => ({
            ...input,
            ...(roles ? { roleKeys: roles } : {}),
          })),
        }),
      ) as never,
    resendUserInvite: (args) =>
      run('resendUserInvite', () => memory.resendUserInvite(idOf(args))) as never,
    cancelUserInvite: (args) =>
      run('cancelUserInvite', () => memory.cancelUserInvite(idOf(args))) as never,
    acceptUserInvite: ({ acceptUserInvite }) =>
      run('acceptUserInvite', () =>
        memory.acceptUserInvite({ token: acceptUserInvite.token }),
      ) as never,
    updateUserInvite: ({ id, userInvite }) =>
      run('updateUserInvite', () => memory.updateUserInvite(id, userInvite)) as never,
    userInvite: ({ id }) => run('userInvite', () => memory.userInvite(id)) as never,
    userInvites: (args: RoqUserInvitesArgs) =>
      run('userInvites', () => {
        const { filter = {} } = args;
        const { moreThan, ...otherBounds } = filter.updatedAt ?? {};
        if (Object.keys(otherBounds).length > 0)
          throw new Error(
            `this fake filters updatedAt by moreThan only, not ${Object.keys(otherBounds)}`,
          );
        const status =
          filter.status &&
          ('valueIn' in filter.status ? filter.status.valueIn : filter.status.equalTo);
        return memory.userInvites({
          tenantId: filter.tenantId?.equalTo ?? memory.tenantId,
          ...(args.limit !== undefined ? { limit: args.limit } : {}),
          ...(args.offset !== undefined ? { offset: args.offset } : {}),
          ...(args.search ? { search: args.search.value } : {}),
          ...(args.order
            ? {
                order: {
                  field: args.order.sort as UserInviteOrderField,
                  direction: args.order.order === 'ASC' ? 'asc' : 'desc',
                },
              }
            : {}),
          filter: {
            ...(filter.email ? { email: filter.email.equalTo } : {}),
            ...(status !== undefined ? { status } : {}),
            ...(filter.id ? { id: filter.id.valueIn } : {}),
            ...(moreThan !== undefined ? { updatedAfter: moreThan } : {}),
          },
        });
      }) as never,
  };
}
