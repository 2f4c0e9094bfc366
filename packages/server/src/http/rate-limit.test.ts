import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addMemberOrFail, createUserOrFail, issuePersonalApiKey } from '../cli/provisioning.js';
import { loadConfig } from '../config/config.js';
import type { RateRule } from '../domain/rate-windows.js';
import { openStore } from '../store/open-store.js';
import { createTestSchema, TEST_DATABASE_URL } from '../store/postgres-test-database.js';
import type { Store } from '../store/store.js';
import { createApp } from './app.js';
import { createTestClock, type TestClock } from './test-support/test-world.js';

// Upstream's throttles on the whole app: 429 `throttled` with Retry-After, per personal API key, after
// authentication, on both databases; on PostgreSQL the counts are shared by every app (process) on the database.

const MINUTE = 60_000;
const HOUR = 3_600_000;
const STORE_KINDS = ['sqlite', 'postgres'] as const;
type StoreKind = (typeof STORE_KINDS)[number];

interface Throttled {
  store: Store;
  clock: TestClock;
  orgId: string;
  /** Two keys of the owner, one of an admin; `outsider` belongs to another organization only. */
  keys: { owner: string; ownerSecond: string; admin: string; outsider: string };
  /** A second store on the same database (PostgreSQL: another process's view); the same store on SQLite. */
  openSecondStore(): Promise<Store>;
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A fresh database with an organization, its owner (two keys), an admin and an outsider; the clock on a full hour. */
async function createThrottled(kind: StoreKind): Promise<Throttled> {
  const clock = createTestClock('2026-03-01T12:00:00.000Z');
  const options = { now: () => clock.now() };
  let open: () => Promise<Store>;
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'server-rate-limit-'));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    const store = await openStore(`sqlite:${join(dir, 'test.db')}`, options);
    open = async () => store;
  } else {
    const { schema, drop } = await createTestSchema();
    cleanups.push(drop);
    open = () => openStore(TEST_DATABASE_URL, { ...options, schema, poolSize: 4 });
  }
  const store = await open();
  cleanups.push(() => store.close());
  await store.migrate();
  const org = await store.createOrganization({ name: 'Throttled' });
  const other = await store.createOrganization({ name: 'Elsewhere' });
  const owner = await createUserOrFail(store, { email: 'owner@t.example', first_name: 'Owner' });
  const admin = await createUserOrFail(store, { email: 'admin@t.example', first_name: 'Admin' });
  const outsider = await createUserOrFail(store, { email: 'out@t.example', first_name: 'Out' });
  await addMemberOrFail(store, org, owner, 15);
  await addMemberOrFail(store, org, admin, 8);
  await addMemberOrFail(store, other, outsider, 15);
  const key = async (userId: number) =>
    (await issuePersonalApiKey(store, { userId, label: 'rate', scopes: ['*'] })).value;
  const keys = {
    owner: await key(owner.id),
    ownerSecond: await key(owner.id),
    admin: await key(admin.id),
    outsider: await key(outsider.id),
  };
  return {
    store,
    clock,
    orgId: org.id,
    keys,
    async openSecondStore() {
      if (kind === 'sqlite') return store;
      const second = await open();
      cleanups.push(() => second.close());
      return second;
    },
  };
}

function appFor(world: Throttled, rateLimits: readonly RateRule[] | undefined, store = world.store) {
  return createApp({
    store,
    clock: world.clock,
    mailer: null,
    config: { validateResponses: true, ...(rateLimits ? { rateLimits } : {}) },
  });
}

type App = ReturnType<typeof appFor>;

/** A request with `key` (GET unless `method`). */
async function call(app: App, key: string, path: string, method = 'GET'): Promise<Response> {
  return app.request(path, { method, headers: { Authorization: `Bearer ${key}` } });
}

const membersOf = (world: Throttled) => `/api/organizations/${world.orgId}/members/`;

/** Sends `n` requests one after the other; returns their statuses. */
async function statuses(n: number, send: () => Promise<Response>): Promise<number[]> {
  const result: number[] = [];
  for (let i = 0; i < n; i++) result.push((await send()).status);
  return result;
}

const throttledBody = (seconds: number) => ({
  type: 'throttled_error',
  code: 'throttled',
  detail: `Request was throttled. Expected available in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
  attr: null,
});

async function expectThrottled(response: Response, seconds: number): Promise<void> {
  expect(response.status).toBe(429);
  expect(response.headers.get('retry-after')).toBe(String(seconds));
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(await response.json()).toEqual(throttledBody(seconds));
}

const burst = (requests: number): RateRule => ({ scope: 'burst', requests, periodSeconds: 60 });
const sustained = (requests: number): RateRule => ({ scope: 'sustained', requests, periodSeconds: 3600 });

describe.each(STORE_KINDS)('rate limits on %s', (kind) => {
  it("upstream's defaults: the 481st request in a minute gets 429 with Retry-After, then the window moves on", async () => {
    const world = await createThrottled(kind);
    const app = appFor(world, loadConfig({}).rateLimits);
    const path = membersOf(world);
    const sent = await statuses(480, () => call(app, world.keys.owner, path));
    expect(sent.filter((status) => status === 200)).toHaveLength(480);

    await expectThrottled(await call(app, world.keys.owner, path), 60);
    world.clock.advance(30_000);
    await expectThrottled(await call(app, world.keys.owner, path), 30);
    world.clock.advance(29_999);
    await expectThrottled(await call(app, world.keys.owner, path), 1);
    // Exactly when Retry-After said: the requests of 12:00:00 have left the last minute.
    world.clock.advance(1);
    expect((await call(app, world.keys.owner, path)).status).toBe(200);
  });

  it('counts per personal API key: another key, even of the same user, has its own counts', async () => {
    const world = await createThrottled(kind);
    const app = appFor(world, [burst(2)]);
    const path = membersOf(world);
    expect(await statuses(2, () => call(app, world.keys.owner, path))).toEqual([200, 200]);
    await expectThrottled(await call(app, world.keys.owner, path), 60);
    expect(await statuses(3, () => call(app, world.keys.ownerSecond, path))).toEqual([200, 200, 429]);
    expect(await statuses(3, () => call(app, world.keys.admin, path))).toEqual([200, 200, 429]);
  });

  it('throttles after authentication and permissions: 401 and 403 answers are never counted', async () => {
    const world = await createThrottled(kind);
    const app = appFor(world, [burst(2)]);
    const path = membersOf(world);
    expect(await statuses(5, () => call(app, 'phx_not_a_key', path))).toEqual([401, 401, 401, 401, 401]);
    // The outsider is no member of the organization: 403, uncounted; its own organization still gets its 2.
    expect(await statuses(5, () => call(app, world.keys.outsider, path))).toEqual([403, 403, 403, 403, 403]);
    const own = `/api/organizations/@current/members/`;
    expect(await statuses(3, () => call(app, world.keys.outsider, own))).toEqual([200, 200, 429]);
  });

  it('counts every API operation alike, never /healthz nor the spec', async () => {
    const world = await createThrottled(kind);
    const app = appFor(world, [burst(2)]);
    for (let i = 0; i < 3; i++) {
      expect((await app.request('/healthz')).status).toBe(200);
      expect((await app.request('/openapi.yaml')).status).toBe(200);
    }
    const org = `/api/organizations/${world.orgId}`;
    expect((await call(app, world.keys.owner, `${org}/projects/`)).status).toBe(200);
    expect((await call(app, world.keys.owner, `${org}/invites/`)).status).toBe(200);
    await expectThrottled(await call(app, world.keys.owner, `${org}/projects/`, 'POST'), 60);
    expect((await app.request('/healthz')).status).toBe(200);
  });

  it('a request refused by one throttle still counts in the others (DRF runs them all); the longest wait wins', async () => {
    const world = await createThrottled(kind);
    const app = appFor(world, [burst(3), sustained(5)]);
    const path = membersOf(world);
    expect(await statuses(3, () => call(app, world.keys.owner, path))).toEqual([200, 200, 200]);
    await expectThrottled(await call(app, world.keys.owner, path), 60); // burst refuses; sustained counts it (4)
    world.clock.advance(MINUTE);
    expect((await call(app, world.keys.owner, path)).status).toBe(200); // sustained: 5 of 5
    // burst would admit one again in 20 s; sustained only in the next hour's window: 59 minutes.
    await expectThrottled(await call(app, world.keys.owner, path), (HOUR - MINUTE) / 1000);
  });

  it('RATE_LIMIT=off never throttles', async () => {
    const world = await createThrottled(kind);
    const rateLimits = loadConfig({ RATE_LIMIT: 'off', RATE_LIMIT_BURST: '1/minute' }).rateLimits;
    const app = appFor(world, rateLimits);
    const sent = await statuses(20, () => call(app, world.keys.owner, membersOf(world)));
    expect(sent).toEqual(Array.from({ length: 20 }, () => 200));
  });

  it('apps built without rules (the tests, the contract runner) are not throttled', async () => {
    const world = await createThrottled(kind);
    const app = appFor(world, undefined);
    const sent = await statuses(600, () => call(app, world.keys.owner, membersOf(world)));
    expect(new Set(sent)).toEqual(new Set([200]));
  });
});

describe('rate limits on PostgreSQL: one count for every app on the database', () => {
  it('two apps on two stores share the key counts', async () => {
    const world = await createThrottled('postgres');
    const first = appFor(world, [burst(3)]);
    const second = appFor(world, [burst(3)], await world.openSecondStore());
    const path = membersOf(world);
    expect((await call(first, world.keys.owner, path)).status).toBe(200);
    expect((await call(second, world.keys.owner, path)).status).toBe(200);
    expect((await call(first, world.keys.owner, path)).status).toBe(200);
    await expectThrottled(await call(second, world.keys.owner, path), 60);
    await expectThrottled(await call(first, world.keys.owner, path), 60);
  });

  it('concurrent requests through both apps admit exactly the rate', async () => {
    const world = await createThrottled('postgres');
    const apps = [appFor(world, [burst(7)]), appFor(world, [burst(7)], await world.openSecondStore())];
    const path = membersOf(world);
    const responses = await Promise.all(
      Array.from({ length: 24 }, (_, i) => call(apps[i % 2] as App, world.keys.admin, path)),
    );
    const counted = responses.map((response) => response.status).sort();
    expect(counted).toEqual([...Array(7).fill(200), ...Array(17).fill(429)]);
  });

  it('purges counters untouched for two days, keeps the others', async () => {
    const world = await createThrottled('postgres');
    const app = appFor(world, [burst(3), sustained(10)]);
    await call(app, world.keys.owner, membersOf(world));
    world.clock.advance(2 * 24 * HOUR);
    await call(app, world.keys.admin, membersOf(world));
    world.clock.advance(1);
    expect(await world.store.purgeStaleRateCounters()).toBe(2); // the owner's two scopes
    expect(await world.store.purgeStaleRateCounters()).toBe(0);
  });
});
