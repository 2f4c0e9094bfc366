/*
 * Rate limits in real server processes (the bundle, as `npm start -w @org-api/server` runs it): two processes on ONE
 * fresh PostgreSQL database share each key's counts; one process on SQLite counts in memory; RATE_LIMIT=off
 * throttles nothing. The burst rate is lowered to a few requests a DAY (RATE_LIMIT_BURST) so that a real clock
 * cannot move the counts into a new window during the test (short of crossing midnight UTC).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFreshDatabase } from './support/fresh-postgres-database.js';
import { type CallResult, createCaller } from './support/http-caller.js';
import { ensureServerBundle, spawnServerBundle } from './support/server-bundle.js';
import { type Banner, type Listening, parseBanner, waitForListening } from './support/server-output.js';
import { type SpawnedProcess, waitForClose } from './support/spawned-process.js';

const SETUP_TIMEOUT_MS = 240_000;
const spawned: SpawnedProcess[] = [];
let database: { url: string; drop(): Promise<void> } | undefined;
let dir: string;

interface Server {
  child: SpawnedProcess;
  listening: Listening;
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const child = spawnServerBundle(env);
  spawned.push(child);
  return { child, listening: await waitForListening(child) };
}

/** The demo organization's members page through `server` with the banner's key. */
function callMembers(server: Server, banner: Banner, id: string): Promise<CallResult> {
  const call = createCaller(server.listening.url, banner.key, id);
  return call('GET', `/api/organizations/${banner.organizationId}/members/`);
}

function expectThrottled(response: CallResult): void {
  expect(response.status, response.text).toBe(429);
  const seconds = Number(response.headers.get('retry-after'));
  expect(Number.isInteger(seconds) && seconds >= 1 && seconds <= 86_400).toBe(true);
  expect(response.json).toEqual({
    type: 'throttled_error',
    code: 'throttled',
    detail: `Request was throttled. Expected available in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
    attr: null,
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'server-rate-limit-processes-'));
  database = await createFreshDatabase('orgapi_rate');
  await ensureServerBundle();
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  for (const child of spawned) child.signalGroup('SIGKILL'); // their shutdown is tested elsewhere
  await Promise.all(spawned.map((child) => waitForClose(child)));
  await database?.drop();
  rmSync(dir, { recursive: true, force: true });
}, SETUP_TIMEOUT_MS);

describe('rate limits in server processes', { timeout: SETUP_TIMEOUT_MS }, () => {
  it('two processes on one PostgreSQL database share the counts of a key', async () => {
    const env = { DATABASE_URL: database?.url ?? '', RATE_LIMIT_BURST: '5/day' };
    const servers = await Promise.all([startServer(env), startServer(env)]);
    const banner = servers.map(({ child }) => parseBanner(child.stdout())).find((b) => b !== undefined);
    if (!banner) throw new Error('no first-start banner');
    const [a, b] = servers as [Server, Server];

    const admitted = [];
    for (const server of [a, b, a, b, a]) admitted.push((await callMembers(server, banner, 'rate')).status);
    expect(admitted).toEqual([200, 200, 200, 200, 200]);
    expectThrottled(await callMembers(b, banner, 'rate-b'));
    expectThrottled(await callMembers(a, banner, 'rate-a'));
  });

  it('one process on SQLite counts in memory; RATE_LIMIT=off throttles nothing', async () => {
    const on = await startServer({
      DATABASE_URL: `sqlite:${join(dir, 'on.db')}`,
      RATE_LIMIT_BURST: '2/day',
    });
    const onBanner = parseBanner(on.child.stdout()) as Banner;
    expect((await callMembers(on, onBanner, 'on')).status).toBe(200);
    expect((await callMembers(on, onBanner, 'on')).status).toBe(200);
    expectThrottled(await callMembers(on, onBanner, 'on'));

    const off = await startServer({
      DATABASE_URL: `sqlite:${join(dir, 'off.db')}`,
      RATE_LIMIT: 'off',
      RATE_LIMIT_BURST: '2/day',
    });
    const offBanner = parseBanner(off.child.stdout()) as Banner;
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await callMembers(off, offBanner, 'off')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
  });
});
