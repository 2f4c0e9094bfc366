import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ApiError, SERVER_ERROR_BODY } from './api-error.js';
import type { AppEnv } from './app-env.js';
import type { Logger } from './logger.js';

/** Writes an ApiError as its upstream body, with its headers. */
export function writeApiError(c: Context, error: ApiError): Response {
  return c.json(error.toBody(), error.status, error.headers);
}

/** Maps Hono's own HTTPExceptions (thrown by validators and the media-type gate) to upstream errors. */
function fromHttpException(c: Context, error: HTTPException): ApiError | undefined {
  switch (error.status) {
    case 400:
      return ApiError.parseError(error.message);
    case 404:
      return ApiError.notFound();
    case 415:
      return ApiError.unsupportedMediaType(c.req.header('content-type') ?? '');
    default:
      return undefined;
  }
}

/**
 * The app's one error handler: `ApiError` → its body and headers; Hono `HTTPException`s of known meaning → the
 * matching upstream error; anything else → 500 `server_error` body, logged with the request id and stack.
 */
export function createErrorHandler(logger: Logger): ErrorHandler<AppEnv> {
  return (error, c) => {
    if (error instanceof ApiError) return writeApiError(c, error);
    if (error instanceof HTTPException) {
      const mapped = fromHttpException(c, error);
      if (mapped) return writeApiError(c, mapped);
    }
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
export const notFoundHandler: NotFoundHandler<AppEnv> = (c) => writeApiError(c, ApiError.notFound());
