/**
 * Stopping without dropping requests. Strapi's own SIGTERM/SIGINT handler
 * (@strapi/core, utils/signals) calls strapi.destroy(), which destroys every
 * open socket at once: a comment being saved would lose its answer. This runs
 * before it: stop listening, let the requests in progress finish and be
 * answered, close the connections, wait for the work those requests started
 * after their response (runAfterResponse), then hand over to Strapi's handler (which
 * destroys what is left, closes the database and exits). Written here
 * because the packages for this (http-terminator, stoppable) close idle
 * keep-alive connections at once, which resets a request already on its way
 * over one; here an idle connection gets a short grace first.
 */
import { Server as NetServer, type Socket } from 'node:net';
import type { Server, ServerResponse } from 'node:http';
import type { Core } from '@strapi/strapi';
import { workAfterResponses } from './after-response';

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;
/** How long a connection with no request in progress stays open once stopping: a request may be on its way. */
const IDLE_GRACE_MS = 1000;
const POLL_MS = 50;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Open connections: the responses in progress on each, and since when it has had none. */
type Connections = Map<Socket, { responses: Set<ServerResponse>; idleSince: number }>;

/** Follows the server's connections and their responses; once `stopping`, every answer closes its connection. */
function trackConnections(server: Server) {
  const connections: Connections = new Map();
  const tracker = { connections, stopping: false };
  server.on('connection', (socket: Socket) => {
    connections.set(socket, { responses: new Set(), idleSince: Date.now() });
    socket.once('close', () => connections.delete(socket));
  });

  server.on('request', (request, response: ServerResponse) => {
    const connection = connections.get(request.socket);
    if (!connection) return;
    connection.responses.add(response);
    // Once stopping, every answer closes its connection.
    if (tracker.stopping) response.setHeader('Connection', 'close');
    response.once('close', () => {
      connection.responses.delete(response);
      connection.idleSince = Date.now();
    });
  });
  return tracker;
}

/** Waits for the connections to close, closing each once idle for IDLE_GRACE_MS, until the deadline. */
async function closeConnections(connections: Connections, started: number, deadline: number) {
  for (const { responses } of connections.values()) {
    for (const response of responses) {
      if (!response.headersSent) response.setHeader('Connection', 'close');
    }
  }
  while (connections.size > 0 && Date.now() < deadline) {
    const now = Date.now();
    for (const [socket, { responses, idleSince }] of connections) {
      if (responses.size === 0 && now - Math.max(idleSince, started) >= IDLE_GRACE_MS) socket.destroy();
    }
    await sleep(POLL_MS);
  }
}

async function drain(strapi: Core.Strapi, server: Server, tracker: ReturnType<typeof trackConnections>, timeoutMs: number) {
  const { connections } = tracker;
  tracker.stopping = true;
  const started = Date.now();
  const deadline = started + timeoutMs;
  const pending = [...connections.values()].reduce((sum, { responses }) => sum + responses.size, 0);
  strapi.log.info(`Stopping: finishing ${pending} request(s) in progress, for ${timeoutMs / 1000} s at most`);

  // Let the connections the system already accepted in, then stop listening. http.Server's
  // close() would also destroy idle connections at once; net.Server's only stops listening.
  await new Promise((resolve) => setImmediate(resolve));
  if (server.listening) NetServer.prototype.close.call(server);

  await closeConnections(connections, started, deadline);
  if (connections.size > 0) {
    strapi.log.warn(`Stopping: ${connections.size} connection(s) still open after ${timeoutMs / 1000} s, closing them`);
  }
  // The moderators' email for a comment just answered, for one.
  const finished = await Promise.race([workAfterResponses().then(() => true), sleep(deadline - Date.now()).then(() => false)]);
  if (!finished) strapi.log.warn('Stopping: work after a response was still running, stopping anyway');
}

export function shutDownGracefully(strapi: Core.Strapi, timeoutMs: number) {
  const server: Server = strapi.server.httpServer;
  const tracker = trackConnections(server);

  let drained: Promise<void> | undefined;
  for (const signal of SIGNALS) {
    // Strapi's handler (and any other) runs once the requests are done.
    const handlers = process.listeners(signal);
    process.removeAllListeners(signal);
    process.on(signal, () => {
      drained ??= drain(strapi, server, tracker, timeoutMs).catch((error: unknown) => {
        strapi.log.error(`Stopping: ${String(error)}`);
      });
      void drained.then(() => {
        for (const handler of handlers) handler(signal);
      });
    });
  }
}
