import { validateResponse } from '@org-api/runtime';
import type { MiddlewareHandler } from 'hono';
import { SERVER_ERROR_BODY } from '../errors/api-error.js';
import { responseValidators } from '../generated/handlers.gen.js';
import type { AppEnv } from './app-env.js';
import type { Logger } from './logger.js';

/**
 * Validates every response a HANDLER produced (not thrown errors, which the error handler writes) against the
 * spec: a JSON body with the generated `responseValidators` (strict: no undeclared property), a body-less response
 * by its status. A failure is a server bug: the client
 * gets the 500 `server_error` body and the log gets one line naming operation, status, attr and message.
 */
export function validateResponses(logger: Logger): MiddlewareHandler<AppEnv> {
  return async function validateResponses(c, next) {
    await next();
    if (c.error) return;
    const matched = c.get('operation');
    const status = c.res.status;
    if (status >= 300 && status < 400) return; // redirects (download) carry no JSON body
    const isJson = /^application\/(.+\+)?json/.test(c.res.headers.get('content-type') ?? '');
    const body: unknown = isJson ? await c.res.clone().json() : undefined;
    const check = validateResponse(responseValidators, matched.operationId, status, body);
    if (check.ok) return;
    logger.error({
      msg: 'response failed validation',
      requestId: c.get('requestId'),
      operationId: matched.operationId,
      status,
      attr: check.attr,
      message: check.message,
    });
    c.res = undefined;
    c.res = c.json(SERVER_ERROR_BODY, 500);
  };
}
