import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import { uniqueTrigrams, WORD_SIMILARITY_THRESHOLD } from './trigram.js';

/*
 * The SQLite similar tier's index-backed candidates, from `user_trigrams` (each user's unique trigrams of first
 * name, last name and email together).
 *
 * The bound: pg_trgm's word_similarity(query, field) is fround(c / (n + u − c)) for some extent of the field, where
 * n is the number of the query's unique trigrams, c how many of them the extent holds and u ≥ c the extent's
 * unique trigrams. So it is at most fround(c / n) (fround is monotonic), and "> 0.3" needs c ≥ m, the least c with
 * fround(c / n) > 0.3. The extent lies in one field, so the user shares at least m of the query's trigrams.
 */

/**
 * The least number of the query's `n` unique trigrams a text must share for `word_similarity > 0.3`
 * (`n + 1` when no count reaches it, i.e. n = 0).
 * @example minSharedTrigrams(10) === 3 // fround(3 / 10) = 0.30000001 > 0.3
 */
export function minSharedTrigrams(n: number): number {
  for (let c = 1; c <= n; c++) if (Math.fround(c / n) > WORD_SIMILARITY_THRESHOLD) return c;
  return n + 1;
}

/**
 * `userId in (users sharing at least minSharedTrigrams(n) of the query's n trigrams)`: a superset of the similar
 * tier's users (false when the query has no trigram: nothing is similar to it).
 */
export function similarCandidates(query: string, userId: Expression<unknown>): RawBuilder<SqlBool> {
  const trigrams = [...uniqueTrigrams(query)];
  if (trigrams.length === 0) return sql<SqlBool>`0`;
  const minShared = minSharedTrigrams(trigrams.length);
  return sql<SqlBool>`${userId} in (select user_id from user_trigrams where trigram in (${sql.join(
    trigrams,
  )}) group by user_id having count(*) >= ${minShared})`;
}
