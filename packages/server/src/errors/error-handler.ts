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
 * The app's one error handler: an `ErrorBodyException` (`ApiError`, or the runtime's 415) → its upstream body and
 * headers; anything else → the 500 `server_error` body, logged with the request id and stack.
 */
export function createErrorHandler(logger: Logger): ErrorHandler<AppEnv> {
  return function handleError(error, c) {
    if (error instanceof ErrorBodyException) return writeErrorBody(c, error);
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
