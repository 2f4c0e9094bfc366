import type { Server, ServerOptions } from 'node:http';
import type { Socket } from 'node:net';

/** How long connections may take and how many may be open (config `HEADERS_TIMEOUT_MS`, … `MAX_CONNECTIONS`). */
export interface ConnectionLimits {
  /** A connection must have sent a complete request head this long after it opened (or after its request began). */
  headersTimeoutMs: number;
  /** The whole request, body included, must have arrived this long after it began; else 408 and close. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed this long after its last response. */
  keepAliveTimeoutMs: number;
  /** Connections beyond this many open at once are closed as soon as they are accepted. */
  maxConnections: number;
}

/**
 * Options of `http.createServer` enforcing the limits Node enforces itself: the headers and request timeouts of a
 * request that has begun (408 and close), checked every second (Node's default: every 30 s).
 */
export function connectionServerOptions(limits: ConnectionLimits): ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs),
  };
}

/**
 * Applies the rest of the limits to a listening server: the connection cap, the keep-alive timeout, and the headers
 * timeout of a connection that has sent NOTHING yet. Node's headers timeout starts with a request's first byte, so a
 * connection that stays silent would otherwise be held open for ever (a few hundred such sockets exhaust the file
 * descriptors of a process under `ulimit -n 1024`).
 *
 * @example
 * const server = serve({ fetch: app.fetch, port, serverOptions: connectionServerOptions(limits) });
 * limitConnections(server, limits);
 */
export function limitConnections(server: Server, limits: ConnectionLimits): void {
  server.maxConnections = limits.maxConnections;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.on('connection', function closeIfSilent(socket: Socket) {
    const timer = setTimeout(() => {
      // Bytes read: a request has begun, and Node's own headers and request timeouts take over from here.
      if (socket.bytesRead === 0) socket.destroy();
    }, limits.headersTimeoutMs);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
  });
}
