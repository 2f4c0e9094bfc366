import { OpenAPIHono } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { AppEnv } from './app-env.js';
import { createErrorHandler } from './error-handler.js';
import { silentLogger } from './logger.js';
import { normalizeRequestBody } from './request-body.js';

const schema = z.strictObject({
  target_email: z.string(),
  level: z.enum({ member: 1, admin: 8 }).optional(),
});

function buildApp() {
  const app = new OpenAPIHono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('operation', {
      operationId: 'invites_create',
      operation: { method: 'post', path: '/x/', scopes: [], successStatus: 201 },
      params: {},
    });
    await next();
  });
  app.use(
    '*',
    normalizeRequestBody({
      maxBytes: 64,
      bodySchemaFor: (id) => (id === 'invites_create' ? schema : undefined),
    }),
  );
  app.all('/x/', async (c) => {
    const text = await c.req.text();
    const contentType = c.req.header('content-type') ?? null;
    return c.json({
      contentType,
      body: contentType === 'application/json' ? JSON.parse(text) : text || null,
    });
  });
  app.onError(createErrorHandler(silentLogger));
  return app;
}

const app = buildApp();
const post = (body: BodyInit | null, headers: Record<string, string> = {}, method = 'POST') =>
  app.request('http://api.test/x/', { method, body, headers });

describe('normalizeRequestBody', () => {
  it('passes JSON through as JSON', async () => {
    const res = await post('{"target_email":"a@b.co","level":8}', {
      'Content-Type': 'application/json; charset=utf-8',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      contentType: 'application/json',
      body: { target_email: 'a@b.co', level: 8 },
    });
  });

  it('converts form bodies with schema-guided coercion', async () => {
    const res = await post(
      'target_email=a%40b.co&level=8',
      {
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      'PATCH',
    );
    expect(await res.json()).toEqual({
      contentType: 'application/json',
      body: { target_email: 'a@b.co', level: 8 },
    });
  });

  it('leaves an empty body empty, whatever its content type', async () => {
    const res = await post('', { 'Content-Type': 'text/plain' });
    expect(await res.json()).toEqual({ contentType: null, body: null });
  });

  it('ignores bodies of GET and DELETE', async () => {
    const res = await app.request('http://api.test/x/', {
      method: 'DELETE',
      body: 'junk',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(await res.json()).toEqual({ contentType: 'text/plain', body: 'junk' });
  });

  it('answers 400 parse_error for malformed JSON', async () => {
    const res = await post('{"target_email":', { 'Content-Type': 'application/json' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      type: 'invalid_request',
      code: 'parse_error',
      detail: 'JSON parse error - Unexpected end of JSON input',
      attr: null,
    });
  });

  it.each([
    ['text/plain', 'Unsupported media type "text/plain" in request.'],
    [
      'multipart/form-data; boundary=x',
      'Unsupported media type "multipart/form-data; boundary=x" in request.',
    ],
    [undefined, 'Unsupported media type "" in request.'],
  ])('answers 415 for %s', async (contentType, detail) => {
    const request = new Request('http://api.test/x/', {
      method: 'POST',
      body: new TextEncoder().encode('hello'),
      ...(contentType ? { headers: { 'Content-Type': contentType } } : {}),
    });
    // A Uint8Array body gets no default Content-Type (a string body would get text/plain).
    const res = await app.fetch(request);
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({
      type: 'invalid_request',
      code: 'unsupported_media_type',
      detail,
      attr: null,
    });
  });

  const tooLarge = {
    type: 'invalid_request',
    code: 'request_too_large',
    detail: 'Request body exceeds the maximum size of 64 bytes.',
    attr: null,
  };

  it('answers 413 by Content-Length before reading', async () => {
    const res = await post(JSON.stringify({ target_email: 'x'.repeat(100) }), {
      'Content-Type': 'application/json',
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual(tooLarge);
  });

  it('answers 413 for a streamed body without Content-Length', async () => {
    const chunk = new TextEncoder().encode('{"target_email":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(chunk);
        controller.enqueue(chunk);
        controller.close();
      },
    });
    const request = new Request('http://api.test/x/', {
      method: 'POST',
      body: stream,
      headers: { 'Content-Type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    const res = await app.fetch(request);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual(tooLarge);
  });

  it('accepts a body of exactly the limit', async () => {
    const body = JSON.stringify({ target_email: 'x'.repeat(64 - 19) });
    expect(body.length).toBe(64);
    const res = await post(body, { 'Content-Type': 'application/json' });
    expect(res.status).toBe(200);
  });
});
