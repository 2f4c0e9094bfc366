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
import { noteWrites } from './fast-path/sqlite-change-counter.js';
import { prepareQuery, WORD_SIMILARITY_THRESHOLD, wordSimilarity } from './trigram.js';

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

/**
 * Registers the members search's pg_trgm functions: `orgapi_word_similarity(query, text)`,
 * `orgapi_search_score(query, field…)` (the sum of the fields' word similarities, added in single precision in
 * field order like PostgreSQL's `real + real`) and `orgapi_similar_score(query, field…)`: the same sum when some
 * field's word similarity is > 0.3, else NULL — the similar tier's filter and score in one call per row.
 * The query is prepared once per distinct query text (a search calls these thousands of times with one query).
 */
export function registerSqliteFunctions(db: SqliteDatabase.Database): void {
  let lastQuery: string | undefined;
  let prepared = prepareQuery('');
  const preparedFor = (query: unknown) => {
    const q = String(query ?? '');
    if (q !== lastQuery) {
      lastQuery = q;
      prepared = prepareQuery(q);
    }
    return prepared;
  };
  /** The fields' summed similarity; NULL when `similarOnly` and no field is above the similar tier's threshold. */
  const score = (query: unknown, fields: unknown[], similarOnly: boolean): number | null => {
    const p = preparedFor(query);
    let sum = 0;
    let similar = false;
    for (const field of fields) {
      const similarity = wordSimilarity(p, String(field ?? ''));
      if (similarity > WORD_SIMILARITY_THRESHOLD) similar = true;
      sum = Math.fround(sum + similarity);
    }
    return similar || !similarOnly ? sum : null;
  };
  db.function('orgapi_word_similarity', { deterministic: true }, (query, text) =>
    wordSimilarity(preparedFor(query), String(text ?? '')),
  );
  db.function('orgapi_search_score', { deterministic: true, varargs: true }, (query, ...fields) =>
    score(query, fields, false),
  );
  db.function('orgapi_similar_score', { deterministic: true, varargs: true }, (query, ...fields) =>
    score(query, fields, true),
  );
}

/**
 * Opens (creating its folder if needed) a SQLite database file, or `:memory:`, ready for the store.
 * @param onWrite the fast path's change counter: told of every statement that may change the file
 * @example createSqliteDialect('./data/orgapi.db')
 */
export function createSqliteDialect(path: string, onWrite?: () => void): SqliteDialect {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new SqliteDatabase(path);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  registerSqliteFunctions(database);
  return new ImmediateSqliteDialect(onWrite ? noteWrites(database, onWrite) : database);
}
