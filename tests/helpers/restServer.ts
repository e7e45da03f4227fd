import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isInviteClientError } from '../../src/client/errors';
import type { MemoryInviteClient } from '../../src/client/memory/createMemoryInviteClient';

/** A plain REST API over the memory backend, on 127.0.0.1, for the README's adapter. */
export async function startRestServer(
  memory: MemoryInviteClient,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let raw = '';
    for await (const chunk of request) raw += chunk;
    const body = raw ? JSON.parse(raw) : undefined;
    const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(JSON.stringify(json));
    };
    try {
      const path = url.pathname.split('/').filter(Boolean);
      const [, id, action] = path;
      let result: unknown;
      if (request.method === 'POST' && path.length === 1)
        result = await memory.sendUserInvites(body);
      else if (request.method === 'POST' && id === 'accept')
        result = await memory.acceptUserInvite(body);
      else if (request.method === 'POST' && id === 'decline')
        result = await memory.declineUserInvite(body);
      else if (request.method === 'POST' && action === 'resend')
        result = await memory.resendUserInvite(id!);
      else if (request.method === 'POST' && action === 'cancel')
        result = await memory.cancelUserInvite(id!);
      else if (request.method === 'PATCH' && id) result = await memory.updateUserInvite(id, body);
      else if (request.method === 'GET' && id) result = await memory.userInvite(id);
      else if (request.method === 'GET')
        result = await memory.userInvites(JSON.parse(url.searchParams.get('q') ?? '{}'));
      else return send(404, { code: 'not_found', message: 'No such route.' });
      send(200, result);
    } catch (error) {
      if (!isInviteClientError(error))
        return send(500, { code: 'unknown', message: String(error) });
      const status =
        { not_found: 404, conflict: 409, rate_limited: 429, forbidden: 403 }[
          error.code as string
        ] ?? 400;
      send(
        status,
        {
          code: error.code,
          message: error.message,
          ...(error.status ? { status: error.status } : {}),
        },
        error.retryAfterMs ? { 'retry-after': String(Math.ceil(error.retryAfterMs / 1000)) } : {},
      );
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
