import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteChangeCounter, noteWrites } from './sqlite-change-counter.js';

const dir = mkdtempSync(join(tmpdir(), 'orgapi-change-counter-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

function openFile(name: string) {
  const path = join(dir, name);
  const main = new SqliteDatabase(path);
  main.pragma('journal_mode = WAL');
  main.exec('create table t (id integer primary key)');
  const counter = createSqliteChangeCounter(path);
  if (!counter) throw new Error('a file database has a change counter');
  return { path, main, counter };
}

describe('createSqliteChangeCounter', () => {
  it('reads the change count once per turn, and again at once after a write of its own store', async () => {
    const { path, main, counter } = openFile('count.db');
    const other = new SqliteDatabase(path); // another process's connection: not this store's write
    const start = counter.changeCount();
    other.exec('insert into t values (1)');
    expect(counter.changeCount()).toBe(start); // same turn: kept
    await nextTurn();
    const afterOther = counter.changeCount();
    expect(afterOther).not.toBe(start);
    counter.noteWrite(); // what the store's connection reports before each statement that may write
    main.exec('insert into t values (2)');
    expect(counter.changeCount()).not.toBe(afterOther); // same turn, but this store wrote: read again
    counter.close();
    other.close();
    main.close();
  });

  it('counts per store: another counter on the same file does not see this one’s writes before the next turn', async () => {
    const { path, main, counter } = openFile('two.db');
    const second = createSqliteChangeCounter(path);
    if (!second) throw new Error('a file database has a change counter');
    const [first, other] = [counter.changeCount(), second.changeCount()];
    counter.noteWrite();
    main.exec('insert into t values (1)');
    expect(counter.changeCount()).not.toBe(first);
    expect(second.changeCount()).toBe(other); // nothing global: its next turn
    await nextTurn();
    expect(second.changeCount()).not.toBe(other);
    counter.close();
    second.close();
    main.close();
  });

  it('has none for an in-memory database (a second connection would be another database)', () => {
    expect(createSqliteChangeCounter(':memory:')).toBeUndefined();
  });
});

describe('noteWrites', () => {
  it('reports writes (INSERT … RETURNING included) and transaction ends, not reads', () => {
    const { main, counter } = openFile('note.db');
    const reported: string[] = [];
    let sqlText = '';
    const database = noteWrites(main, () => reported.push(sqlText));
    const run = (text: string) => {
      sqlText = text;
      const statement = database.prepare(text) as unknown as SqliteDatabase.Statement;
      return statement.reader ? statement.all() : statement.run();
    };
    for (const text of [
      'select id from t',
      'insert into t values (1) returning id',
      'begin immediate',
      'update t set id = 2 returning id',
      'select count(*) from t',
      'commit',
      'pragma data_version',
    ]) {
      run(text);
    }
    expect(reported).toEqual([
      'insert into t values (1) returning id',
      'begin immediate',
      'update t set id = 2 returning id',
      'commit',
    ]);
    counter.close();
    main.close();
  });
});
