import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { serveApp } from '../test/support/serve-app.js';
import { TEST_KEY } from '../test/support/test-key.js';
import type { toyPaths } from '../test/support/toy-api.js';
import { ApiError, ApiTimeoutError } from './api-error.js';
import type { ClientLogEntry } from './client-fetch.js';
import { type ApiClientOptions, createApiClient } from './create-api-client.js';
import { unwrap } from './unwrap.js';

const BASE = 'http://api.test';
const MEMBERS = '/api/organizations/{organization_id}/members/' as const;
const MEMBER = '/api/organizations/{organization_id}/members/{user__uuid}/' as const;
const INVITES = '/api/organizations/{organization_id}/invites/' as const;
const params = { path: { organization_id: 'org-1' } };
const memberParams = { path: { organization_id: 'org-1', user__uuid: 'u1' } };
const page = { count: 0, next: null, previous: null, results: [] };
const throttled = {
  type: 'throttled_error',
  code: 'throttled',
  detail: 'Request was throttled.',
  attr: null,
};

/** An app whose first `failures` answers to any request are `status` (with optional headers), then 2xx. */
function flakyApp(failures: number, status: 429 | 503, headers: Record<string, string> = {}) {
  const bodies: string[] = [];
  let calls = 0;
  const app = new Hono();
  app.use(async (c, next) => {
    calls += 1;
    bodies.push(await c.req.raw.clone().text());
    if (calls <= failures) {
      for (const [name, value] of Object.entries(headers)) c.header(name, value);
      return c.json(throttled, status);
    }
    await next();
  });
  app.get('/api/organizations/:org/members/', (c) => c.json(page));
  app.post('/api/organizations/:org/invites/', (c) => c.json({ id: 'inv1', target_email: 'a@b.co' }, 201));
  app.patch('/api/organizations/:org/members/:user/', (c) => c.json({ id: 'u1', name: 'x', level: 8 }));
  app.delete('/api/organizations/:org/members/:user/', (c) => c.body(null, 204));
  return { app, bodies, calls: () => calls };
}

function clientFor(app: Hono, options: Partial<ApiClientOptions> = {}) {
  const log: ClientLogEntry[] = [];
  const client = createApiClient<toyPaths>({
    baseUrl: BASE,
    apiKey: TEST_KEY,
    fetch: app.fetch,
    logger: (entry) => log.push(entry),
    ...options,
  });
  const retries = () => log.filter((e) => e.event === 'retry').map((e) => [e.attempt, e.status, e.delayMs]);
  return { client, retries };
}

describe('retries', () => {
  it('waits for Retry-After on a 429 and then succeeds', async () => {
    const flaky = flakyApp(1, 429, { 'Retry-After': '1' });
    const { client, retries } = clientFor(flaky.app);
    const { data, response } = await client.GET(MEMBERS, { params });
    expect(response.status).toBe(200);
    expect(data).toEqual(page);
    expect(flaky.calls()).toBe(2);
    expect(retries()).toEqual([[1, 429, 1000]]);
  });

  it('backs off exponentially on 503 without Retry-After, then returns the last answer', async () => {
    const flaky = flakyApp(10, 503);
    const { client, retries } = clientFor(flaky.app, {
      retry: { retries: 3, baseDelayMs: 5, maxDelayMs: 15, jitter: false },
    });
    const error = (await unwrap(client.GET(MEMBERS, { params })).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(503);
    expect(flaky.calls()).toBe(4);
    expect(retries()).toEqual([
      [1, 503, 5],
      [2, 503, 10],
      [3, 503, 15],
    ]);
  });

  it('retries DELETE (idempotent) by default', async () => {
    const flaky = flakyApp(2, 503);
    const { client } = clientFor(flaky.app, { retry: { baseDelayMs: 1, jitter: false } });
    const { response } = await client.DELETE(MEMBER, { params: memberParams });
    expect(response.status).toBe(204);
    expect(flaky.calls()).toBe(3);
  });

  it('never retries POST or PATCH unless asked', async () => {
    const flaky = flakyApp(5, 429, { 'Retry-After': '0' });
    const { client, retries } = clientFor(flaky.app);
    const post = await client.POST(INVITES, { params, body: { target_email: 'a@b.co' } });
    const patch = await client.PATCH(MEMBER, { params: memberParams, body: { level: 8 } });
    expect([post.response.status, patch.response.status]).toEqual([429, 429]);
    expect(flaky.calls()).toBe(2);
    expect(retries()).toEqual([]);
  });

  it('retries POST when asked, sending the same body again', async () => {
    const flaky = flakyApp(2, 429, { 'Retry-After': '0' });
    const { client } = clientFor(flaky.app, { retry: { methods: ['POST'] } });
    const { data } = await client.POST(INVITES, {
      params,
      body: { target_email: 'a@b.co', send_email: false },
    });
    expect(data).toEqual({ id: 'inv1', target_email: 'a@b.co' });
    expect(flaky.bodies).toEqual(Array(3).fill('{"target_email":"a@b.co","send_email":false}'));
  });

  it('does not retry when Retry-After is longer than maxDelayMs', async () => {
    const flaky = flakyApp(1, 429, { 'Retry-After': '120' });
    const { client } = clientFor(flaky.app);
    const error = (await unwrap(client.GET(MEMBERS, { params })).catch((e: unknown) => e)) as ApiError;
    expect([error.status, error.retryAfterMs, flaky.calls()]).toEqual([429, 120_000, 1]);
  });

  it('honours an HTTP-date Retry-After', async () => {
    const flaky = flakyApp(1, 503, { 'Retry-After': new Date(Date.now() - 60_000).toUTCString() });
    const { client, retries } = clientFor(flaky.app);
    expect((await client.GET(MEMBERS, { params })).response.status).toBe(200);
    expect(retries()).toEqual([[1, 503, 0]]);
  });

  it('is off with retry: false', async () => {
    const flaky = flakyApp(1, 503, { 'Retry-After': '0' });
    const { client } = clientFor(flaky.app, { retry: false });
    expect((await client.GET(MEMBERS, { params })).response.status).toBe(503);
    expect(flaky.calls()).toBe(1);
  });

  it('stops waiting when the caller aborts during a Retry-After wait', async () => {
    const flaky = flakyApp(1, 429, { 'Retry-After': '5' });
    const { client } = clientFor(flaky.app);
    const controller = new AbortController();
    const call = client.GET(MEMBERS, { params, signal: controller.signal });
    while (flaky.calls() === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    controller.abort(new Error('user gave up'));
    await expect(call).rejects.toThrow('user gave up');
    expect(flaky.calls()).toBe(1);
  });
});

describe('timeouts', () => {
  const hanging = () =>
    new Hono().get('/api/organizations/:org/members/', () => new Promise<Response>(() => undefined));

  it('rejects with ApiTimeoutError when an in-process app does not answer in time', async () => {
    const { client } = clientFor(hanging(), { timeoutMs: 50 });
    const error = (await client.GET(MEMBERS, { params }).catch((e: unknown) => e)) as ApiTimeoutError;
    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect([error.name, error.message, error.method, error.path, error.timeoutMs]).toEqual([
      'TimeoutError',
      'GET /api/organizations/{organization_id}/members/ timed out after 50 ms',
      'GET',
      MEMBERS,
      50,
    ]);
  });

  it('is one deadline for the whole call, waits between retries included', async () => {
    const flaky = flakyApp(1, 429, { 'Retry-After': '5' });
    const { client } = clientFor(flaky.app, { timeoutMs: 100 });
    const error = await client.GET(MEMBERS, { params }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect(flaky.calls()).toBe(1);
  });

  it('still honours the caller signal when there is a timeout', async () => {
    const { client } = clientFor(hanging(), { timeoutMs: 10_000 });
    const controller = new AbortController();
    const call = client.GET(MEMBERS, { params, signal: controller.signal });
    controller.abort(new Error('cancelled by caller'));
    await expect(call).rejects.toThrow('cancelled by caller');
  });

  it('times out calls made with client.request too', async () => {
    const { client } = clientFor(hanging(), { timeoutMs: 30 });
    await expect(client.request('get', MEMBERS, { params })).rejects.toThrow(
      'GET /api/organizations/{organization_id}/members/ timed out after 30 ms',
    );
  });

  it('passes the caller signal through when there is no timeout', async () => {
    const { client } = clientFor(hanging(), { timeoutMs: false });
    const controller = new AbortController();
    const call = client.GET(MEMBERS, { params, signal: controller.signal });
    controller.abort(new Error('cancelled by caller'));
    await expect(call).rejects.toThrow('cancelled by caller');
  });
});

describe('timeouts over real HTTP', () => {
  it('aborts a request whose answer does not start in time', async () => {
    const app = new Hono().get('/api/organizations/:org/members/', async (c) => {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      return c.json(page);
    });
    const served = await serveApp(app.fetch);
    try {
      const client = createApiClient<toyPaths>({ baseUrl: served.url, apiKey: TEST_KEY, timeoutMs: 100 });
      const error = await client.GET(MEMBERS, { params }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiTimeoutError);
      expect((error as Error).message).toBe(
        'GET /api/organizations/{organization_id}/members/ timed out after 100 ms',
      );
    } finally {
      await served.close();
    }
  });

  it('aborts the request on the wire, so the server sees the client go away', async () => {
    let serverSawAbort = false;
    const app = new Hono().get('/api/organizations/:org/members/', async (c) => {
      await new Promise<void>((resolve) => c.req.raw.signal.addEventListener('abort', () => resolve()));
      serverSawAbort = true;
      return c.json(page);
    });
    const served = await serveApp(app.fetch);
    try {
      const client = createApiClient<toyPaths>({ baseUrl: served.url, apiKey: TEST_KEY, timeoutMs: 100 });
      await expect(client.GET(MEMBERS, { params })).rejects.toBeInstanceOf(ApiTimeoutError);
      for (let i = 0; i < 200 && !serverSawAbort; i++)
        await new Promise((resolve) => setTimeout(resolve, 10));
      expect(serverSawAbort).toBe(true);
    } finally {
      await served.close();
    }
  });

  it('cancels with the caller signal, without a timeout', async () => {
    const app = new Hono().get(
      '/api/organizations/:org/members/',
      () => new Promise<Response>(() => undefined),
    );
    const served = await serveApp(app.fetch);
    try {
      const client = createApiClient<toyPaths>({ baseUrl: served.url, apiKey: TEST_KEY, timeoutMs: false });
      const controller = new AbortController();
      const call = client.GET(MEMBERS, { params, signal: controller.signal });
      setTimeout(() => controller.abort(new Error('cancelled by caller')), 50);
      await expect(call).rejects.toThrow('cancelled by caller');
    } finally {
      await served.close();
    }
  });

  it('sends a JSON body with its length, also when it is retried', async () => {
    const seen: (string | null)[][] = [];
    const app = new Hono().post('/api/organizations/:org/invites/', async (c) => {
      const { req } = c;
      seen.push([req.header('content-type') ?? null, req.header('content-length') ?? null, await req.text()]);
      if (seen.length === 1) return c.json(throttled, 429, { 'Retry-After': '0' });
      return c.json({ id: 'inv1', target_email: 'a@b.co' }, 201);
    });
    const served = await serveApp(app.fetch);
    try {
      const client = createApiClient<toyPaths>({
        baseUrl: served.url,
        apiKey: TEST_KEY,
        retry: { methods: ['POST'] },
      });
      const { response } = await client.POST(INVITES, { params, body: { target_email: 'a@b.co' } });
      expect(response.status).toBe(201);
      expect(seen).toEqual(Array(2).fill(['application/json', '25', '{"target_email":"a@b.co"}']));
    } finally {
      await served.close();
    }
  });

  it('aborts a body that stalls after the headers', async () => {
    const app = new Hono().get('/api/organizations/:org/members/', (c) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"count":0,'));
        },
      });
      return c.body(body, 200, { 'Content-Type': 'application/json' });
    });
    const served = await serveApp(app.fetch);
    try {
      const client = createApiClient<toyPaths>({ baseUrl: served.url, apiKey: TEST_KEY, timeoutMs: 150 });
      const error = await client.GET(MEMBERS, { params }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiTimeoutError);
      expect((error as Error).message).toBe(
        'GET /api/organizations/{organization_id}/members/ timed out after 150 ms',
      );
    } finally {
      await served.close();
    }
  });
});
