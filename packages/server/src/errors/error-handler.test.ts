import { OpenAPIHono } from '@hono/zod-openapi';
import { ErrorBodyException, unsupportedMediaTypeBody } from '@org-api/runtime';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../http/app-env.js';
import { createMemoryLogger } from '../http/logger.js';
import { ApiError } from './api-error.js';
import { createErrorHandler, notFoundHandler } from './error-handler.js';

function appThrowing(error: unknown) {
  const logger = createMemoryLogger();
  const app = new OpenAPIHono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('requestId', 'req-1');
    await next();
  });
  app.get('/boom/', () => {
    throw error;
  });
  app.notFound(notFoundHandler);
  app.onError(createErrorHandler(logger));
  return { app, logger };
}

async function answer(error: unknown) {
  const { app, logger } = appThrowing(error);
  const res = await app.request('http://api.test/boom/', { headers: { 'Content-Type': 'text/plain' } });
  return { status: res.status, headers: res.headers, body: await res.json(), logger };
}

const BEARER = 'Bearer realm="api"';

describe('ApiError factories through the error handler', () => {
  it.each([
    [
      ApiError.notAuthenticated(),
      401,
      {
        type: 'authentication_error',
        code: 'not_authenticated',
        detail: 'Authentication credentials were not provided.',
        attr: null,
      },
      { 'www-authenticate': BEARER },
    ],
    [
      ApiError.authenticationFailed(),
      401,
      {
        type: 'authentication_error',
        code: 'authentication_failed',
        detail: 'Personal API key found in request Authorization header is invalid.',
        attr: null,
      },
      { 'www-authenticate': BEARER },
    ],
    [
      ApiError.permissionDenied(),
      403,
      {
        type: 'authentication_error',
        code: 'permission_denied',
        detail: 'You do not have permission to perform this action.',
        attr: null,
      },
      {},
    ],
    [
      ApiError.permissionDenied("API key missing required scope 'project:write'"),
      403,
      {
        type: 'authentication_error',
        code: 'permission_denied',
        detail: "API key missing required scope 'project:write'",
        attr: null,
      },
      {},
    ],
    [
      ApiError.notFound(),
      404,
      { type: 'invalid_request', code: 'not_found', detail: 'Not found.', attr: null },
      {},
    ],
    [
      ApiError.validation('required', 'This field is required.', 'target_email'),
      400,
      { type: 'validation_error', code: 'required', detail: 'This field is required.', attr: 'target_email' },
      {},
    ],
    [
      ApiError.methodNotAllowed('PUT', ['GET', 'POST']),
      405,
      {
        type: 'invalid_request',
        code: 'method_not_allowed',
        detail: 'Method "PUT" not allowed.',
        attr: null,
      },
      { allow: 'GET, POST' },
    ],
    [
      new ErrorBodyException(415, unsupportedMediaTypeBody('text/plain')),
      415,
      {
        type: 'invalid_request',
        code: 'unsupported_media_type',
        detail: 'Unsupported media type "text/plain" in request.',
        attr: null,
      },
      {},
    ],
  ])('%o → %i', async (error, status, body, headers) => {
    const res = await answer(error);
    expect(res.status).toBe(status);
    expect(res.body).toEqual(body);
    for (const [name, value] of Object.entries(headers)) expect(res.headers.get(name)).toBe(value);
    expect(res.logger.records).toEqual([]);
  });

  it.each([new TypeError('x is undefined'), new HTTPException(400, { message: 'x is undefined' })])(
    'turns anything else (%o) into a 500 server_error and logs it with the request id',
    async (error) => {
      const res = await answer(error);
      expect(res.status).toBe(500);
      expect(res.body).toEqual({
        type: 'server_error',
        code: 'error',
        detail: 'A server error occurred.',
        attr: null,
      });
      expect(res.logger.records).toHaveLength(1);
      expect(res.logger.records[0]).toMatchObject({
        level: 'error',
        msg: 'unhandled error',
        requestId: 'req-1',
        method: 'GET',
        path: '/boom/',
        error: { name: error.name, message: 'x is undefined' },
      });
    },
  );

  it('answers unknown routes with the upstream 404 body', async () => {
    const { app } = appThrowing(null);
    const res = await app.request('http://api.test/api/nothing/');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      type: 'invalid_request',
      code: 'not_found',
      detail: 'Not found.',
      attr: null,
    });
  });
});
