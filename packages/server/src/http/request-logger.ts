import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import type { Logger } from './logger.js';

const INCOMING_ID = /^[\w.-]{1,128}$/;

/**
 * Gives every request an id (a sane incoming `X-Request-Id`, else a UUID), echoes it in the `X-Request-Id` response
 * header, and writes ONE structured line per request when it ends:
 * `{ msg: 'request', requestId, method, path, status, ms }` (`operationId` too when an operation matched).
 */
export function logRequests(logger: Logger): MiddlewareHandler<AppEnv> {
  return async function logRequest(c, next) {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && INCOMING_ID.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    // Set before the response exists: every response made through the context carries it. Setting it afterwards
    // would rebuild the finished response (with @hono/node-server, turning its fast path into a full Fetch Response).
    c.header('X-Request-Id', requestId);
    const started = performance.now();
    await next();
    logger.info({
      msg: 'request',
      requestId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      ...(c.get('operation') ? { operationId: c.get('operation').operationId } : {}),
    });
  };
}
