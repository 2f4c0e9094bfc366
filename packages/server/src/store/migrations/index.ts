import type { Migration, MigrationProvider } from 'kysely';
import type { StoreDialect } from '../store.js';
import { initialMigration } from './0001-initial.js';
import { membershipUserActiveMigration } from './0002-membership-user-active.js';
import { membersVersionMigration } from './0003-members-version.js';
import { serverSecretsMigration } from './0004-server-secrets.js';
import { rateLimitCountersMigration } from './0005-rate-limit-counters.js';

/*
 * The store's migrations: ONE list for both dialects, one file per migration. Column types differ only through
 * `columnTypes(dialect)`; the few dialect-only objects (pg_trgm GIN indexes, SQLite's trigram pre-filter table,
 * triggers) are explicit branches. Never edit a released migration: append a new one (its name is recorded in the
 * database). `migrations.test.ts` pins the exact SQL of each on both dialects.
 */

/** The migrations of a dialect, keyed by name in the order they run. */
export function storeMigrations(dialect: StoreDialect): Record<string, Migration> {
  return {
    '0001_initial': initialMigration(dialect),
    '0002_membership_user_active': membershipUserActiveMigration(dialect),
    '0003_members_version': membersVersionMigration(dialect),
    '0004_server_secrets': serverSecretsMigration(dialect),
    '0005_rate_limit_counters': rateLimitCountersMigration(dialect),
  };
}

/** A Kysely `MigrationProvider` over `storeMigrations(dialect)`. */
export function storeMigrationProvider(dialect: StoreDialect): MigrationProvider {
  return { getMigrations: async () => storeMigrations(dialect) };
}
