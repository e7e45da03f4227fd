import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isInviteClientError } from '../../src/client/errors';
import {
  createMemoryInviteClient,
  type MemoryInviteClient,
} from '../../src/client/memory/createMemoryInviteClient';
import type { InviteChangeEvent, UserInvitesQuery } from '../../src/client/types';

/** One request the REST server received: its method and path, and a listing's query. */
export interface RestRequest {
  method: string;
  path: string;
  /** The `q` of `GET /invites?q=…`, parsed. */
  query?: unknown;
}

/** A running REST server: its address, what it was asked, and how to stop it. */
export interface RestServer {
  url: string;
  /** Every request so far, oldest first. */
  requests(): RestRequest[];
  /** How many event streams are open now. */
  openStreams(): number;
  /** Ends open event streams and stops the server. */
  close(): Promise<void>;
}

// Any page may call it (the browser tests run on another origin); a preflight gets these.
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PATCH, OPTIONS',
  'access-control-allow-headers': 'content-type',
};

/** `GET /invites/events?tenantId=…`: every change of the tenant, as Server-Sent Events. */
function streamChanges(
  memory: MemoryInviteClient,
  tenantId: string,
  request: IncomingMessage,
  response: ServerResponse,
): () => void {
  response.writeHead(200, {
    ...CORS,
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
  // A comment line: the client's EventSource opens now rather than at the first change.
  response.write(': connected\n\n');
  const unsubscribe = memory.subscribe(tenantId, (event: InviteChangeEvent) => {
    response.write(`data: ${JSON.stringify(event)}\n\n`);
  });
  const end = () => {
    unsubscribe();
    if (!response.writableEnded) response.end();
  };
  // The client went away (closed its EventSource, left the page): nothing is sent any more.
  request.on('close', end);
  return end;
}

/**
 * A plain REST API over the memory backend, on 127.0.0.1, for the README's adapter: the
 * listing takes the whole query as JSON (`updatedAfter` included), and
 * `GET /invites/events?tenantId=…` pushes every change of a tenant as Server-Sent Events.
 */
export async function startRestServer(memory: MemoryInviteClient): Promise<RestServer> {
  const log: RestRequest[] = [];
  const streams = new Set<() => void>();
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let query: unknown;
    try {
      query = JSON.parse(url.searchParams.get('q') ?? 'null') ?? undefined;
    } catch {
      query = 'not JSON';
    }
    log.push({
      method: request.method ?? 'GET',
      path: url.pathname,
      ...(query === undefined ? {} : { query }),
    });
    const path = url.pathname.split('/').filter(Boolean);
    const [, id, action] = path;
    // Subscribed at once, in the tick that logged the request: a test that saw the request
    // logged knows every later change reaches this stream.
    if (request.method === 'GET' && id === 'events' && path.length === 2) {
      const end = streamChanges(memory, url.searchParams.get('tenantId') ?? '', request, response);
      streams.add(end);
      request.on('close', () => streams.delete(end));
      return;
    }
    let raw = '';
    for await (const chunk of request) raw += chunk;
    const body = raw ? JSON.parse(raw) : undefined;
    const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json', ...CORS, ...headers });
      response.end(JSON.stringify(json));
    };
    try {
      let result: unknown;
      if (request.method === 'OPTIONS') {
        response.writeHead(204, CORS);
        return response.end();
      }
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
        result = await memory.userInvites((query ?? {}) as UserInvitesQuery);
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
    requests: () => structuredClone(log),
    openStreams: () => streams.size,
    close: () => {
      for (const end of streams) end();
      streams.clear();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/*
 * The `restServer` browser command (vite.config.ts gives it to the browser project) runs here,
 * in Node, so a test in Chromium can start a REST server over a memory backend, change invites
 * behind the page's back, and read what the server was asked.
 */
const running = new Map<string, { server: RestServer; memory: MemoryInviteClient }>();
let serverCount = 0;

function runningServer(id: string) {
  const found = running.get(id);
  if (!found) throw new Error(`No REST server ${id} is running.`);
  return found;
}

/**
 * What the `restServer` command does, by the action named first.
 *
 * - `['start', { tenantId, emails }]`: a server over a fresh memory backend holding a pending
 *   invite per address; resolves to its `{ id, url }`.
 * - `['accept', id, email]`: the invitee of `email` accepts, through the memory backend (not
 *   over HTTP); resolves to the new status.
 * - `['requests', id]`: every request the server received so far.
 * - `['openStreams', id]`: how many event streams it holds open now.
 * - `['stop', id]`: closes it.
 */
export async function runRestServerCommand(args: unknown[]): Promise<unknown> {
  const [action, first, second] = args as [string, unknown, unknown];
  if (action === 'start') {
    const { tenantId, emails } = first as { tenantId: string; emails: string[] };
    const memory = createMemoryInviteClient({ tenantId });
    const sent = await memory.sendUserInvites({
      tenantId,
      userInvites: emails.map((email) => ({ email })),
    });
    if (sent.errors.length > 0) throw new Error(`Could not invite: ${JSON.stringify(sent.errors)}`);
    const server = await startRestServer(memory);
    const id = `rest-${(serverCount += 1)}`;
    running.set(id, { server, memory });
    return { id, url: server.url };
  }
  const id = String(first);
  if (action === 'stop') {
    const found = running.get(id);
    running.delete(id);
    return found?.server.close();
  }
  const { server, memory } = runningServer(id);
  if (action === 'requests') return server.requests();
  if (action === 'openStreams') return server.openStreams();
  if (action !== 'accept') throw new Error(`Unknown restServer action ${action}.`);
  const { data } = await memory.userInvites({
    tenantId: memory.tenantId,
    filter: { email: String(second) },
  });
  const sent = memory.sentEmails().findLast((entry) => entry.inviteId === data[0]?.id);
  if (!sent) throw new Error(`No invite was sent to ${String(second)}.`);
  return (await memory.acceptUserInvite({ token: sent.token })).status;
}
