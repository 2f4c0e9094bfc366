import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';

/** Request headers a browser client of the API may send (the typed client sends the first two). */
export const CORS_ALLOWED_HEADERS = 'Authorization, Content-Type, X-Request-Id';
/** Methods of the API's operations. */
export const CORS_ALLOWED_METHODS = 'GET, POST, PATCH, DELETE';
/** Response headers a browser client may read (the typed client reads `Retry-After`). */
export const CORS_EXPOSED_HEADERS = 'X-Request-Id, Retry-After, Location, Allow';
/** How long a browser may reuse a preflight answer, in seconds. */
export const CORS_MAX_AGE_SECONDS = 600;

/**
 * CORS for browser clients from `origins` (`CORS_ORIGINS`; `*` = any origin; the API authenticates with a bearer
 * key, never cookies, so no credentials mode). A preflight (`OPTIONS` with `Origin` and
 * `Access-Control-Request-Method`) from an allowed origin is answered 204 before authentication; any other request
 * from an allowed origin gets `Access-Control-Allow-Origin` and the exposed headers. Requests from other origins, or
 * without `Origin`, get only `Vary: Origin` (an `OPTIONS` among them is refused as without CORS: 401, then 405).
 */
export function allowCorsOrigins(origins: readonly string[]): MiddlewareHandler<AppEnv> {
  const anyOrigin = origins.includes('*');
  const allowed = new Set(origins);
  return async function allowCorsOrigins(c, next) {
    // An answer that depends on `Origin` says so on every response, allowed or not, so no shared cache hands one
    // origin's answer to another.
    if (!anyOrigin) c.header('Vary', 'Origin');
    const origin = c.req.header('origin');
    if (origin === undefined || !(anyOrigin || allowed.has(origin))) return next();
    c.header('Access-Control-Allow-Origin', anyOrigin ? '*' : origin);
    if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method') !== undefined) {
      return c.body(null, 204, {
        'Access-Control-Allow-Methods': CORS_ALLOWED_METHODS,
        'Access-Control-Allow-Headers': CORS_ALLOWED_HEADERS,
        'Access-Control-Max-Age': String(CORS_MAX_AGE_SECONDS),
      });
    }
    c.header('Access-Control-Expose-Headers', CORS_EXPOSED_HEADERS);
    await next();
  };
}
