import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { CompiledQuery, type DatabaseConnection, type Driver, SqliteDialect, SqliteDriver } from 'kysely';
import { prepareQuery, wordSimilarity } from './trigram.js';

/*
 * The SQLite side: a real file in WAL mode with foreign keys on, the pg_trgm functions registered, and
 * transactions opened with BEGIN IMMEDIATE so a transaction that reads then writes cannot fail half-way on a
 * lock upgrade when another process writes the same file.
 */

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #database: SqliteDatabase.Database;
  constructor(database: SqliteDatabase.Database) {
    super({ database });
    this.#database = database;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver({ database: this.#database });
  }
}

/**
 * Registers `orgapi_word_similarity(query, text)` and `orgapi_search_score(query, a, b, c)` (pg_trgm semantics).
 * A search evaluates the same query against the same texts several times (count, then rows), so the prepared
 * query and the similarities of the latest query are memoized.
 */
export function registerSqliteFunctions(db: SqliteDatabase.Database): void {
  let lastQuery: string | undefined;
  let prepared = prepareQuery('');
  const memo = new Map<string, number>();
  const similarity = (query: unknown, text: unknown): number => {
    const q = String(query ?? '');
    if (q !== lastQuery) {
      lastQuery = q;
      prepared = prepareQuery(q);
      memo.clear();
    }
    const t = String(text ?? '');
    let value = memo.get(t);
    if (value === undefined) {
      if (memo.size >= 200_000) memo.clear();
      value = wordSimilarity(prepared, t);
      memo.set(t, value);
    }
    return value;
  };
  db.function('orgapi_word_similarity', { deterministic: true }, similarity);
  db.function('orgapi_search_score', { deterministic: true, varargs: true }, (query, ...fields) => {
    let score = 0;
    for (const field of fields) score = Math.fround(score + similarity(query, field));
    return score;
  });
}

/**
 * Opens (creating its folder if needed) a SQLite database file, or `:memory:`, ready for the store.
 * @example createSqliteDialect('./data/orgapi.db')
 */
export function createSqliteDialect(path: string): SqliteDialect {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new SqliteDatabase(path);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  registerSqliteFunctions(database);
  return new ImmediateSqliteDialect(database);
}
