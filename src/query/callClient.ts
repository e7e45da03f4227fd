import { isAbortError, toInviteClientError } from '../client/errors';

/**
 * Runs a client call so that whatever it throws reaches the UI as an `InviteClientError`
 * (a `TypeError` from `fetch` becomes `network`); aborts pass through untouched.
 */
export async function callClient<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw isAbortError(error) ? error : toInviteClientError(error);
  }
}
