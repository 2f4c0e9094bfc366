import SqliteDatabase from 'better-sqlite3';
import { sqliteFileKey, sqliteWriteEpoch } from './sqlite-write-epochs.js';

/** Runs a read-only statement synchronously; see {@link createSqliteReader}. */
export type ReadRows = (sqlText: string, parameters: readonly unknown[]) => unknown[];

/** A second connection to a SQLite file, for reads outside transactions. */
export interface SqliteReader {
  read: ReadRows;
  /**
   * Changes whenever a connection has committed (`PRAGMA data_version`). Read at most once per event-loop turn, and
   * again as soon as this process has written to the file: a caller sees every commit of this process at once, and
   * every commit of another process that completed before the turn's first call. (Requests handled in a turn were
   * read from sockets that were ready when the turn began, so none of them can have waited for a commit made during
   * the turn; a pipelined request read later in the same turn is the exception this accepts.)
   */
  changeCount(): number;
  close(): void;
}

/**
 * A second connection to the same SQLite file, for the small reads every request makes (authentication, one
 * member) outside transactions. Kysely serialises all work on its one SQLite connection behind an async mutex,
 * which costs more than such a read itself; this connection answers synchronously. In WAL mode it sees exactly the
 * committed data (never another request's open transaction), like any other process would. `query_only` makes it
 * refuse writes. Opened on first use (after migrations), with its own prepared statements. `undefined` for
 * `:memory:` (a second connection would be another database).
 */
export function createSqliteReader(path: string): SqliteReader | undefined {
  if (path === ':memory:') return undefined;
  let database: SqliteDatabase.Database | undefined;
  const statements = new Map<string, SqliteDatabase.Statement>();
  const fileKey = sqliteFileKey(path);
  let count: number | undefined;
  let countEpoch = 0;
  let resetScheduled = false;
  const open = () => {
    const opened = new SqliteDatabase(path, { fileMustExist: true });
    opened.pragma('query_only = ON');
    opened.pragma('busy_timeout = 5000');
    database = opened;
    return opened;
  };
  const read: ReadRows = (sqlText, parameters) => {
    let statement = statements.get(sqlText);
    if (!statement) {
      statement = (database ?? open()).prepare(sqlText);
      statements.set(sqlText, statement);
    }
    return statement.all(parameters as unknown[]);
  };
  return {
    read,
    changeCount() {
      const epoch = sqliteWriteEpoch(fileKey);
      if (count === undefined || epoch !== countEpoch) {
        count = (read('pragma data_version', [])[0] as { data_version: number }).data_version;
        countEpoch = epoch;
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
    close() {
      database?.close();
      database = undefined;
      statements.clear();
    },
  };
}
