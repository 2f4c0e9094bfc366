import type { Kysely } from 'kysely';
import type { Database } from './database-schema.js';
import type { SqlDialect } from './sql-dialect.js';

/** What every query function of the store gets: the database (or a transaction), the dialect and the clock. */
export interface StoreContext {
  readonly db: Kysely<Database>;
  readonly dialect: SqlDialect;
  readonly now: () => Date;
}

/**
 * Runs `fn` in one transaction; `fn` receives a context whose `db` is the transaction. Inside a transaction
 * already, `fn` joins it (so query functions compose).
 */
export function inTransaction<T>(ctx: StoreContext, fn: (trx: StoreContext) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return fn(ctx);
  return ctx.db.transaction().execute((trx) => fn({ ...ctx, db: trx }));
}
