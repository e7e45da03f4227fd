import type { InviteClient, RequestOptions } from './types';

// Where each request method of the contract takes its `RequestOptions`. A Map: a property name
// such as `constructor` must never find anything here.
const OPTIONS_INDEX = new Map<string, number>([
  ['sendUserInvites', 1],
  ['resendUserInvite', 1],
  ['cancelUserInvite', 1],
  ['updateUserInvite', 2],
  ['acceptUserInvite', 1],
  ['declineUserInvite', 1],
  ['userInvites', 1],
  ['userInvite', 1],
  ['listRoles', 1],
  ['getInviteLink', 1],
  ['userInviteByToken', 1],
]);

/**
 * Runs one request of the wrapped client with the options it should get.
 *
 * @example
 * ```ts
 * const wrap: RequestWrapper = (run, options) => run({ ...options, signal: mySignal });
 * ```
 */
export type RequestWrapper = (
  run: (options: RequestOptions) => Promise<unknown>,
  options: RequestOptions,
) => Promise<unknown>;

/**
 * `client` with every request method (the contract's calls that take `RequestOptions`) passed
 * through `wrap`; everything else (`maxBatchSize`, `subscribe`, a memory client's outbox, …)
 * is the client's own.
 *
 * @example
 * ```ts
 * const logged = wrapRequests(client, async (run, options) => {
 *   console.time('call');
 *   try { return await run(options); } finally { console.timeEnd('call'); }
 * });
 * ```
 */
export function wrapRequests<C extends InviteClient>(client: C, wrap: RequestWrapper): C {
  return new Proxy(client, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      const index = typeof property === 'string' ? OPTIONS_INDEX.get(property) : undefined;
      if (index === undefined || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const options = (args[index] ?? {}) as RequestOptions;
        return wrap((next) => {
          const call = [...args];
          call[index] = next;
          return (value as (...a: unknown[]) => Promise<unknown>).apply(target, call);
        }, options);
      };
    },
  });
}
