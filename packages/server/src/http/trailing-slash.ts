import type { MiddlewareHandler } from 'hono';
import type { OperationMatcher } from './operation-matcher.js';

/**
 * Upstream paths end in `/`. A request for a known operation path WITHOUT the slash gets a 308 (method and body
 * preserved by clients) to the same absolute URL with the slash, query string kept. Unknown paths fall through.
 *
 * @example
 * app.use('*', redirectMissingTrailingSlash(matcher));
 */
export function redirectMissingTrailingSlash(matcher: OperationMatcher): MiddlewareHandler {
  return async function redirectMissingTrailingSlash(c, next) {
    const path = c.req.path;
    if (!path.endsWith('/') && matcher.hasPath(`${path}/`)) {
      const url = new URL(c.req.url);
      url.pathname = `${url.pathname}/`;
      return c.body(null, 308, { Location: url.href });
    }
    await next();
  };
}
