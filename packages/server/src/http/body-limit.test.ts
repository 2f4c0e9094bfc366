import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createErrorHandler } from '../errors/error-handler.js';
import type { AppEnv } from './app-env.js';
import { limitRequestBody } from './body-limit.js';
import { silentLogger } from './logger.js';

const app = new Hono<AppEnv>();
app.use(limitRequestBody(64));
app.all('/x/', async (c) => c.json({ bytes: (await c.req.arrayBuffer()).byteLength }));
app.onError(createErrorHandler(silentLogger));

const tooLarge = {
  type: 'invalid_request',
  code: 'request_too_large',
  detail: 'Request body exceeds the maximum size of 64 bytes.',
  attr: null,
};

describe('limitRequestBody', () => {
  it('answers 413 by Content-Length before reading', async () => {
    const res = await app.request('http://api.test/x/', {
      method: 'POST',
      body: 'x'.repeat(65),
      headers: { 'Content-Length': '65' },
    });
    expect([res.status, await res.json()]).toEqual([413, tooLarge]);
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
      method: 'PATCH',
      body: stream,
      duplex: 'half',
    } as RequestInit);
    const res = await app.fetch(request);
    expect([res.status, await res.json()]).toEqual([413, tooLarge]);
  });

  it('accepts a body of exactly the limit', async () => {
    const res = await app.request('http://api.test/x/', { method: 'PUT', body: 'x'.repeat(64) });
    expect([res.status, await res.json()]).toEqual([200, { bytes: 64 }]);
  });

  it('leaves bodies of other methods alone', async () => {
    const res = await app.request('http://api.test/x/', { method: 'DELETE', body: 'x'.repeat(100) });
    expect([res.status, await res.json()]).toEqual([200, { bytes: 100 }]);
  });
});
