import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import type { Logger } from './logger.js';
import { type Metrics, NO_OPERATION } from './metrics.js';

const INCOMING_ID = /^[\w.-]{1,128}$/;

/**
 * Observes every request, outside everything else (the duration covers every later middleware and the error
 * handler): gives it an id (a sane incoming `X-Request-Id`, else a UUID), echoes it in the `X-Request-Id` response
 * header, and when it is answered writes ONE structured line `{ msg: 'request', requestId, method, path, status, ms }`
 * (`operationId` too when an operation matched) and counts it in `metrics` (operationId, else
 * {@link NO_OPERATION}; status; duration). One middleware for both: one clock reading each way per request.
 */
export function observeRequests(logger: Logger, metrics: Metrics): MiddlewareHandler<AppEnv> {
  return async function observeRequest(c, next) {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && INCOMING_ID.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    // Set before the response exists: every response made through the context carries it. Setting it afterwards
    // would rebuild the finished response (with @hono/node-server, turning its fast path into a full Fetch Response).
    c.header('X-Request-Id', requestId);
    const started = performance.now();
    await next();
    const ms = performance.now() - started;
    const { status } = c.res;
    const operationId = c.get('operation')?.operationId;
    metrics.observeRequest(operationId ?? NO_OPERATION, status, ms / 1000);
    logger.info({
      msg: 'request',
      requestId,
      method: c.req.method,
      path: c.req.path,
      status,
      ms: Math.round(ms * 10) / 10,
      ...(operationId ? { operationId } : {}),
    });
  };
}
