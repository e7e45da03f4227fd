import { isAbortError, toInviteClientError } from '../client/errors';

/**
 * Runs a client call and reads its answer through `read` (one of the data boundary's readers),
 * so whatever the call returns reaches the UI in a shape it can trust, and whatever it throws
 * reaches the UI as an `InviteClientError` (a `TypeError` from `fetch` becomes `network`).
 * Aborts pass through untouched: an abort is not a failure to show.
 */
export async function callClient<T, R = T>(
  call: () => Promise<T>,
  read: (value: T) => R = (value) => value as unknown as R,
): Promise<R> {
  let value: T;
  try {
    value = await call();
  } catch (error) {
    throw isAbortError(error) ? error : toInviteClientError(error);
  }
  return read(value);
}
