import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  SqliteDialect,
  type SqliteDatabase as SqliteDialectDatabase,
  SqliteDriver,
} from 'kysely';
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
  readonly #database: SqliteDialectDatabase;
  constructor(database: SqliteDialectDatabase) {
    super({ database });
    this.#database = database;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver({ database: this.#database });
  }
}

/** Prepared statements kept per database; the least recently used one is dropped first. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew, and preparing a join costs about as much as running it (the server benchmark's
 * profile: `prepare` was the largest single item of a GET). Statements are reused by SQL text. Safe because
 * better-sqlite3 runs a statement to completion synchronously; only `stream()` (unused by the store) keeps one busy.
 */
function withStatementCache(database: SqliteDatabase.Database): SqliteDialectDatabase {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => database.close(),
    prepare(sqlText) {
      let statement = statements.get(sqlText);
      if (statement) statements.delete(sqlText);
      else statement = database.prepare(sqlText);
      statements.set(sqlText, statement);
      if (statements.size > STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value as string);
      return statement;
    },
  };
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
  return new ImmediateSqliteDialect(withStatementCache(database));
}
