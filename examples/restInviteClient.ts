// A complete adapter for a plain REST API, as shown in the README ("Connect your backend").
// The contract suite runs on it in tests/unit/adapters/rest.contract.test.ts; its push channel
// runs in Chromium in tests/browser/restPush.browser.test.tsx.
import {
  InviteClientError,
  toInviteClientError,
  type InviteChangeEvent,
  type InviteClient,
} from 'invite-widgets';

export function createRestInviteClient(
  baseUrl: string,
  fetchImpl: typeof fetch = fetch,
): InviteClient {
  async function request<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
    const { json, ...rest } = init;
    const response = await fetchImpl(`${baseUrl}${path}`, {
      ...rest,
      headers: { 'content-type': 'application/json', ...rest.headers },
      ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
    }).catch((error: unknown) => {
      throw error instanceof DOMException ? error : toInviteClientError(error); // aborts stay aborts
    });
    const body = response.status === 204 ? null : await response.json();
    if (!response.ok) {
      const retryAfter = Number(response.headers.get('retry-after'));
      throw new InviteClientError(body?.code ?? 'unknown', body?.message ?? response.statusText, {
        ...(retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {}),
        ...(body?.status ? { status: body.status } : {}),
      });
    }
    return body as T;
  }
  const post = <T>(path: string, json: unknown, signal?: AbortSignal) =>
    request<T>(path, { method: 'POST', json, ...(signal ? { signal } : {}) });

  // Changes pushed over Server-Sent Events: one `data: {InviteChangeEvent}` message per change.
  // Where there is no EventSource (Node before 22, some test environments) there is no
  // `subscribe`, and the UI polls instead.
  const subscribe =
    typeof EventSource === 'function'
      ? (tenantId: string, listener: (event: InviteChangeEvent) => void) => {
          const query = `tenantId=${encodeURIComponent(tenantId)}`;
          const source = new EventSource(`${baseUrl}/invites/events?${query}`);
          source.onmessage = ({ data }: MessageEvent<string>) => {
            let event: InviteChangeEvent;
            try {
              event = JSON.parse(data) as InviteChangeEvent;
            } catch {
              return; // not an event: a proxy's keep-alive, say
            }
            listener(event);
          };
          return () => source.close();
        }
      : undefined;

  return {
    // The server lists by `updatedAt` (GET /invites?q={"filter":{"updatedAfter":…}}), so status
    // polls ask only for what changed.
    supportsUpdatedAfter: true,
    ...(subscribe ? { subscribe } : {}),
    sendUserInvites: (params, options) => post('/invites', params, options?.signal),
    resendUserInvite: (id, options) => post(`/invites/${id}/resend`, {}, options?.signal),
    cancelUserInvite: (id, options) => post(`/invites/${id}/cancel`, {}, options?.signal),
    updateUserInvite: (id, patch, options) =>
      request(`/invites/${id}`, {
        method: 'PATCH',
        json: patch,
        ...(options?.signal ? { signal: options.signal } : {}),
      }),
    acceptUserInvite: (params, options) => post('/invites/accept', params, options?.signal),
    declineUserInvite: (params, options) => post('/invites/decline', params, options?.signal),
    userInvites: (query, options) =>
      request(
        `/invites?q=${encodeURIComponent(JSON.stringify(query))}`,
        options?.signal ? { signal: options.signal } : {},
      ),
    userInvite: (id, options) =>
      request(`/invites/${id}`, options?.signal ? { signal: options.signal } : {}),
  };
}
