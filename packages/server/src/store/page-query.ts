import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';
import type { Page, PageRequest } from '../domain/types.js';

/** The part of a select query {@link listPage} pages: `limit`, `offset`, `execute`. */
interface Pageable<R> {
  limit(limit: number): { offset(offset: number): { execute(): Promise<R[]> } };
}

/**
 * The one list shape of the store: the total count of the rows `filtered` matches and one page of them, in two
 * statements run together. `pageOf` turns the filtered query into the page's rows (columns, joins, a stable order
 * with a unique tiebreaker); `decode` maps each row.
 *
 * @throws RangeError when `page.limit` or `page.offset` is not a non-negative integer (a programming error).
 * @example
 * const base = ctx.db.selectFrom('invites').where('organization_id', '=', organizationId);
 * return listPage(base, page, (q) => q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc'), decode);
 */
export async function listPage<DB, TB extends keyof DB, R, T>(
  filtered: SelectQueryBuilder<DB, TB, object>,
  page: PageRequest,
  pageOf: (query: SelectQueryBuilder<DB, TB, object>) => Pageable<R>,
  decode: (row: R) => T,
): Promise<Page<T>> {
  checkPage(page.limit, page.offset);
  const [count, rows] = await Promise.all([
    countRows(filtered),
    pageOf(filtered).limit(page.limit).offset(page.offset).execute(),
  ]);
  return { count, results: rows.map(decode) };
}

/**
 * How many rows `filtered` matches (`count(*)`; PostgreSQL's bigint arrives as a string).
 *
 * @example const owners = await countRows(ctx.db.selectFrom('organization_memberships').where('level', '=', 15));
 */
export async function countRows<DB, TB extends keyof DB>(
  filtered: SelectQueryBuilder<DB, TB, object>,
): Promise<number> {
  const row = (await filtered
    .select((eb: ExpressionBuilder<DB, TB>) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow()) as { n: number | string };
  return Number(row.n);
}

/** Rows of `limit`/`offset` pagination, validated (a negative or fractional value is a programming error). */
export function checkPage(limit: number, offset: number): void {
  if (!Number.isInteger(limit) || limit < 0 || !Number.isInteger(offset) || offset < 0) {
    throw new RangeError(
      `limit and offset must be non-negative integers (got limit=${limit}, offset=${offset})`,
    );
  }
}
