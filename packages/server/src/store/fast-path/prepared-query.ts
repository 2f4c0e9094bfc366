import { type Compilable, CompiledQuery, type Kysely } from 'kysely';
import type { Database } from '../database-schema.js';
import type { SqlDialect } from '../sql-dialect.js';
import type { StoreContext } from '../store-context.js';

/** A query function built with {@link preparedQuery}: runs the compiled SQL with new argument values. */
export type PreparedQuery<A extends readonly unknown[], R> = (ctx: StoreContext, ...args: A) => Promise<R[]>;

const PLACEHOLDER = '\u0000orgapi-prepared-arg-';

interface Template {
  sql: string;
  /** Per compiled parameter: the index of the argument it carries, or a constant the builder put in. */
  slots: ({ arg: number } | { value: unknown })[];
}

/**
 * A Kysely query built and compiled ONCE per dialect, then run with new argument values. Building and compiling a
 * query costs more than running a small indexed one (the server benchmark's profile of an authenticated GET:
 * half the time in Kysely's builder and compiler), so the queries every request runs use this.
 *
 * `build` receives placeholders in place of its arguments and must pass them into the query untouched (as
 * values of `where`, `on`, `limit`, …): never transform them, branch on them or inline them as SQL. Each argument
 * must appear in the compiled query; this is checked when the template is made. Use it for reads: outside a
 * transaction, a SQLite store runs them on its synchronous read connection (`sqlite-reader.ts`).
 *
 * @example
 * const byEmail = preparedQuery((db, email: string) =>
 *   db.selectFrom('users').selectAll().where('email_lc', '=', email));
 * const rows = await byEmail(ctx, 'ada@example.com');
 */
export function preparedQuery<A extends readonly unknown[], R>(
  build: (db: Kysely<Database>, ...args: A) => Compilable<R>,
): PreparedQuery<A, R> {
  const templates = new Map<SqlDialect, Template>();
  return async (ctx, ...args) => {
    let template = templates.get(ctx.dialect);
    if (!template) {
      template = compileTemplate(ctx.db, build, args.length);
      templates.set(ctx.dialect, template);
    }
    const parameters = template.slots.map((slot) => ('arg' in slot ? args[slot.arg] : slot.value));
    if (ctx.readRows) return ctx.readRows(template.sql, parameters) as R[];
    const result = await ctx.db.executeQuery(CompiledQuery.raw(template.sql, parameters) as CompiledQuery<R>);
    return result.rows;
  };
}

function compileTemplate<A extends readonly unknown[], R>(
  db: Kysely<Database>,
  build: (db: Kysely<Database>, ...args: A) => Compilable<R>,
  arity: number,
): Template {
  const placeholders = Array.from({ length: arity }, (_, i) => `${PLACEHOLDER}${i}`);
  const compiled = build(db, ...(placeholders as unknown as A)).compile();
  const used = new Set<number>();
  const slots = compiled.parameters.map((value) => {
    const arg = typeof value === 'string' ? placeholders.indexOf(value) : -1;
    if (arg >= 0) {
      used.add(arg);
      return { arg };
    }
    if (typeof value === 'string' && value.includes(PLACEHOLDER)) {
      throw new Error(`preparedQuery: an argument was transformed inside the query builder: ${compiled.sql}`);
    }
    return { value };
  });
  if (used.size !== arity || compiled.sql.includes(PLACEHOLDER)) {
    throw new Error(
      `preparedQuery: every argument must be passed to the query as a parameter (${used.size} of ${arity}): ${compiled.sql}`,
    );
  }
  return { sql: compiled.sql, slots };
}
