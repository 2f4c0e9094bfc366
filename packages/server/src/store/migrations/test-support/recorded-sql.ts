import {
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  Kysely,
  type Migration,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import type { StoreDialect } from '../../store.js';

/** One statement as the dialect's compiler writes it. */
export interface RecordedStatement {
  sql: string;
  parameters: readonly unknown[];
}

/** A driver that runs nothing: it keeps every compiled statement and answers with no rows. */
class RecordingDriver implements Driver {
  constructor(private readonly statements: RecordedStatement[]) {}
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    const statements = this.statements;
    return {
      async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
        statements.push({ sql: query.sql, parameters: query.parameters });
        return { rows: [] };
      },
      async *streamQuery() {},
    };
  }
  async beginTransaction(): Promise<void> {}
  async commitTransaction(): Promise<void> {}
  async rollbackTransaction(): Promise<void> {}
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {}
}

/**
 * The exact statements a migration's `up` sends on a dialect (compiled by Kysely's own compiler for it, run on no
 * database), as Kysely tests its dialects: the migration tests pin them per dialect.
 *
 * @example expect(await recordedSql(initialMigration('sqlite'), 'sqlite')).toEqual([...])
 */
export async function recordedSql(migration: Migration, dialect: StoreDialect): Promise<RecordedStatement[]> {
  const statements: RecordedStatement[] = [];
  const pg = dialect === 'postgres';
  const kyselyDialect: Dialect = {
    createAdapter: () => (pg ? new PostgresAdapter() : new SqliteAdapter()),
    createDriver: () => new RecordingDriver(statements),
    createIntrospector: (db) => (pg ? new PostgresIntrospector(db) : new SqliteIntrospector(db)),
    createQueryCompiler: () => (pg ? new PostgresQueryCompiler() : new SqliteQueryCompiler()),
  };
  const db = new Kysely<unknown>({ dialect: kyselyDialect });
  await migration.up(db);
  await db.destroy();
  return statements;
}
