import type { IncomingMessage } from 'node:http';
import { ErrorBodyException } from '@org-api/runtime';
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import type { Logger } from '../http/logger.js';
import { ApiError, SERVER_ERROR_BODY } from './api-error.js';

/** Writes an error body with its status and headers (an `ApiError`, or the runtime's 415). */
export function writeErrorBody(c: Context, error: ErrorBodyException): Response {
  return c.json(error.body, error.status, error.headers);
}

/**
 * nginx's status for a request its client closed before the answer (never sent: the request log line shows it).
 */
export const CLIENT_CLOSED_REQUEST = 499;

/**
 * Whether the client hung up before its request arrived whole (an upload aborted mid-body): Node's request stream
 * ended without completing. Only @hono/node-server passes the Node request (`c.env.incoming`); elsewhere: false.
 */
export function isClientClosedRequest(c: Context): boolean {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.destroyed === true && !incoming.complete;
}

/**
 * The app's one error handler: an `ErrorBodyException` (`ApiError`, or the runtime's 415) → its upstream body and
 * headers; a request whose client went away mid-body → 499 (no body; the request line logs it at info); anything
 * else → the 500 `server_error` body, logged with the request id and stack.
 */
export function createErrorHandler(logger: Logger): ErrorHandler<AppEnv> {
  return function handleError(error, c) {
    if (error instanceof ErrorBodyException) return writeErrorBody(c, error);
    if (isClientClosedRequest(c)) return new Response(null, { status: CLIENT_CLOSED_REQUEST });
    logger.error({
      msg: 'unhandled error',
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      error:
        error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : error,
    });
    return c.json(SERVER_ERROR_BODY, 500);
  };
}

/** Unknown routes: upstream's 404 body. */
export const notFoundHandler: NotFoundHandler<AppEnv> = function answerNotFound(c) {
  return writeErrorBody(c, ApiError.notFound());
};
