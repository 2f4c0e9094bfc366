import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database-schema.js';
import { postgresDialect, sqliteDialect } from '../sql-dialect.js';
import { createSqliteDialect } from '../sqlite-connection.js';
import type { StoreContext } from '../store-context.js';
import { preparedQuery } from './prepared-query.js';

// Tests use a scratch table outside the store's schema, so the builder is untyped here.
// biome-ignore lint/suspicious/noExplicitAny: scratch table
type AnyDb = Kysely<any>;

let dir: string;
let db: AnyDb;
let ctx: StoreContext;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'orgapi-prepared-'));
  db = new Kysely({ dialect: createSqliteDialect(join(dir, 'prepared.db')) });
  await db.schema
    .createTable('pets')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text')
    .addColumn('kind', 'text')
    .execute();
  await db
    .insertInto('pets')
    .values([
      { id: 1, name: 'Ada', kind: 'cat' },
      { id: 2, name: 'Bo', kind: 'dog' },
      { id: 3, name: 'Cy', kind: 'cat' },
    ])
    .execute();
  ctx = { db: db as unknown as Kysely<Database>, dialect: sqliteDialect, now: () => new Date() };
});
afterAll(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe('preparedQuery', () => {
  it('builds once per dialect and runs with each call’s values, keeping the builder’s constants', async () => {
    let builds = 0;
    const petsOfKind = preparedQuery((kdb, kind: string, limit: number) => {
      builds += 1;
      return (kdb as unknown as AnyDb)
        .selectFrom('pets')
        .select(['id', 'name'])
        .where('kind', '=', kind)
        .where('id', '<>', 99)
        .orderBy('id')
        .limit(limit);
    });
    expect(await petsOfKind(ctx, 'cat', 10)).toEqual([
      { id: 1, name: 'Ada' },
      { id: 3, name: 'Cy' },
    ]);
    expect(await petsOfKind(ctx, 'cat', 1)).toEqual([{ id: 1, name: 'Ada' }]);
    expect(await petsOfKind(ctx, 'dog', 10)).toEqual([{ id: 2, name: 'Bo' }]);
    expect(await petsOfKind(ctx, 'bird', 10)).toEqual([]);
    expect(builds).toBe(1);
    // Another dialect gets its own template (its SQL differs); the SQLite one stays cached.
    await expect(petsOfKind({ ...ctx, dialect: postgresDialect }, 'cat', 10)).resolves.toHaveLength(2);
    expect(builds).toBe(2);
  });

  it('refuses a builder that transforms an argument (the template would bake in the placeholder)', async () => {
    const prefixed = preparedQuery((kdb, name: string) =>
      (kdb as unknown as AnyDb).selectFrom('pets').selectAll().where('name', 'like', `${name}%`),
    );
    await expect(prefixed(ctx, 'A')).rejects.toThrow(
      /^preparedQuery: an argument was transformed inside the query builder: select \* from "pets" where "name" like \?$/,
    );
  });

  it('refuses a builder that drops an argument', async () => {
    const ignoring = preparedQuery((kdb, _name: string) =>
      (kdb as unknown as AnyDb).selectFrom('pets').selectAll(),
    );
    await expect(ignoring(ctx, 'A')).rejects.toThrow(
      'preparedQuery: every argument must be passed to the query as a parameter (0 of 1): select * from "pets"',
    );
  });
});
