import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { FAST_PATH_IN_TESTS } from '../../src/store/test-support/fast-path-in-tests.js';
import { describeStore } from './store-contract.js';

const dirs: string[] = [];
const tempDb = () => {
  const dir = mkdtempSync(join(tmpdir(), 'orgapi-store-'));
  dirs.push(dir);
  return join(dir, 'data', 'orgapi.db');
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describeStore('sqlite', async (now) => {
  const store = await openStore(`sqlite:${tempDb()}`, { now, fastPath: FAST_PATH_IN_TESTS });
  return { store, cleanup: () => store.close() };
});

describe('SQLite store file', () => {
  it('serves the authentication lookup from memory only while no connection has committed', async () => {
    const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
    const path = tempDb();
    const server = await openStore(`sqlite:${path}`);
    await server.migrate();
    const admin = await openStore(`sqlite:${path}`); // another process, e.g. the admin CLI
    const org = await server.createOrganization({ name: 'Memo' });
    const created = await server.createUser({ email: 'memo@example.com' });
    if (!created.ok) throw new Error(created.reason);
    await server.addMember(org.id, created.user.id, 8);
    const key = await server.createPersonalApiKey({
      user_id: created.user.id,
      label: 'k',
      secure_value: 'sha256$memo',
      mask_value: 'phx_...memo',
      scopes: ['*'],
    });
    if (!key.ok) throw new Error(key.reason);
    const lookUp = () => server.findPersonalApiKeyInOrganization('sha256$memo', org.id);
    const first = await lookUp();
    expect(first?.organization?.membership?.level).toBe(8);
    expect(await lookUp()).toBe(first); // the same object: kept
    await admin.updateMemberLevel(org.id, created.user.id, 1); // committed by another connection
    await nextTurn(); // another process's commit is seen from the next event-loop turn on
    expect((await lookUp())?.organization?.membership?.level).toBe(1);
    await server.removeMember(org.id, created.user.id); // committed by this store's own writer
    expect((await lookUp())?.organization?.membership).toBeUndefined();
    await Promise.all([server.close(), admin.close()]);
  });
  it('sees its own INSERT … RETURNING at once (a statement that returns rows and writes)', async () => {
    const store = await openStore(`sqlite:${tempDb()}`);
    await store.migrate();
    const created = await store.createUser({ email: 'returning@example.com' });
    if (!created.ok) throw new Error(created.reason);
    const key = await store.createPersonalApiKey({
      user_id: created.user.id,
      label: 'k',
      secure_value: 'sha256$returning',
      mask_value: 'phx_...ning',
      scopes: ['*'],
    });
    if (!key.ok) throw new Error(key.reason);
    const id = '3f0c8d5e-9a41-4b7e-8a52-6c1d2e3f4a5b';
    const lookUp = () => store.findPersonalApiKeyInOrganization('sha256$returning', id);
    expect((await lookUp())?.organization).toBeUndefined(); // kept: no such organization yet
    await store.createOrganization({ id, name: 'Late' }); // one INSERT … RETURNING, no transaction
    expect((await lookUp())?.organization?.organization.name).toBe('Late'); // the same event-loop turn
    await store.close();
  });
  it('keeps nothing with FAST_PATH off (openStore fastPath: false)', async () => {
    const path = tempDb();
    const store = await openStore(`sqlite:${path}`, { fastPath: false });
    await store.migrate();
    const admin = await openStore(`sqlite:${path}`);
    const org = await store.createOrganization({ name: 'Plain' });
    const created = await store.createUser({ email: 'plain@example.com' });
    if (!created.ok) throw new Error(created.reason);
    await store.addMember(org.id, created.user.id, 8);
    const key = await store.createPersonalApiKey({
      user_id: created.user.id,
      label: 'k',
      secure_value: 'sha256$plain',
      mask_value: 'phx_...lain',
      scopes: ['*'],
    });
    if (!key.ok) throw new Error(key.reason);
    const lookUp = () => store.findPersonalApiKeyInOrganization('sha256$plain', org.id);
    const first = await lookUp();
    expect(await lookUp()).not.toBe(first); // read again, not kept
    await admin.updateMemberLevel(org.id, created.user.id, 1); // another connection, the same turn
    expect((await lookUp())?.organization?.membership?.level).toBe(1);
    await Promise.all([store.close(), admin.close()]);
  });
  it('shares the members version with another connection to the same file (a second server process)', async () => {
    const path = tempDb();
    const first = await openStore(`sqlite:${path}`);
    await first.migrate();
    const second = await openStore(`sqlite:${path}`);
    const org = await first.createOrganization({ name: 'Shared' });
    const created = await first.createUser({ email: 'owner@example.com', first_name: 'O', last_name: 'W' });
    if (!created.ok) throw new Error(created.reason);
    const version = async (store: typeof first) =>
      (await store.getOrganizationMembership(org.id, created.user.id))?.organization.members_version;
    const before = await version(second);
    await first.addMember(org.id, created.user.id, 15);
    const after = await version(second);
    expect(after).not.toBe(before);
    expect(after).toBe(await version(first));
    await Promise.all([first.close(), second.close()]);
  });
  it('creates the folder and a WAL-mode file whose data survives reopening', async () => {
    const path = tempDb();
    const first = await openStore(`sqlite:${path}`);
    await first.migrate();
    const org = await first.createOrganization({ name: 'Persisted' });
    await first.close();

    const raw = new SqliteDatabase(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();

    const second = await openStore(`sqlite:${path}`);
    await second.migrate();
    expect(await second.getOrganization(org.id)).toEqual(org);
    await second.close();
  });
});
