import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from '../errors/api-error.js';
import type { AppEnv } from './app-env.js';

/** Default request body limit: 1 MiB (`MAX_BODY_BYTES`). */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/**
 * 413 `request_too_large` for a POST/PUT/PATCH body over `maxBytes`: by its `Content-Length` before reading, or while
 * reading a body sent without one (chunked). Hono's `bodyLimit`; bodies of other methods are never read.
 */
export function limitRequestBody(maxBytes: number): MiddlewareHandler<AppEnv> {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw ApiError.requestTooLarge(maxBytes);
    },
  });
  return function limitRequestBody(c, next) {
    return METHODS_WITH_BODY.has(c.req.method) ? limit(c, next) : next();
  };
}
