import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { TEST_KEY, TEST_KEY_MASK } from '../test/support/test-key.js';
import type { toyPaths } from '../test/support/toy-api.js';
import { createToyApp } from '../test/support/toy-app.js';
import { ApiError } from './api-error.js';
import { createApiClient } from './create-api-client.js';
import { unwrap } from './unwrap.js';

const BASE = 'http://api.test';
const ORG = 'org-1';
const MEMBERS = '/api/organizations/{organization_id}/members/' as const;
const MEMBER = '/api/organizations/{organization_id}/members/{user__uuid}/' as const;
const params = { path: { organization_id: ORG } };

function clientFor(app: Hono) {
  return createApiClient<toyPaths>({ baseUrl: BASE, apiKey: TEST_KEY, fetch: app.fetch, retry: false });
}

const forbidden = {
  type: 'authentication_error',
  code: 'permission_denied',
  detail: 'You do not have permission to perform this action.',
  attr: null,
};

describe('unwrap', () => {
  it('returns the data of a success', async () => {
    const client = clientFor(createToyApp({ members: 1 }).app);
    const page = await unwrap(client.GET(MEMBERS, { params }));
    expect(page).toEqual({
      count: 1,
      next: null,
      previous: null,
      results: [{ id: 'm1', name: 'Member 1', level: 1 }],
    });
  });

  it('accepts a settled result and returns undefined for a 204', async () => {
    const client = clientFor(createToyApp().app);
    const result = await client.DELETE(MEMBER, {
      params: { path: { organization_id: ORG, user__uuid: 'u1' } },
    });
    expect(await unwrap(result)).toBeUndefined();
  });

  it('throws ApiError with status and the upstream body, leaving the raw result usable', async () => {
    const app = new Hono().get('/api/organizations/:org/members/', (c) => c.json(forbidden, 403));
    const client = clientFor(app);
    const raw = await client.GET(MEMBERS, { params });
    expect(raw.error).toEqual(forbidden);
    expect(raw.response.status).toBe(403);

    const error = await unwrap(raw).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      name: 'ApiError',
      status: 403,
      ...forbidden,
      method: 'GET',
      url: `${BASE}/api/organizations/${ORG}/members/`,
      body: forbidden,
      retryAfterMs: undefined,
    });
    expect((error as ApiError).message).toBe(
      'GET /api/organizations/org-1/members/ failed with 403 authentication_error/permission_denied: You do not have permission to perform this action.',
    );
  });

  it('names the attribute of a validation error', async () => {
    const invalid = {
      type: 'validation_error',
      code: 'invalid_choice',
      detail: '"3" is not a valid choice.',
      attr: 'level',
    };
    const app = new Hono().patch('/api/organizations/:org/members/:user/', (c) => c.json(invalid, 400));
    const call = clientFor(app).PATCH(MEMBER, {
      params: { path: { organization_id: ORG, user__uuid: 'u1' } },
      body: { level: 8 },
    });
    await expect(unwrap(call)).rejects.toThrow(
      'PATCH /api/organizations/org-1/members/u1/ failed with 400 validation_error/invalid_choice: "3" is not a valid choice. (attr: level)',
    );
  });

  it('reports a body that is not in the upstream format as type/code unknown', async () => {
    const app = new Hono().get('/api/organizations/:org/members/', (c) =>
      c.html('<h1>Bad gateway</h1>', 502),
    );
    const error = (await unwrap(clientFor(app).GET(MEMBERS, { params })).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error).toMatchObject({
      status: 502,
      type: 'unknown',
      code: 'unknown',
      detail: '<h1>Bad gateway</h1>',
      attr: null,
      body: '<h1>Bad gateway</h1>',
    });
  });

  it('uses the status when an error has no body', async () => {
    const app = new Hono().get('/api/organizations/:org/members/', (c) => c.body(null, 503));
    const error = (await unwrap(clientFor(app).GET(MEMBERS, { params })).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error.message).toBe(
      'GET /api/organizations/org-1/members/ failed with 503 unknown/unknown: HTTP 503',
    );
  });

  it('carries Retry-After and masks a key echoed by the server', async () => {
    const app = new Hono().get('/api/organizations/:org/members/', (c) => {
      const detail = `Key ${c.req.header('authorization')?.slice(7)} is throttled.`;
      c.header('Retry-After', '7');
      return c.json({ type: 'throttled_error', code: 'throttled', detail, attr: null }, 429);
    });
    const error = (await unwrap(clientFor(app).GET(MEMBERS, { params })).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error.retryAfterMs).toBe(7000);
    expect(error.detail).toBe(`Key ${TEST_KEY_MASK} is throttled.`);
    expect(`${error.message}${error.stack}${JSON.stringify(error)}`).not.toContain(TEST_KEY);
    expect(error.body).toEqual({
      type: 'throttled_error',
      code: 'throttled',
      detail: error.detail,
      attr: null,
    });
  });
});
