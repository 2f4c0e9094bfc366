import { createSqliteChangeCounter } from './fast-path/sqlite-change-counter.js';
import { createKyselyStore } from './kysely-store.js';
import { createPostgresDialect } from './postgres-connection.js';
import { createSqliteDialect } from './sqlite-connection.js';
import { type Store, StoreError } from './store.js';

/** Options of `openStore`. */
export interface OpenStoreOptions {
  /** Clock for every timestamp the store writes; default `() => new Date()`. */
  now?: () => Date;
  /** PostgreSQL only: schema holding the tables (created by `migrate()`); default `public`. */
  schema?: string;
  /** PostgreSQL only: connection pool size of this store instance; default 10. */
  poolSize?: number;
  /**
   * The speed layer (`FAST_PATH`; default on): on a SQLite file, authentication lookups kept while the database is
   * unchanged (`fast-path/`). Off: every lookup reads the database.
   */
  fastPath?: boolean;
}

/** The embedded default database URL. */
export const DEFAULT_DATABASE_URL = 'sqlite:./data/orgapi.db';

/**
 * Opens a store for a `DATABASE_URL`, picking the dialect from its scheme:
 * `sqlite:<path>` (a file, created with its folder; `sqlite::memory:` for an in-memory database) or
 * `postgres://…` / `postgresql://…`. Does not migrate: call `store.migrate()`.
 * @throws StoreError for any other scheme.
 * @example
 * const store = await openStore(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
 * await store.migrate();
 */
export async function openStore(databaseUrl: string, options: OpenStoreOptions = {}): Promise<Store> {
  const storeOptions = { ...(options.now ? { now: options.now } : {}) };
  if (databaseUrl.startsWith('sqlite:')) {
    const path = databaseUrl.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (path === '') throw new StoreError('openStore', 'sqlite: URL without a file path');
    const changeCounter = options.fastPath === false ? undefined : createSqliteChangeCounter(path);
    return createKyselyStore('sqlite', createSqliteDialect(path, changeCounter?.noteWrite), {
      ...storeOptions,
      changeCounter,
    });
  }
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    const schema = options.schema ?? 'public';
    try {
      const dialect = createPostgresDialect(databaseUrl, {
        schema,
        ...(options.poolSize ? { poolSize: options.poolSize } : {}),
      });
      return createKyselyStore('postgres', dialect, { ...storeOptions, schema });
    } catch (error) {
      throw new StoreError('openStore', error instanceof Error ? error.message : String(error), {
        cause: error,
      });
    }
  }
  const scheme = databaseUrl.split(':')[0] ?? '';
  throw new StoreError(
    'openStore',
    `unsupported DATABASE_URL scheme "${scheme}:" (use sqlite:<path> or postgres://user:pass@host:port/db)`,
  );
}
