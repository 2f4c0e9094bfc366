import { type Expression, type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from './database-schema.js';
import { similarCandidates } from './search-candidates.js';
import type { StoreDialect } from './store.js';
import { inTransaction, type StoreContext } from './store-context.js';
import { escapeLike, lowerText } from './text-fold.js';
import { uniqueTrigrams, WORD_SIMILARITY_THRESHOLD } from './trigram.js';

/**
 * Everything that differs between SQLite and PostgreSQL beyond Kysely's own dialects: value encodings, row
 * locks, and the SQL of case-insensitive contains and trigram similarity. One object per dialect; the store's
 * queries are otherwise written once.
 */
export interface SqlDialect {
  readonly name: StoreDialect;
  /** Encodes a boolean parameter (SQLite has no boolean type: 0/1). */
  bool(value: boolean): boolean | number;
  /** Decodes a JSON column (PostgreSQL returns parsed jsonb; SQLite returns text). */
  readJson(value: unknown): unknown;
  /**
   * Locks an organization's row until the transaction ends, serializing invariant-keeping writes of one
   * organization across connections and processes. SQLite: nothing to do (one connection, transactions serialized).
   */
  lockOrganization(trx: Kysely<Database>, organizationId: string): Promise<void>;
  /** `column` (already lowercased with `lowerText`) contains `needleLc` (already lowercased). */
  containsLowered(column: Expression<string>, needleLc: string): RawBuilder<SqlBool>;
  /** Sum of `word_similarity(query, column)` over the columns, in single precision. */
  searchScore(query: string, columns: readonly Expression<string>[]): RawBuilder<number>;
  /**
   * How a search tier is paged and counted. 'window': one pass over the tier's rows with `count(*) over ()`
   * (PostgreSQL). 'materialized': the rows are scored once into a materialized CTE read by both the page and the
   * count (SQLite: its window function costs more than the scoring), and rows with a NULL score are dropped.
   */
  readonly searchRanking: 'window' | 'materialized';
  /**
   * The similar tier (some column has pg_trgm `word_similarity(query, column) > 0.3`) and its rows' `searchScore`.
   * PostgreSQL ('window'): `where` is the tier's exact filter (pg_trgm's index-backed `<%` and the threshold).
   * SQLite ('materialized'): `where` keeps index-backed candidates and `score` is NULL for a candidate outside the
   * tier, so each candidate is scored once, in a single function call.
   */
  similarTier(query: string, userId: Expression<unknown>, columns: readonly Expression<string>[]): SearchTier;
  /**
   * An index-backed superset of the users having a field that contains `needleLc`, or `undefined` when the
   * dialect's indexes serve the contains predicate directly. Always combined with the exact predicate.
   */
  exactCandidates(needleLc: string, userId: Expression<unknown>): RawBuilder<SqlBool> | undefined;
  /**
   * Writes the dialect's search index rows of a new user (inside the user's insert transaction). SQLite keeps
   * them in `user_trigrams` and the FTS5 table `user_search`: a future user update or delete must rewrite them.
   */
  indexUserForSearch(trx: Kysely<Database>, user: SearchableUser): Promise<void>;
  /** `column` as a sort key in code point order. */
  codePointOrder(column: Expression<string>): RawBuilder<string>;
  /**
   * Runs the queries of one members search. PostgreSQL: for needles of 3+ characters, in a transaction with
   * `enable_seqscan = off`, because the planner prices pg_trgm's functions like `=` and may otherwise scan and
   * score every user instead of using the trigram indexes (seen at 100,000 users). SQLite: runs `fn` as is.
   */
  withSearchPlan<T>(ctx: StoreContext, needleLc: string, fn: (ctx: StoreContext) => Promise<T>): Promise<T>;
}

/** A search tier's row filter and score (NULL for rows outside the tier); see `SqlDialect.similarTier`. */
export interface SearchTier {
  where: RawBuilder<SqlBool>;
  score: RawBuilder<number | null>;
}

/** The user fields the members search covers, as stored (`*_lc` = `lowerText` of the field). */
export interface SearchableUser {
  id: number;
  first_name: string;
  last_name: string;
  email: string;
}

function pgSearchScore(query: string, columns: readonly Expression<string>[]): RawBuilder<number> {
  return sql<number>`(${sql.join(
    columns.map((c) => sql`word_similarity(${query}::text, ${c})`),
    sql` + `,
  )})`;
}

/** The PostgreSQL dialect (pg_trgm in the database; `pg_trgm.word_similarity_threshold` set to 0.3 per session). */
export const postgresDialect: SqlDialect = {
  name: 'postgres',
  searchRanking: 'window',
  bool: (value) => value,
  readJson: (value) => value,
  async lockOrganization(trx, organizationId) {
    await sql`select id from organizations where id = ${organizationId} for no key update`.execute(trx);
  },
  containsLowered: (column, needleLc) => sql<SqlBool>`${column} like ${`%${escapeLike(needleLc)}%`}`,
  searchScore: pgSearchScore,
  similarTier: (query, _userId, columns) => ({
    // `<%` (word_similarity > pg_trgm.word_similarity_threshold = 0.3) is served by the GIN indexes; the explicit
    // comparison keeps the tier's definition independent of that session setting.
    where: sql<SqlBool>`(${sql.join(
      columns.map((c) => sql`${query}::text <% ${c}`),
      sql` or `,
    )}) and (${sql.join(
      columns.map((c) => sql`word_similarity(${query}::text, ${c}) > ${WORD_SIMILARITY_THRESHOLD}`),
      sql` or `,
    )})`,
    score: pgSearchScore(query, columns),
  }),
  exactCandidates: () => undefined,
  indexUserForSearch: async () => {},
  codePointOrder: (column) => sql<string>`${column} collate "C"`,
  withSearchPlan(ctx, needleLc, fn) {
    if ([...needleLc].length < 3) return fn(ctx);
    return inTransaction(ctx, async (trx) => {
      await sql`set local enable_seqscan = off`.execute(trx.db);
      return fn(trx);
    });
  },
};

/** The SQLite dialect (functions registered by `registerSqliteFunctions`). */
export const sqliteDialect: SqlDialect = {
  name: 'sqlite',
  searchRanking: 'materialized',
  bool: (value) => (value ? 1 : 0),
  readJson: (value) => (typeof value === 'string' ? JSON.parse(value) : value),
  lockOrganization: async () => {},
  containsLowered: (column, needleLc) => sql<SqlBool>`instr(${column}, ${needleLc}) > 0`,
  searchScore: (query, columns) => sql<number>`orgapi_search_score(${query}, ${sql.join(columns)})`,
  similarTier: (query, userId, columns) => ({
    where: similarCandidates(query, userId),
    score: sql<number | null>`orgapi_similar_score(${query}, ${sql.join(columns)})`,
  }),
  exactCandidates(needleLc, userId) {
    // FTS5 trigram phrases match substrings of 3+ characters only.
    if ([...needleLc].length < 3) return undefined;
    const phrase = `"${needleLc.replaceAll('"', '""')}"`;
    return sql<SqlBool>`${userId} in (select rowid from user_search where user_search match ${phrase})`;
  },
  async indexUserForSearch(trx, user) {
    const lc = [lowerText(user.first_name), lowerText(user.last_name), lowerText(user.email)] as const;
    await sql`insert into user_search (rowid, first_name_lc, last_name_lc, email_lc) values (${user.id}, ${lc[0]}, ${lc[1]}, ${lc[2]})`.execute(
      trx,
    );
    const trigrams = new Set([
      ...uniqueTrigrams(user.first_name),
      ...uniqueTrigrams(user.last_name),
      ...uniqueTrigrams(user.email),
    ]);
    if (trigrams.size === 0) return;
    await trx
      .insertInto('user_trigrams')
      .values([...trigrams].map((trigram) => ({ trigram, user_id: user.id })))
      .execute();
  },
  codePointOrder: (column) => sql<string>`${column}`,
  withSearchPlan: (ctx, _needleLc, fn) => fn(ctx),
};
