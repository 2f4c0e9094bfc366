import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import type { OperationMatcher } from './operation-matcher.js';
import { publicBaseUrl } from './public-url.js';

/**
 * Upstream paths end in `/`. A request for a known operation path WITHOUT the slash gets a 308 (method and body
 * preserved by clients) to the same path with the slash on the public base URL (`PUBLIC_URL`, else the allowed
 * request origin), query string kept. Unknown paths fall through.
 *
 * @example
 * app.use('*', redirectMissingTrailingSlash(matcher));
 */
export function redirectMissingTrailingSlash(matcher: OperationMatcher): MiddlewareHandler<AppEnv> {
  return async function redirectMissingTrailingSlash(c, next) {
    const path = c.req.path;
    if (!path.endsWith('/') && matcher.hasPath(`${path}/`)) {
      const url = new URL(c.req.url);
      return c.body(null, 308, { Location: `${publicBaseUrl(c)}${url.pathname}/${url.search}` });
    }
    await next();
  };
}
