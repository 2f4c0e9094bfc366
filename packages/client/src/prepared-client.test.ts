import { Hono } from 'hono';
import type { Middleware } from 'openapi-fetch';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_KEY } from '../test/support/test-key.js';
import type { toyPaths } from '../test/support/toy-api.js';
import { createToyApp } from '../test/support/toy-app.js';
import { ApiError } from './api-error.js';
import type { ClientLogEntry } from './client-fetch.js';
import { createApiClient } from './create-api-client.js';
import { unwrap } from './unwrap.js';

const BASE = 'http://api.test';
const MEMBERS = '/api/organizations/{organization_id}/members/' as const;
const INVITES = '/api/organizations/{organization_id}/invites/' as const;
const params = { path: { organization_id: 'org-1' } };
const page = { count: 0, next: null, previous: null, results: [] };

const originalFetch = globalThis.fetch;
const OriginalRequest = globalThis.Request;
afterEach(() => {
  globalThis.fetch = originalFetch;
  globalThis.Request = OriginalRequest;
});

/** Counts the platform Requests built from now on, and records what the platform fetch is called with. */
function watchPlatform() {
  const built: string[] = [];
  const sent: [string, string | undefined, string | null, unknown, RequestRedirect | undefined][] = [];
  globalThis.Request = class CountingRequest extends OriginalRequest {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(input, init);
      built.push(this.url);
    }
  };
  globalThis.fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    sent.push([String(input), init?.method, headers.get('authorization'), init?.body, init?.redirect]);
    return Response.json(page);
  };
  return { built, sent };
}

describe('the fast path (no middleware)', () => {
  it('builds no platform Request: the parts go straight to fetch, call options included', async () => {
    const { built, sent } = watchPlatform();
    const client = createApiClient<toyPaths>({ baseUrl: BASE, apiKey: TEST_KEY });
    await client.GET(MEMBERS, { params: { ...params, query: { limit: 5 } }, redirect: 'manual' });
    await client.POST(INVITES, { params, body: { target_email: 'a@b.co' } });
    expect(built).toEqual([]);
    expect(sent).toEqual([
      [`${BASE}/api/organizations/org-1/members/?limit=5`, 'GET', `Bearer ${TEST_KEY}`, undefined, 'manual'],
      [
        `${BASE}/api/organizations/org-1/invites/`,
        'POST',
        `Bearer ${TEST_KEY}`,
        '{"target_email":"a@b.co"}',
        'follow',
      ],
    ]);
  });

  it('gives middleware a real Request with the key, until it is ejected', async () => {
    const { built } = watchPlatform();
    const client = createApiClient<toyPaths>({ baseUrl: BASE, apiKey: TEST_KEY });
    const seen: [boolean, string | null][] = [];
    const middleware: Middleware = {
      onRequest({ request }) {
        seen.push([request instanceof OriginalRequest, request.headers.get('authorization')]);
      },
    };
    client.use(middleware);
    await client.GET(MEMBERS, { params });
    client.eject(middleware);
    await client.GET(MEMBERS, { params });
    expect(seen).toEqual([[true, `Bearer ${TEST_KEY}`]]);
    expect(built).toEqual([`${BASE}/api/organizations/org-1/members/`]);
  });

  it('lets middleware answer a call itself', async () => {
    const client = createApiClient<toyPaths>({
      baseUrl: BASE,
      apiKey: TEST_KEY,
      fetch: createToyApp().app.fetch,
    });
    client.use({ onRequest: () => Response.json({ ...page, count: 42 }) });
    expect(await unwrap(client.GET(MEMBERS, { params }))).toEqual({ ...page, count: 42 });
  });

  it('gives a per-call fetch or middleware a real Request', async () => {
    const client = createApiClient<toyPaths>({ baseUrl: BASE, apiKey: TEST_KEY });
    const seen: [boolean, string | null][] = [];
    const record = (request: Request) =>
      seen.push([request instanceof Request, request.headers.get('authorization')]);
    await client.GET(MEMBERS, {
      params,
      fetch: async (request) => {
        record(request);
        return Response.json(page);
      },
    });
    await client.GET(MEMBERS, {
      params,
      middleware: [
        {
          onRequest({ request }) {
            record(request);
            return Response.json(page);
          },
        },
      ],
    });
    expect(seen).toEqual([
      [true, `Bearer ${TEST_KEY}`],
      [true, `Bearer ${TEST_KEY}`],
    ]);
  });
});

describe('the API key as a default header', () => {
  it("yields to a call's own Authorization header, and null sends none", async () => {
    const toy = createToyApp();
    const client = createApiClient<toyPaths>({ baseUrl: BASE, apiKey: TEST_KEY, fetch: toy.app.fetch });
    await client.GET(MEMBERS, { params, headers: { Authorization: 'Bearer phx_other' } });
    await client.GET(MEMBERS, { params, headers: { Authorization: null } });
    await client.GET(MEMBERS, { params, headers: { 'X-Trace': '1' } });
    expect(toy.seen.map((r) => r.authorization)).toEqual(['Bearer phx_other', null, `Bearer ${TEST_KEY}`]);
  });
});

describe('bodies and URLs on the fast path', () => {
  it('reads a stream body once and sends the same bytes again on a retry', async () => {
    const bodies: string[] = [];
    const app = new Hono().post('/api/organizations/:org/invites/', async (c) => {
      bodies.push(await c.req.text());
      if (bodies.length === 1)
        return c.json({ type: 't', code: 'c', detail: 'd', attr: null }, 429, { 'Retry-After': '0' });
      return c.json({ id: 'inv1', target_email: 'a@b.co' }, 201);
    });
    const client = createApiClient<toyPaths>({
      baseUrl: BASE,
      apiKey: TEST_KEY,
      fetch: app.fetch,
      retry: { methods: ['POST'] },
    });
    const { response } = await client.POST(INVITES, {
      params,
      body: { target_email: 'a@b.co' },
      bodySerializer: (body) => new Blob([JSON.stringify(body)]).stream(),
    });
    expect(response.status).toBe(201);
    expect(bodies).toEqual(['{"target_email":"a@b.co"}', '{"target_email":"a@b.co"}']);
  });

  it('shows URLs in errors and logs the way a Request would (normalised)', async () => {
    const app = new Hono().get('/api/organizations/:org/members/', (c) =>
      c.json({ type: 'authentication_error', code: 'permission_denied', detail: 'No.', attr: null }, 403),
    );
    const log: ClientLogEntry[] = [];
    const client = createApiClient<toyPaths>({
      baseUrl: 'http://API.Test:80',
      apiKey: TEST_KEY,
      fetch: app.fetch,
      logger: (entry) => log.push(entry),
    });
    const error = (await unwrap(client.GET(MEMBERS, { params })).catch((e: unknown) => e)) as ApiError;
    const url = 'http://api.test/api/organizations/org-1/members/';
    expect(error).toBeInstanceOf(ApiError);
    expect([error.url, error.message]).toEqual([
      url,
      'GET /api/organizations/org-1/members/ failed with 403 authentication_error/permission_denied: No.',
    ]);
    expect(log.map((entry) => entry.url)).toEqual([url, url]);
  });
});
