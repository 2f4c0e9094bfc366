import { type Dialect, Kysely, Migrator } from 'kysely';
import type { Database } from './database-schema.js';
import { withKeyLookupMemo } from './fast-path/key-lookup-memo.js';
import type { SqliteChangeCounter } from './fast-path/sqlite-change-counter.js';
import { storeMigrationProvider } from './migrations/index.js';
import { createMemoryRateCounters } from './rate-limit/memory-rate-counters.js';
import { postgresRateCounters } from './rate-limit/postgres-rate-counters.js';
import type { RateLimitStore } from './rate-limit/rate-limit-store.js';
import { apiKeyStore } from './resources/api-keys-store.js';
import { inviteStore } from './resources/invites-store.js';
import { legalDocumentStore } from './resources/legal-documents-store.js';
import { memberStore } from './resources/members-store.js';
import { oauthApplicationStore } from './resources/oauth-applications-store.js';
import { organizationStore } from './resources/organizations-store.js';
import { projectStore } from './resources/projects-store.js';
import { serverSecretStore } from './resources/server-secrets-store.js';
import { userStore } from './resources/users-store.js';
import { postgresDialect, sqliteDialect } from './sql-dialect.js';
import type { Store, StoreDialect } from './store.js';
import type { StoreContext } from './store-context.js';
import { StoreError } from './store-error.js';

/** Options of {@link createKyselyStore}. */
export interface KyselyStoreOptions {
  /** Clock for every timestamp the store writes; default `() => new Date()`. */
  now?: () => Date;
  /** PostgreSQL schema holding the tables (and the migration bookkeeping); default `public`. */
  schema?: string;
  /** SQLite file with the fast path on: authentication lookups are kept while it counts no change (closed with the store). */
  changeCounter?: SqliteChangeCounter;
}

/**
 * The one `Store` implementation: the resource stores over one Kysely instance (SQLite or PostgreSQL), every method
 * wrapped so that an unexpected error becomes a `StoreError` naming the method.
 */
export function createKyselyStore(
  dialect: StoreDialect,
  kyselyDialect: Dialect,
  options: KyselyStoreOptions = {},
): Store {
  const db = new Kysely<Database>({ dialect: kyselyDialect });
  const { changeCounter } = options;
  const ctx: StoreContext = {
    db,
    dialect: dialect === 'postgres' ? postgresDialect : sqliteDialect,
    now: options.now ?? (() => new Date()),
  };
  const schema = dialect === 'postgres' ? (options.schema ?? 'public') : undefined;
  const methods = {
    async migrate() {
      const migrator = new Migrator({
        db,
        provider: storeMigrationProvider(dialect),
        ...(schema ? { migrationTableSchema: schema } : {}),
      });
      const { error } = await migrator.migrateToLatest();
      if (error) throw error;
    },
    async close() {
      changeCounter?.close();
      await db.destroy();
    },
    ...organizationStore(ctx),
    ...userStore(ctx),
    ...(changeCounter ? withKeyLookupMemo(apiKeyStore(ctx), changeCounter) : apiKeyStore(ctx)),
    ...memberStore(ctx),
    ...inviteStore(ctx),
    ...legalDocumentStore(ctx),
    ...oauthApplicationStore(ctx),
    ...projectStore(ctx),
    ...serverSecretStore(ctx),
    ...rateLimitStore(dialect, ctx),
  };
  return { dialect, ...withStoreErrors(dialect, methods) };
}

/** The throttles' counters: shared through the database on PostgreSQL, in this process's memory on SQLite. */
function rateLimitStore(dialect: StoreDialect, ctx: StoreContext): RateLimitStore {
  if (dialect === 'postgres') return postgresRateCounters(ctx);
  const { countRateLimitedRequest, purgeStaleRateCounters } = createMemoryRateCounters(ctx.now);
  return { countRateLimitedRequest, purgeStaleRateCounters };
}

/** Every method of `methods`, an unexpected error turned into a `StoreError` naming it and the dialect. */
function withStoreErrors<T extends Record<string, (...args: never[]) => Promise<unknown>>>(
  dialect: StoreDialect,
  methods: T,
): T {
  const wrapped: Record<string, (...args: never[]) => Promise<unknown>> = {};
  for (const [operation, method] of Object.entries(methods)) {
    wrapped[operation] = async (...args) => {
      try {
        return await method(...args);
      } catch (error) {
        if (error instanceof StoreError) throw error;
        const message = error instanceof Error ? error.message : String(error);
        throw new StoreError(operation, `${dialect} failed: ${message}`, { cause: error });
      }
    };
  }
  return wrapped as T;
}
