import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteReader } from './sqlite-reader.js';
import { noteSqliteWrite, sqliteFileKey } from './sqlite-write-epochs.js';

const dir = mkdtempSync(join(tmpdir(), 'orgapi-reader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('createSqliteReader', () => {
  it('sees only committed data (never an open transaction of the main connection) and refuses writes', () => {
    const path = join(dir, 'reader.db');
    const main = new SqliteDatabase(path);
    main.pragma('journal_mode = WAL');
    main.exec("create table t (id integer primary key, name text); insert into t values (1, 'one')");
    const reader = createSqliteReader(path);
    if (!reader) throw new Error('a file database has a reader');
    const names = () => reader.read('select name from t order by id', []);
    expect(names()).toEqual([{ name: 'one' }]);

    main.exec('begin immediate');
    main.prepare('insert into t values (?, ?)').run(2, 'two');
    main.prepare('update t set name = ? where id = ?').run('uno', 1);
    expect(names()).toEqual([{ name: 'one' }]);
    main.exec('commit');
    expect(names()).toEqual([{ name: 'uno' }, { name: 'two' }]);
    expect(reader.read('select name from t where id = ?', [2])).toEqual([{ name: 'two' }]);

    expect(() => reader.read('delete from t returning id', [])).toThrow(
      /attempt to write a readonly database/,
    );
    reader.close();
    main.close();
  });

  it('reads the change count once per turn, and again at once after a write of this process', async () => {
    const path = join(dir, 'count.db');
    const main = new SqliteDatabase(path);
    main.pragma('journal_mode = WAL');
    main.exec('create table t (id integer primary key)');
    const other = new SqliteDatabase(path); // another process's connection: not recorded as this process's write
    const reader = createSqliteReader(path);
    if (!reader) throw new Error('a file database has a reader');
    const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
    const start = reader.changeCount();
    other.exec('insert into t values (1)');
    expect(reader.changeCount()).toBe(start); // same turn: kept
    await nextTurn();
    const afterOther = reader.changeCount();
    expect(afterOther).not.toBe(start);
    noteSqliteWrite(sqliteFileKey(path)); // what this process's store records before each write statement
    other.exec('insert into t values (2)');
    expect(reader.changeCount()).not.toBe(afterOther); // same turn, but this process wrote: read again
    reader.close();
    other.close();
    main.close();
  });

  it('has none for an in-memory database (a second connection would be another database)', () => {
    expect(createSqliteReader(':memory:')).toBeUndefined();
  });
});
