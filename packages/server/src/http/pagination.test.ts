import { describe, expect, it } from 'vitest';
import type { AppEnv } from './app-env.js';
import { buildPage, parsePageRequest } from './pagination.js';

const URL_ = 'http://127.0.0.1:8000/api/organizations/o1/members/';

describe('parsePageRequest', () => {
  it('defaults to limit 100, offset 0', () => {
    expect(parsePageRequest({})).toEqual({ limit: 100, offset: 0 });
    expect(parsePageRequest({ limit: 5, offset: 10 })).toEqual({ limit: 5, offset: 10 });
  });
});

describe('buildPage', () => {
  it.each([
    // [request query, limit, offset, count, next, previous]
    ['', 100, 0, 3, null, null],
    ['', 2, 0, 5, `${URL_}?limit=2&offset=2`, null],
    ['?limit=2&offset=2', 2, 2, 5, `${URL_}?limit=2&offset=4`, `${URL_}?limit=2`],
    ['?limit=2&offset=4', 2, 4, 5, null, `${URL_}?limit=2&offset=2`],
    ['?offset=1&limit=2', 2, 1, 5, `${URL_}?limit=2&offset=3`, `${URL_}?limit=2`],
    ['?limit=2&offset=2', 2, 2, 4, null, `${URL_}?limit=2`],
    [
      '?search=ann+lee&order=-joined_at&limit=2&offset=3',
      2,
      3,
      9,
      `${URL_}?limit=2&offset=5&order=-joined_at&search=ann+lee`,
      `${URL_}?limit=2&offset=1&order=-joined_at&search=ann+lee`,
    ],
    [
      '?email=a%40b.co&email=c%40d.co',
      1,
      0,
      2,
      `${URL_}?email=a%40b.co&email=c%40d.co&limit=1&offset=1`,
      null,
    ],
  ])('query %j limit %i offset %i count %i', (query, limit, offset, count, next, previous) => {
    const page = buildPage({ requestUrl: `${URL_}${query}`, page: { limit, offset }, count, results: ['x'] });
    expect(page).toEqual({ count, next, previous, results: ['x'] });
  });

  it('uses PUBLIC_URL (origin and path prefix) instead of the request origin', () => {
    const page = buildPage({
      requestUrl: `${URL_}?limit=1&offset=1`,
      publicUrl: 'https://api.example.com/v/',
      page: { limit: 1, offset: 1 },
      count: 3,
      results: [],
    });
    expect(page.next).toBe('https://api.example.com/v/api/organizations/o1/members/?limit=1&offset=2');
    expect(page.previous).toBe('https://api.example.com/v/api/organizations/o1/members/?limit=1');
  });
});

describe('paginate', () => {
  it('uses the request URL and the configured PUBLIC_URL', async () => {
    const { Hono } = await import('hono');
    const { paginate } = await import('./pagination.js');
    const app = new Hono<AppEnv>();
    app.use('*', async (c, next) => {
      c.set('deps', { settings: { publicUrl: c.req.query('public') } } as AppEnv['Variables']['deps']);
      await next();
    });
    app.get('/list/', (c) => c.json(paginate(c, { limit: 1, offset: 1 }, 3, [1])));
    const local = await (await app.request('http://h:8000/list/?limit=1&offset=1')).json();
    expect(local).toEqual({
      count: 3,
      next: 'http://h:8000/list/?limit=1&offset=2',
      previous: 'http://h:8000/list/?limit=1',
      results: [1],
    });
    const rebased = await (
      await app.request('http://h:8000/list/?public=https%3A%2F%2Fapi.example.com')
    ).json();
    expect(rebased.next).toBe(
      'https://api.example.com/list/?limit=1&offset=2&public=https%3A%2F%2Fapi.example.com',
    );
  });
});
