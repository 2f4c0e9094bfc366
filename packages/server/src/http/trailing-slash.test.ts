import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from './app-env.js';
import { compileOperationMatcher } from './operation-matcher.js';
import { fixtureOperations } from './test-support/fixture-operations.js';
import { redirectMissingTrailingSlash } from './trailing-slash.js';

const app = new Hono<AppEnv>();
app.use('*', async (c, next) => {
  c.set('deps', { settings: { publicUrl: c.req.header('x-public-url') } } as AppEnv['Variables']['deps']);
  await next();
});
app.use('*', redirectMissingTrailingSlash(compileOperationMatcher(fixtureOperations)));
app.all('*', (c) => c.text(`reached ${c.req.method} ${c.req.path}`));

describe('redirectMissingTrailingSlash', () => {
  it.each(['GET', 'POST', 'PATCH', 'DELETE'])(
    '%s without the slash → 308 keeping the query',
    async (method) => {
      const res = await app.request(
        'http://api.test/api/organizations/@current/members?limit=2&search=a%20b',
        {
          method,
        },
      );
      expect(res.status).toBe(308);
      expect(res.headers.get('location')).toBe(
        'http://api.test/api/organizations/@current/members/?limit=2&search=a%20b',
      );
    },
  );

  it('redirects paths that exist for another method too (405 comes after the redirect)', async () => {
    const res = await app.request('http://api.test/api/organizations/o/invites/bulk', { method: 'GET' });
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe('http://api.test/api/organizations/o/invites/bulk/');
  });

  it('redirects to PUBLIC_URL (origin and path prefix) when configured, never to the request host', async () => {
    const res = await app.request('http://127.0.0.1:8000/api/organizations/o/members?limit=2', {
      headers: { 'x-public-url': 'https://api.example.com/v1' },
    });
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe(
      'https://api.example.com/v1/api/organizations/o/members/?limit=2',
    );
  });

  it.each(['/api/organizations/o/members/', '/api/organizations/o/nothing', '/healthz'])(
    'passes %s through',
    async (path) => {
      const res = await app.request(`http://api.test${path}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(`reached GET ${path}`);
    },
  );
});
