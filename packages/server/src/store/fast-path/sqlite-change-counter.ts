import SqliteDatabase from 'better-sqlite3';
import type { SqliteDatabase as SqliteDialectDatabase } from 'kysely';

/**
 * Whether a SQLite file has changed, cheaply: see {@link createSqliteChangeCounter}. One per store (nothing global:
 * the writes it counts are its own store's).
 */
export interface SqliteChangeCounter {
  /**
   * Changes whenever a connection has committed (`PRAGMA data_version` on a read connection of its own). Read at
   * most once per event-loop turn, and again as soon as this store has written: a caller sees every commit of this
   * store at once, and every commit of another connection (another process, the admin CLI) that completed before the
   * turn's first call. (Requests handled in a turn were read from sockets that were ready when the turn began, so
   * none of them can have waited for a commit made during the turn; a pipelined request read later in the same turn
   * is the exception this accepts.)
   */
  changeCount(): number;
  /** Records that this store's connection is about to run a statement that may change the file. */
  noteWrite(): void;
  close(): void;
}

/**
 * A change counter for the SQLite file at `path`: a second connection (read-only, opened on first use, after
 * migrations) answers `PRAGMA data_version`, which changes when ANY other connection commits — this store's own
 * connection included — and this store's writes are counted as they are prepared ({@link noteWrites}).
 * `undefined` for `:memory:` (a second connection would be another database).
 */
export function createSqliteChangeCounter(path: string): SqliteChangeCounter | undefined {
  if (path === ':memory:') return undefined;
  let database: SqliteDatabase.Database | undefined;
  let dataVersion: SqliteDatabase.Statement | undefined;
  let count: number | undefined;
  let writes = 0;
  let writesSeen = 0;
  let resetScheduled = false;
  const readDataVersion = () => {
    if (!dataVersion) {
      database = new SqliteDatabase(path, { fileMustExist: true });
      database.pragma('query_only = ON');
      database.pragma('busy_timeout = 5000');
      dataVersion = database.prepare('pragma data_version');
    }
    return (dataVersion.get() as { data_version: number }).data_version;
  };
  return {
    changeCount() {
      if (count === undefined || writes !== writesSeen) {
        count = readDataVersion();
        writesSeen = writes;
        if (!resetScheduled) {
          resetScheduled = true;
          setImmediate(() => {
            count = undefined;
            resetScheduled = false;
          });
        }
      }
      return count;
    },
    noteWrite() {
      writes += 1;
    },
    close() {
      database?.close();
      database = undefined;
      dataVersion = undefined;
    },
  };
}

/**
 * The store's SQLite connection as Kysely sees it, every statement that may change the file reported to `onWrite`
 * before it runs (Kysely runs what it prepares at once, synchronously): a write — `readonly` false, which
 * `INSERT … RETURNING` is although it returns rows — or a statement that returns no rows (`COMMIT` and `ROLLBACK`
 * count as read-only to SQLite, yet they end a transaction).
 */
export function noteWrites(database: SqliteDatabase.Database, onWrite: () => void): SqliteDialectDatabase {
  return {
    close: () => database.close(),
    prepare(sqlText) {
      const statement = database.prepare(sqlText);
      if (!statement.readonly || !statement.reader) onWrite();
      return statement;
    },
  };
}
