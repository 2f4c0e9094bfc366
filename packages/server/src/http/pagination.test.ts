import { Hono } from 'hono';
import { validator } from 'hono/validator';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from './app-env.js';
import { buildPage, canonicalQuery, paginate, parsePageRequest } from './pagination.js';

const URL_ = 'http://127.0.0.1:8000/api/organizations/o1/members/';

describe('parsePageRequest', () => {
  it('defaults to limit 100, offset 0', () => {
    expect(parsePageRequest({})).toEqual({ limit: 100, offset: 0 });
    expect(parsePageRequest({ limit: 5, offset: 10 })).toEqual({ limit: 5, offset: 10 });
  });
});

describe('canonicalQuery', () => {
  it('keeps the given values, sorted by name, without absent ones', () => {
    expect(canonicalQuery({ search: 'ann lee', limit: 2, offset: undefined, order: null })).toBe(
      'limit=2&search=ann+lee',
    );
    expect(canonicalQuery({})).toBe('');
  });
});

describe('buildPage', () => {
  it.each([
    // [validated query, limit, offset, count, next, previous]
    [{}, 100, 0, 3, null, null],
    [{}, 2, 0, 5, `${URL_}?limit=2&offset=2`, null],
    [{ limit: 2, offset: 2 }, 2, 2, 5, `${URL_}?limit=2&offset=4`, `${URL_}?limit=2`],
    [{ limit: 2, offset: 4 }, 2, 4, 5, null, `${URL_}?limit=2&offset=2`],
    [{ offset: 1, limit: 2 }, 2, 1, 5, `${URL_}?limit=2&offset=3`, `${URL_}?limit=2`],
    [{ limit: 2, offset: 2 }, 2, 2, 4, null, `${URL_}?limit=2`],
    [
      { search: 'ann lee', order: '-joined_at', limit: 2, offset: 3 },
      2,
      3,
      9,
      `${URL_}?limit=2&offset=5&order=-joined_at&search=ann+lee`,
      `${URL_}?limit=2&offset=1&order=-joined_at&search=ann+lee`,
    ],
  ])('query %j limit %i offset %i count %i', (query, limit, offset, count, next, previous) => {
    const page = buildPage({ pageUrl: URL_, query, page: { limit, offset }, count, results: ['x'] });
    expect(page).toEqual({ count, next, previous, results: ['x'] });
  });
});

describe('paginate', () => {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('deps', { settings: { publicUrl: c.req.header('x-public-url') } } as AppEnv['Variables']['deps']);
    await next();
  });
  app.get(
    '/list/',
    validator('query', (query) => ({ limit: Number(query.limit), offset: Number(query.offset) })),
    (c) => c.json(paginate(c, { limit: 1, offset: 1 }, 3, [1])),
  );

  it('links on the request origin and path with the validated query only (unknown parameters are dropped)', async () => {
    const local = await (await app.request('http://h:8000/list/?offset=1&limit=1&utm=x%26y')).json();
    expect(local).toEqual({
      count: 3,
      next: 'http://h:8000/list/?limit=1&offset=2',
      previous: 'http://h:8000/list/?limit=1',
      results: [1],
    });
  });

  it('links on PUBLIC_URL (origin and path prefix) when configured', async () => {
    const headers = { 'x-public-url': 'https://api.example.com/v/' };
    const rebased = await (await app.request('http://h:8000/list/?limit=1&offset=1', { headers })).json();
    expect(rebased.next).toBe('https://api.example.com/v/list/?limit=1&offset=2');
    expect(rebased.previous).toBe('https://api.example.com/v/list/?limit=1');
  });
});
