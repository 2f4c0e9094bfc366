/*
 * Scaling out: two real server processes (the bundle `node --enable-source-maps build/main.mjs`, as
 * `npm start -w @org-api/server` runs it) on ONE fresh PostgreSQL database (a new database on TEST_DATABASE_URL's server, dropped afterwards). Writes
 * through one process are read through the other, and concurrent requests split across both lose or double
 * nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFreshDatabase } from './support/fresh-postgres-database.js';
import { type Caller, createCaller } from './support/http-caller.js';
import { ensureServerBundle, spawnAdminCli, spawnServerBundle } from './support/server-bundle.js';
import {
  type Banner,
  type Listening,
  logRecords,
  parseBanner,
  waitForListening,
} from './support/server-output.js';
import { type SpawnedProcess, waitForClose } from './support/spawned-process.js';

/** What `npm run admin -- fixtures` prints (the parts used here). */
interface Fixtures {
  organizationId: string;
  tokens: { owner: string; admin: string; member: string };
  users: Record<'owner' | 'admin' | 'member', { id: number; uuid: string; email: string }>;
}

const SETUP_TIMEOUT_MS = 240_000;
const spawned: SpawnedProcess[] = [];
let database: { url: string; drop(): Promise<void> } | undefined;

/** Starts the server bundle on the fresh database. */
function startServer(): SpawnedProcess {
  const child = spawnServerBundle({ DATABASE_URL: database?.url ?? '' });
  spawned.push(child);
  return child;
}

/** Runs the admin CLI on the fresh database. */
function runAdminCli(args: readonly string[]): SpawnedProcess {
  const child = spawnAdminCli(args, { DATABASE_URL: database?.url ?? '' });
  spawned.push(child);
  return child;
}

let servers: Array<{ child: SpawnedProcess; listening: Listening }>;
let fixtures: Fixtures;
/** Callers with the fixtures owner's key, one per process. */
let a: Caller;
let b: Caller;
let org: string;

beforeAll(async () => {
  database = await createFreshDatabase('orgapi_proc');
  // Both start at once on the empty database: both migrate and both try to seed the demo organization.
  await ensureServerBundle();
  const started = [startServer(), startServer()];
  const listening = await Promise.all(started.map(waitForListening));
  servers = started.map((child, i) => ({ child, listening: listening[i] as Listening }));

  const admin = runAdminCli(['fixtures']);
  const exit = await waitForClose(admin);
  expect(exit, admin.stderr()).toEqual({ code: 0, signal: null });
  fixtures = JSON.parse(admin.stdout()) as Fixtures;
  org = `/api/organizations/${fixtures.organizationId}`;
  a = createCaller(servers[0]?.listening.url ?? '', fixtures.tokens.owner, 'process-a');
  b = createCaller(servers[1]?.listening.url ?? '', fixtures.tokens.owner, 'process-b');
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  for (const child of spawned) child.signalGroup('SIGKILL'); // only matters when a test failed half-way
  await Promise.all(spawned.map((child) => waitForClose(child)));
  await database?.drop();
}, SETUP_TIMEOUT_MS);

describe('two server processes on one PostgreSQL database', { timeout: SETUP_TIMEOUT_MS }, () => {
  it('both migrate concurrently at start without error; exactly one seeds the demo organization', async () => {
    for (const { child, listening } of servers) {
      expect(listening).toEqual({
        level: 'info',
        time: expect.any(String),
        msg: 'listening',
        url: `http://127.0.0.1:${listening.port}`,
        port: listening.port,
        database: 'postgres',
        pid: child.pid,
      });
      expect(child.stderr()).toBe('');
      expect(logRecords(child.stdout()).filter((r) => r.level !== 'info')).toEqual([]);
    }
    const banners = servers.map(({ child }) => parseBanner(child.stdout())).filter((x) => x !== undefined);
    expect(banners).toHaveLength(1);
    const banner = banners[0] as Banner;

    // The printed key works on both processes and both see the same demo organization.
    const path = `/api/organizations/${banner.organizationId}/members/`;
    const [viaA, viaB] = await Promise.all(
      servers.map(({ listening }) => createCaller(listening.url, banner.key, 'demo')('GET', path)),
    );
    expect(viaA?.status).toBe(200);
    expect(viaA?.json).toMatchObject({
      count: 1,
      results: [{ level: 15, user: { email: 'demo-owner@example.com' } }],
    });
    expect(viaB?.json).toEqual(viaA?.json);
  });

  it('a project created through one is read through the other; a patch through the other is seen by the first', async () => {
    const created = await a('POST', `${org}/projects/`, { name: 'Shared project' });
    expect(created.status).toBe(201);
    const id = created.json.id as number;

    const read = await b('GET', `${org}/projects/${id}/`);
    expect(read.status).toBe(200);
    expect(read.json).toEqual(created.json);

    const patched = await b('PATCH', `${org}/projects/${id}/`, {
      name: 'Renamed',
      timezone: 'Europe/Berlin',
    });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({ id, name: 'Renamed', timezone: 'Europe/Berlin' });

    const reread = await a('GET', `${org}/projects/${id}/`);
    expect(reread.json).toEqual(patched.json);
    const [listA, listB] = await Promise.all([a('GET', `${org}/projects/`), b('GET', `${org}/projects/`)]);
    expect(listA.json).toMatchObject({
      count: 1,
      results: [{ id, name: 'Renamed', timezone: 'Europe/Berlin' }],
    });
    expect(listB.json).toEqual(listA.json);
  });

  it('re-inviting through the other process replaces the invite', async () => {
    const first = await a('POST', `${org}/invites/`, { target_email: 'twice@example.com', level: 1 });
    expect(first.status).toBe(201);
    const second = await b('POST', `${org}/invites/`, { target_email: 'twice@example.com', level: 8 });
    expect(second.status).toBe(201);
    expect(second.json.id).not.toBe(first.json.id);

    const invites = await a('GET', `${org}/invites/?limit=100`);
    const forEmail = invites.json.results.filter(
      (i: { target_email: string }) => i.target_email === 'twice@example.com',
    );
    expect(forEmail).toEqual([second.json]);
    const deleteReplaced = await b('DELETE', `${org}/invites/${first.json.id}/`);
    expect(deleteReplaced.status).toBe(404);
    expect(deleteReplaced.json).toEqual({
      type: 'invalid_request',
      code: 'not_found',
      detail: 'Not found.',
      attr: null,
    });
  });

  it('a member level change through one is seen by the other', async () => {
    const member = fixtures.users.member.uuid;
    const levelOf = async (call: Caller) => {
      const list = await call('GET', `${org}/members/?limit=100`);
      expect(list.status).toBe(200);
      return list.json.results.find((m: { user: { uuid: string } }) => m.user.uuid === member)?.level;
    };
    expect(await levelOf(b)).toBe(1);
    const promoted = await a('PATCH', `${org}/members/${member}/`, { level: 8 });
    expect(promoted.status).toBe(200);
    expect(promoted.json).toMatchObject({ level: 8, user: { uuid: member } });
    expect(await levelOf(b)).toBe(8);
    const demoted = await b('PATCH', `${org}/members/${member}/`, { level: 1 });
    expect(demoted.status).toBe(200);
    expect(await levelOf(a)).toBe(1);
  });

  it('concurrent bulk invites split across both processes lose or double nothing', async () => {
    const batches = Array.from({ length: 10 }, (_, batch) =>
      Array.from({ length: 20 }, (_, item) => ({ target_email: `bulk-${batch}-${item}@example.com` })),
    );
    const responses = await Promise.all(
      batches.map((batch, i) => (i % 2 === 0 ? a : b)('POST', `${org}/invites/bulk/`, batch)),
    );
    responses.forEach((response, i) => {
      expect(response.status, response.text).toBe(201);
      expect(response.json.map((invite: { target_email: string }) => invite.target_email)).toEqual(
        batches[i]?.map((item) => item.target_email),
      );
    });

    const listed = await b('GET', `${org}/invites/?limit=1000`);
    expect(listed.status).toBe(200);
    const bulk = listed.json.results.filter((i: { target_email: string }) =>
      i.target_email.startsWith('bulk-'),
    );
    expect(bulk.map((i: { target_email: string }) => i.target_email).sort()).toEqual(
      batches
        .flat()
        .map((item) => item.target_email)
        .sort(),
    );
    const created = responses.flatMap((response) => response.json.map((invite: { id: string }) => invite.id));
    expect(bulk.map((i: { id: string }) => i.id).sort()).toEqual([...created].sort());
  });

  it('concurrent bulk invites of the SAME emails through both processes leave one whole batch, one invite each', async () => {
    const emails = Array.from({ length: 20 }, (_, item) => `same-${item}@example.com`);
    const batches = Array.from({ length: 6 }, (_, batch) =>
      emails.map((target_email) => ({ target_email, first_name: `batch${batch}` })),
    );
    const responses = await Promise.all(
      batches.map((batch, i) => (i % 2 === 0 ? a : b)('POST', `${org}/invites/bulk/`, batch)),
    );
    for (const response of responses) expect(response.status, response.text).toBe(201);

    const listed = await a('GET', `${org}/invites/?limit=1000`);
    const same = listed.json.results.filter((i: { target_email: string }) =>
      i.target_email.startsWith('same-'),
    );
    expect(same.map((i: { target_email: string }) => i.target_email).sort()).toEqual([...emails].sort());
    // Batches are all-or-nothing and serialized: the survivors are exactly the invites of ONE batch (the last).
    const survivorBatches = new Set(same.map((i: { first_name: string }) => i.first_name));
    expect(survivorBatches.size).toBe(1);
    const winner = Number(String([...survivorBatches][0]).replace('batch', ''));
    expect(same.map((i: { id: string }) => i.id).sort()).toEqual(
      responses[winner]?.json.map((invite: { id: string }) => invite.id).sort(),
    );
  });

  it('both stop gracefully on SIGTERM with exit code 0', async () => {
    for (const { child } of servers) child.signalGroup('SIGTERM');
    for (const { child } of servers) {
      expect(await waitForClose(child)).toEqual({ code: 0, signal: null });
      expect(logRecords(child.stdout()).at(-1)).toMatchObject({ msg: 'stopped' });
      expect(child.stderr()).toBe('');
    }
  });
});
