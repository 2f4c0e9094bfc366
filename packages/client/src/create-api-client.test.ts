import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { TEST_KEY, TEST_KEY_MASK } from '../test/support/test-key.js';
import type { toyPaths } from '../test/support/toy-api.js';
import { createToyApp } from '../test/support/toy-app.js';
import type { ClientLogEntry } from './client-fetch.js';
import { type ApiClientOptions, createApiClient } from './create-api-client.js';

const BASE = 'http://api.test';
const ORG = '0195a3f1-8c2e-7d4b-9a61-3f0e2b7c5d18';
const params = { path: { organization_id: ORG } };

function toyClient(overrides: Partial<ApiClientOptions> = {}) {
  const toy = createToyApp({ members: 2 });
  const client = createApiClient<toyPaths>({
    baseUrl: BASE,
    apiKey: TEST_KEY,
    fetch: toy.app.fetch,
    ...overrides,
  });
  return { client, seen: toy.seen };
}

describe('auth', () => {
  it('sends Authorization: Bearer <key> on every method', async () => {
    const { client, seen } = toyClient();
    await client.GET('/api/organizations/{organization_id}/members/', { params });
    await client.POST('/api/organizations/{organization_id}/invites/', {
      params,
      body: { target_email: 'a@b.co' },
    });
    await client.DELETE('/api/organizations/{organization_id}/members/{user__uuid}/', {
      params: { path: { organization_id: ORG, user__uuid: 'u1' } },
    });
    expect(seen.map((r) => [r.method, r.authorization])).toEqual([
      ['GET', `Bearer ${TEST_KEY}`],
      ['POST', `Bearer ${TEST_KEY}`],
      ['DELETE', `Bearer ${TEST_KEY}`],
    ]);
  });

  it('keeps the trailing slashes of the spec paths and ignores one on baseUrl', async () => {
    const { client, seen } = toyClient({ baseUrl: `${BASE}/` });
    await client.GET('/api/organizations/{organization_id}/members/', {
      params: { ...params, query: { limit: 5 } },
    });
    expect(seen.map((r) => r.url)).toEqual([`${BASE}/api/organizations/${ORG}/members/?limit=5`]);
  });

  it('rejects an unusable key at creation without quoting it', () => {
    const create = () => createApiClient<toyPaths>({ baseUrl: BASE, apiKey: `${TEST_KEY}\r\n` });
    expect(create).toThrow(TypeError);
    expect(() => create()).toThrow(/not allowed in an HTTP header \(value not shown\)$/);
  });

  it('does not show the key when the client is inspected or serialised', () => {
    const { client } = toyClient();
    expect(inspect(client, { depth: 5, showHidden: true })).not.toContain(TEST_KEY);
    expect(JSON.stringify(client)).not.toContain(TEST_KEY);
  });
});

describe('key redaction', () => {
  it('masks the key in errors thrown by the fetch below the client', async () => {
    const leakyFetch = (request: Request): Response => {
      throw new TypeError(`connect failed for ${request.headers.get('authorization')}`, {
        cause: new Error(`socket says ${request.headers.get('authorization')}`),
      });
    };
    const { client } = toyClient({ fetch: leakyFetch });
    const error = await client
      .GET('/api/organizations/{organization_id}/members/', { params })
      .catch((e) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(`connect failed for Bearer ${TEST_KEY_MASK}`);
    expect(error.cause.message).toBe(`socket says Bearer ${TEST_KEY_MASK}`);
    expect(`${error.stack}${error.cause.stack}`).not.toContain(TEST_KEY);
  });

  it('masks the key in log entries', async () => {
    const entries: ClientLogEntry[] = [];
    const { client } = toyClient({ logger: (entry) => entries.push(entry) });
    await client.GET('/api/organizations/{organization_id}/members/', { params });
    expect(JSON.stringify(entries)).not.toContain(TEST_KEY);
    expect(entries.map((e) => e.event)).toEqual(['request', 'response']);
    expect(entries[0]).toEqual({
      event: 'request',
      method: 'GET',
      url: `${BASE}/api/organizations/${ORG}/members/`,
      attempt: 1,
      headers: { authorization: `Bearer ${TEST_KEY_MASK}` },
    });
    expect(entries[1]).toMatchObject({ event: 'response', status: 200, attempt: 1 });
  });
});

describe('options', () => {
  it('rejects a non-positive timeout', () => {
    expect(() => createApiClient<toyPaths>({ baseUrl: BASE, apiKey: TEST_KEY, timeoutMs: 0 })).toThrow(
      new RangeError('timeoutMs must be a number > 0'),
    );
  });

  it('uses globalThis.fetch by default', async () => {
    const original = globalThis.fetch;
    const seen: (string | null | undefined)[][] = [];
    globalThis.fetch = async (input, init) => {
      seen.push([String(input), init?.method, new Headers(init?.headers).get('authorization')]);
      return Response.json({ count: 0, next: null, previous: null, results: [] });
    };
    try {
      const client = createApiClient<toyPaths>({ baseUrl: BASE, apiKey: TEST_KEY });
      const { data } = await client.GET('/api/organizations/{organization_id}/members/', { params });
      expect(data).toEqual({ count: 0, next: null, previous: null, results: [] });
      expect(seen).toEqual([[`${BASE}/api/organizations/${ORG}/members/`, 'GET', `Bearer ${TEST_KEY}`]]);
    } finally {
      globalThis.fetch = original;
    }
  });
});
