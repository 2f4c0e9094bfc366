import { describe, expect, it } from 'vitest';
import { TEST_KEY } from '../test/support/test-key.js';
import type { toyPaths } from '../test/support/toy-api.js';
import { createToyApp, type ToyAppOptions } from '../test/support/toy-app.js';
import { ApiError } from './api-error.js';
import { createApiClient } from './create-api-client.js';
import { collectAll, PaginationError, paginate } from './paginate.js';

const BASE = 'http://api.test';
const MEMBERS = '/api/organizations/{organization_id}/members/' as const;
const params = { path: { organization_id: 'org-1' } };

function setup(options: ToyAppOptions = {}) {
  const toy = createToyApp(options);
  const client = createApiClient<toyPaths>({
    baseUrl: BASE,
    apiKey: TEST_KEY,
    fetch: toy.app.fetch,
    retry: false,
  });
  const urls = () => toy.seen.map((r) => r.url.replace(`${BASE}/api/organizations/org-1/members/`, ''));
  return { client, seen: toy.seen, urls };
}

describe('paginate', () => {
  it('walks a multi-page list exactly once per item, following the next links', async () => {
    const { client, urls } = setup({ members: 7 });
    const ids: string[] = [];
    for await (const member of paginate(client, MEMBERS, { params, pageSize: 3 })) ids.push(member.id);
    expect(ids).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7']);
    expect(urls()).toEqual(['?limit=3', '?limit=3&offset=3', '?limit=3&offset=6']);
  });

  it('uses the server page size without pageSize and keeps the other query parameters', async () => {
    const { client, urls } = setup({ members: 12, defaultLimit: 5 });
    const names = await collectAll(client, MEMBERS, { params: { ...params, query: { search: 'Member 1' } } });
    expect(names.map((m) => m.id)).toEqual(['m1', 'm10', 'm11', 'm12']);
    expect(urls()).toEqual(['?search=Member%201']);
  });

  it('follows next links across pages with the original filters', async () => {
    const { client, urls } = setup({ members: 12 });
    const found = await collectAll(client, MEMBERS, {
      params: { ...params, query: { search: 'Member 1' } },
      pageSize: 2,
    });
    expect(found.map((m) => m.id)).toEqual(['m1', 'm10', 'm11', 'm12']);
    expect(urls()).toEqual(['?search=Member%201&limit=2', '?search=Member%201&limit=2&offset=2']);
  });

  it('yields nothing for an empty list after one request', async () => {
    const { client, seen } = setup({ members: 0 });
    expect(await collectAll(client, MEMBERS, { params, pageSize: 10 })).toEqual([]);
    expect(seen).toHaveLength(1);
  });

  it('stops fetching when the loop is left early', async () => {
    const { client, seen } = setup({ members: 9 });
    const ids: string[] = [];
    for await (const member of paginate(client, MEMBERS, { params, pageSize: 3 })) {
      ids.push(member.id);
      if (ids.length === 4) break;
    }
    expect(ids).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(seen).toHaveLength(2);
  });

  it('sends every page request to the client baseUrl with the key, whatever origin the link names', async () => {
    const { client, seen } = setup({ members: 4, linkOrigin: 'https://elsewhere.example' });
    await collectAll(client, MEMBERS, { params, pageSize: 2 });
    expect(seen.map((r) => [new URL(r.url).origin, r.authorization])).toEqual([
      [BASE, `Bearer ${TEST_KEY}`],
      [BASE, `Bearer ${TEST_KEY}`],
    ]);
  });

  it('throws ApiError when a later page fails, after yielding the earlier items', async () => {
    const { client } = setup({ members: 6, failAtOffset: { offset: 2, status: 429 } });
    const ids: string[] = [];
    const error = await (async () => {
      for await (const member of paginate(client, MEMBERS, { params, pageSize: 2 })) ids.push(member.id);
    })().catch((e: unknown) => e);
    expect(ids).toEqual(['m1', 'm2']);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: 'throttled' });
  });

  it('refuses to follow the same next link twice', async () => {
    const { client, seen } = setup({ members: 6, loopNext: true });
    const error = await collectAll(client, MEMBERS, { params, pageSize: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toBe(
      `pagination loop: the next link ${BASE}/api/organizations/org-1/members/?limit=2&offset=2 was already followed`,
    );
    expect(seen).toHaveLength(2);
  });

  it('rejects a bad page size before any request', async () => {
    const { client, seen } = setup();
    await expect(collectAll(client, MEMBERS, { params, pageSize: 0 })).rejects.toThrow(
      new RangeError('pageSize must be an integer > 0'),
    );
    expect(seen).toHaveLength(0);
  });
});
