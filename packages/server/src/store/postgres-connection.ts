import { PostgresDialect } from 'kysely';
import pg from 'pg';

/** Options of a PostgreSQL store connection. */
export interface PostgresConnectionOptions {
  /** Schema for the store's tables (created by `migrate()`); default `public`. */
  schema?: string;
  /** Pool size per store instance; default 10. */
  poolSize?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * A Kysely PostgreSQL dialect over a `pg` pool. Every session gets `search_path = <schema>, public` (pg_trgm's
 * functions live in `public`) and `pg_trgm.word_similarity_threshold = 0.3`, which the `<%` pre-filter of the
 * members search relies on.
 */
export function createPostgresDialect(
  connectionString: string,
  options: PostgresConnectionOptions = {},
): PostgresDialect {
  const schema = options.schema ?? 'public';
  if (!SCHEMA_NAME.test(schema))
    throw new RangeError(`invalid PostgreSQL schema name: ${JSON.stringify(schema)}`);
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? 10,
    options: `-c search_path=${schema},public -c pg_trgm.word_similarity_threshold=0.3`,
  });
  return new PostgresDialect({ pool });
}
