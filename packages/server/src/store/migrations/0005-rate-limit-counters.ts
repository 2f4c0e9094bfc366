import { type Migration, sql } from 'kysely';
import type { StoreDialect } from '../store.js';
import type { Db } from './column-types.js';

/** `0005_rate_limit_counters`: see {@link createRateLimitCounters}. */
export function rateLimitCountersMigration(dialect: StoreDialect): Migration {
  return { up: (db) => createRateLimitCounters(db, dialect) };
}

/**
 * PostgreSQL only: `rate_limit_counters`, the throttles' sliding-window counts per personal API key and scope
 * (`domain/rate-windows.ts`), shared by every process on the database. One row per key and scope, updated in place by
 * one upsert per request. UNLOGGED: the counts are worth no WAL and no fsync, and losing them in a crash only lets a
 * key start a fresh window. SQLite (one process) counts in memory: nothing to create there.
 */
async function createRateLimitCounters(db: Db, dialect: StoreDialect): Promise<void> {
  if (dialect !== 'postgres') return;
  await db.schema
    .createTable('rate_limit_counters')
    .modifyFront(sql`unlogged`)
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('window_start', 'bigint', (c) => c.notNull())
    .addColumn('previous_count', 'integer', (c) => c.notNull())
    .addColumn('current_count', 'integer', (c) => c.notNull())
    .addColumn('admitted', 'boolean', (c) => c.notNull())
    .addPrimaryKeyConstraint('rate_limit_counters_pkey', ['key_id', 'scope'])
    .execute();
}
