import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { createTestWorld, type TestWorld } from './test-support/test-world.js';

let world: TestWorld;
beforeAll(async () => {
  world = await createTestWorld();
});
afterAll(async () => {
  await world.cleanup();
});

const APP_ORIGIN = 'https://app.example.com';

function build(corsOrigins?: string[]) {
  const config = { validateResponses: true, ...(corsOrigins ? { corsOrigins } : {}) };
  return createApp({ store: world.store, clock: world.clock, mailer: null, config });
}

/** A browser's preflight of a PATCH with `Authorization` and `Content-Type` from `origin`. */
const preflight = (origin: string) => ({
  method: 'OPTIONS',
  headers: {
    Origin: origin,
    'Access-Control-Request-Method': 'PATCH',
    'Access-Control-Request-Headers': 'authorization, content-type',
  },
});

const members = () => `http://api.test/api/organizations/${world.orgA.id}/members/`;

describe('CORS', () => {
  it('is off by default: no CORS headers, a preflight is an unauthenticated OPTIONS (401)', async () => {
    const app = build();
    const res = await app.request(members(), preflight(APP_ORIGIN));
    expect(res.status).toBe(401);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const get = await app.request(members(), {
      headers: { Origin: APP_ORIGIN, Authorization: `Bearer ${world.keys.owner}` },
    });
    expect(get.status).toBe(200);
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers a preflight from an allowed origin without a key: origin, methods, headers, max age', async () => {
    const res = await build([APP_ORIGIN]).request(members(), preflight(APP_ORIGIN));
    expect(res.status).toBe(204);
    expect(Object.fromEntries(res.headers)).toMatchObject({
      'access-control-allow-origin': APP_ORIGIN,
      'access-control-allow-methods': 'GET, POST, PATCH, DELETE',
      'access-control-allow-headers': 'Authorization, Content-Type, X-Request-Id',
      'access-control-max-age': '600',
      vary: 'Origin',
    });
    expect(await res.text()).toBe('');
  });

  it('lets an allowed origin read answers and their headers, errors included', async () => {
    const app = build([APP_ORIGIN, 'http://localhost:3000']);
    const ok = await app.request(members(), {
      headers: { Origin: APP_ORIGIN, Authorization: `Bearer ${world.keys.owner}` },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(ok.headers.get('access-control-expose-headers')).toBe(
      'X-Request-Id, Retry-After, Location, Allow',
    );
    expect(ok.headers.get('vary')).toBe('Origin');
    const denied = await app.request(members(), { headers: { Origin: 'http://localhost:3000' } });
    expect(denied.status).toBe(401);
    expect(denied.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
  });

  it('gives other origins nothing: no CORS headers, their preflight stays an OPTIONS request', async () => {
    const app = build([APP_ORIGIN]);
    const res = await app.request(members(), preflight('https://evil.example'));
    expect(res.status).toBe(401);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const get = await app.request(members(), {
      headers: { Origin: 'https://evil.example', Authorization: `Bearer ${world.keys.owner}` },
    });
    expect(get.status).toBe(200);
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
    // The answer depends on Origin: a shared cache must not hand it to an allowed origin.
    expect(get.headers.get('vary')).toBe('Origin');
  });

  it('allows any origin with *, without echoing it (the answer then does not vary)', async () => {
    const res = await build(['*']).request(members(), preflight('https://anyone.example'));
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('vary')).toBeNull();
  });
});
