import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { storeMigrationProvider } from './migrations/index.js';
import { openStore } from './open-store.js';
import { createTestSchema, TEST_DATABASE_URL } from './postgres-test-database.js';
import { createSqliteDialect } from './sqlite-connection.js';
import type { Store } from './store.js';

/*
 * `organization_memberships.user_is_active` (migration 0002) copies `users.is_active` for the members list. The store
 * has no method that changes `is_active`, so these tests change it with raw SQL, as an admin or a future method
 * would, and check that the list follows (the trigger), and that the migration backfills existing rows.
 */

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const tempDbPath = () => {
  const dir = mkdtempSync(join(tmpdir(), 'orgapi-active-'));
  dirs.push(dir);
  return join(dir, 'orgapi.db');
};

/** An organization with an owner and two members, one of them inactive; returns the active member's id. */
async function seedOrganization(store: Store) {
  await store.migrate();
  const org = await store.createOrganization({ name: 'Active copy' });
  const ids: number[] = [];
  for (const [email, is_active] of [
    ['owner@example.com', true],
    ['active@example.com', true],
    ['gone@example.com', false],
  ] as const) {
    const created = await store.createUser({ email, first_name: email.split('@')[0], is_active });
    if (!created.ok) throw new Error(created.reason);
    await store.addMember(org.id, created.user.id, ids.length === 0 ? 15 : 1);
    ids.push(created.user.id);
  }
  const listed = async () => {
    const page = await store.listMembers(org.id, { limit: 10, offset: 0, order: 'joined_at' });
    return { count: page.count, emails: page.results.map((m) => m.user.email) };
  };
  return { listed, activeId: ids[1] as number, inactiveId: ids[2] as number };
}

const both = { count: 2, emails: ['owner@example.com', 'active@example.com'] };
const ownerOnly = { count: 1, emails: ['owner@example.com'] };
const all = { count: 3, emails: ['owner@example.com', 'active@example.com', 'gone@example.com'] };

describe('members list follows users.is_active', () => {
  it('on SQLite: a deactivated user leaves the list and count, a reactivated one comes back', async () => {
    const path = tempDbPath();
    const store = await openStore(`sqlite:${path}`);
    const raw = new SqliteDatabase(path);
    try {
      const { listed, activeId, inactiveId } = await seedOrganization(store);
      expect(await listed()).toEqual(both);
      raw.prepare('update users set is_active = 0 where id = ?').run(activeId);
      expect(await listed()).toEqual(ownerOnly);
      raw.prepare('update users set is_active = 1 where id in (?, ?)').run(activeId, inactiveId);
      expect(await listed()).toEqual(all);
    } finally {
      raw.close();
      await store.close();
    }
  });

  it('on PostgreSQL: a deactivated user leaves the list and count, a reactivated one comes back', async () => {
    const { schema, drop } = await createTestSchema();
    const store = await openStore(TEST_DATABASE_URL, { schema, poolSize: 2 });
    const client = new pg.Client({
      connectionString: TEST_DATABASE_URL,
      options: `-c search_path=${schema}`,
    });
    await client.connect();
    try {
      const { listed, activeId, inactiveId } = await seedOrganization(store);
      expect(await listed()).toEqual(both);
      await client.query('update users set is_active = false where id = $1', [activeId]);
      expect(await listed()).toEqual(ownerOnly);
      await client.query('update users set is_active = true where id in ($1, $2)', [activeId, inactiveId]);
      expect(await listed()).toEqual(all);
    } finally {
      await client.end();
      await store.close();
      await drop();
    }
  });

  it('the migration backfills the copy for memberships made before it', async () => {
    const path = tempDbPath();
    const db = new Kysely<unknown>({ dialect: createSqliteDialect(path) });
    const migrator = new Migrator({ db, provider: storeMigrationProvider('sqlite') });
    expect((await migrator.migrateTo('0001_initial')).error).toBeUndefined();
    const raw = new SqliteDatabase(path);
    const at = '2024-01-01T00:00:00.000Z';
    raw.prepare("insert into organizations values ('o1', 'Old', 1, 0, ?)").run(at);
    const insertUser = raw.prepare(
      `insert into users (uuid, distinct_id, first_name, first_name_lc, last_name, last_name_lc, email, email_lc,
         is_email_verified, is_active, is_2fa_enabled, has_social_auth, created_at)
       values (?, ?, ?, ?, '', '', ?, ?, 0, ?, 0, 0, ?)`,
    );
    const insertMember = raw.prepare("insert into organization_memberships values (?, 'o1', ?, 1, ?, ?)");
    for (const [name, active] of [
      ['kept', 1],
      ['left', 0],
    ] as const) {
      const { lastInsertRowid } = insertUser.run(
        name,
        name,
        name,
        name,
        `${name}@x.io`,
        `${name}@x.io`,
        active,
        at,
      );
      insertMember.run(`m-${name}`, lastInsertRowid, at, at);
    }
    raw.close();
    await db.destroy();

    const store = await openStore(`sqlite:${path}`);
    try {
      await store.migrate();
      const page = await store.listMembers('o1', { limit: 10, offset: 0 });
      expect({ count: page.count, emails: page.results.map((m) => m.user.email) }).toEqual({
        count: 1,
        emails: ['kept@x.io'],
      });
    } finally {
      await store.close();
    }
  });
});
