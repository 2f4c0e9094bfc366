import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../handlers/index.js';
import { openStore } from '../store/open-store.js';
import { createApp } from './app.js';
import { Metrics } from './metrics.js';
import { createTestWorld, type TestWorld } from './test-support/test-world.js';

let world: TestWorld;
let dir: string;
beforeAll(async () => {
  world = await createTestWorld();
  dir = mkdtempSync(join(tmpdir(), 'metrics-'));
});
afterAll(async () => {
  await world.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const BUCKETS = ['0.005', '0.01', '0.025', '0.05', '0.1', '0.25', '0.5', '1', '2.5', '5', '10'];

describe('Metrics.render', () => {
  it('writes the Prometheus text format: counters by operation and status, a cumulative histogram', () => {
    const metrics = new Metrics();
    metrics.observeRequest('members_list', 200, 0.004);
    metrics.observeRequest('members_list', 200, 0.03);
    metrics.observeRequest('members_list', 429, 0.001);
    metrics.observeRequest('none', 404, 20);
    metrics.membersCache.miss();
    metrics.membersCache.hit();
    metrics.membersCache.hit();
    const bucketLines = (operation: string, counts: number[], count: number) => [
      ...BUCKETS.map(
        (le, i) =>
          `orgapi_http_request_duration_seconds_bucket{operation="${operation}",le="${le}"} ${counts[i]}`,
      ),
      `orgapi_http_request_duration_seconds_bucket{operation="${operation}",le="+Inf"} ${count}`,
    ];
    expect(metrics.render().split('\n')).toEqual([
      '# HELP orgapi_http_requests_total HTTP requests answered, by operationId and status.',
      '# TYPE orgapi_http_requests_total counter',
      'orgapi_http_requests_total{operation="members_list",status="200"} 2',
      'orgapi_http_requests_total{operation="members_list",status="429"} 1',
      'orgapi_http_requests_total{operation="none",status="404"} 1',
      '# HELP orgapi_http_request_duration_seconds Time from receiving a request to its response, by operationId.',
      '# TYPE orgapi_http_request_duration_seconds histogram',
      ...bucketLines('members_list', [2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3], 3),
      'orgapi_http_request_duration_seconds_sum{operation="members_list"} 0.035',
      'orgapi_http_request_duration_seconds_count{operation="members_list"} 3',
      ...bucketLines('none', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 1),
      'orgapi_http_request_duration_seconds_sum{operation="none"} 20',
      'orgapi_http_request_duration_seconds_count{operation="none"} 1',
      '# HELP orgapi_http_throttled_requests_total Requests answered 429 (throttled).',
      '# TYPE orgapi_http_throttled_requests_total counter',
      'orgapi_http_throttled_requests_total 1',
      '# HELP orgapi_members_cache_hits_total Members pages and GitHub logins served from memory.',
      '# TYPE orgapi_members_cache_hits_total counter',
      'orgapi_members_cache_hits_total 2',
      '# HELP orgapi_members_cache_misses_total Members pages and GitHub logins read from the database.',
      '# TYPE orgapi_members_cache_misses_total counter',
      'orgapi_members_cache_misses_total 1',
      '',
    ]);
  });
});

describe('GET /metrics', () => {
  const members = () => `http://api.test/api/organizations/${world.orgA.id}/members/`;
  const auth = () => ({ headers: { Authorization: `Bearer ${world.keys.owner}` } });

  it('counts requests by operationId and status, cache lookups and 429s, without a key', async () => {
    // A members_list handler that answers 429 on request: throttling is counted by status, whoever answers it.
    const handlers: typeof createHandlers = (deps) => {
      const real = createHandlers(deps);
      return {
        ...real,
        members_list: (c, next) =>
          c.req.query('throttle') === '1'
            ? (c.json(
                { type: 'throttled_error', code: 'throttled', detail: 'Slow down.', attr: null },
                429,
              ) as never)
            : real.members_list(c, next),
      };
    };
    const app = createApp({ store: world.store, clock: world.clock, mailer: null, config: {}, handlers });
    expect((await app.request(members(), auth())).status).toBe(200);
    expect((await app.request(members(), auth())).status).toBe(200);
    expect((await app.request(`${members()}?limit=0`, auth())).status).toBe(400);
    expect((await app.request(members())).status).toBe(401);
    expect((await app.request(`${members()}?throttle=1`, auth())).status).toBe(429);
    // Raw paths never become label values: three unknown paths are one series.
    for (const path of ['/nothing/', `/api/organizations/${world.orgA.id}/x/`, '/a%22b/']) {
      expect((await app.request(`http://api.test${path}`)).status).toBe(404);
    }

    const res = await app.request('http://api.test/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const lines = (await res.text()).split('\n');
    expect(lines.filter((line) => line.startsWith('orgapi_http_requests_total'))).toEqual([
      'orgapi_http_requests_total{operation="members_list",status="200"} 2',
      'orgapi_http_requests_total{operation="members_list",status="400"} 1',
      'orgapi_http_requests_total{operation="members_list",status="401"} 1',
      'orgapi_http_requests_total{operation="members_list",status="429"} 1',
      'orgapi_http_requests_total{operation="none",status="404"} 3',
    ]);
    expect(lines).toContain('orgapi_http_request_duration_seconds_count{operation="members_list"} 5');
    expect(lines).toContain(
      'orgapi_http_request_duration_seconds_bucket{operation="members_list",le="+Inf"} 5',
    );
    expect(lines).toContain('orgapi_http_request_duration_seconds_count{operation="none"} 3');
    expect(lines).toContain('orgapi_http_throttled_requests_total 1');
    // The first list rendered the page, the second was served from memory (the 429 never reached the cache).
    expect(lines).toContain('orgapi_members_cache_misses_total 1');
    expect(lines).toContain('orgapi_members_cache_hits_total 1');
  });

  it('is absent with METRICS=off', async () => {
    const app = createApp({
      store: world.store,
      clock: world.clock,
      mailer: null,
      config: { metrics: false },
    });
    expect((await app.request('http://api.test/metrics')).status).toBe(404);
  });
});

describe('GET /readyz', () => {
  it('is 200 when the database answers', async () => {
    const app = createApp({ store: world.store, clock: world.clock, mailer: null, config: {} });
    const res = await app.request('http://api.test/readyz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('is 503 when it does not (a closed store)', async () => {
    const store = await openStore(`sqlite:${join(dir, 'closed.db')}`);
    await store.migrate();
    await store.close();
    const app = createApp({ store, clock: world.clock, mailer: null, config: {} });
    const res = await app.request('http://api.test/readyz');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'unavailable' });
  });
});
