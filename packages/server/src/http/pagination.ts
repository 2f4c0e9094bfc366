import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';
import { publicBaseUrl } from './public-url.js';

/** Upstream's `PAGE_SIZE`: the `limit` when the request gives none. */
export const DEFAULT_PAGE_SIZE = 100;

/** A page request as the store takes it. */
export interface PageRequest {
  limit: number;
  offset: number;
}

/** The DRF `LimitOffsetPagination` envelope. */
export interface Page<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

/**
 * Reads `limit`/`offset` from already-validated query values (the generated layer coerces and bounds them).
 *
 * @example
 * parsePageRequest({ limit: 10 }); // { limit: 10, offset: 0 }
 */
export function parsePageRequest(query: { limit?: number; offset?: number }): PageRequest {
  return { limit: query.limit ?? DEFAULT_PAGE_SIZE, offset: query.offset ?? 0 };
}

/**
 * The list's own query parameters as a canonical query string: the validated values (unknown parameters are not in
 * them), absent ones left out, sorted by name. Equal strings mean equal pages (with the same data and base URL).
 *
 * @example
 * canonicalQuery({ search: 'ann lee', limit: 2, offset: undefined }); // 'limit=2&search=ann+lee'
 */
export function canonicalQuery(query: Readonly<Record<string, unknown>>): string {
  const params = new URLSearchParams();
  for (const name of Object.keys(query).sort()) {
    const value = query[name];
    if (value !== undefined && value !== null) params.append(name, String(value));
  }
  return params.toString();
}

/**
 * Builds the envelope with ABSOLUTE `next`/`previous` links carrying the list's own parameters (as validated: a
 * parameter the operation does not declare is not repeated, unlike DRF), sorted by name, `limit` always present,
 * `previous` without `offset` when it would be ≤ 0, `next` null on the last page and `previous` null on the first.
 *
 * @param pageUrl the absolute URL of the list without query (`PUBLIC_URL` or the allowed request origin, and the path)
 * @param query the validated query values of the request
 * @example
 * buildPage({ pageUrl: 'http://h/api/x/', query: { search: 'a' }, page: { limit: 2, offset: 0 }, count: 5, results })
 * // next: 'http://h/api/x/?limit=2&offset=2&search=a', previous: null
 */
export function buildPage<T>(options: {
  pageUrl: string;
  query: Readonly<Record<string, unknown>>;
  page: PageRequest;
  count: number;
  results: T[];
}): Page<T> {
  const { page, count, pageUrl, query } = options;
  const link = (offset: number | undefined) =>
    `${pageUrl}?${canonicalQuery({ ...query, limit: page.limit, offset })}`;
  const next = page.offset + page.limit >= count ? null : link(page.offset + page.limit);
  let previous: string | null = null;
  if (page.offset > 0) previous = link(page.offset - page.limit <= 0 ? undefined : page.offset - page.limit);
  return { count, next, previous, results: options.results };
}

/**
 * The query parameters the request gave, with their validated values, in the order the operation declares them
 * (whatever the request's): parameters the operation does not declare are dropped (the route's validator kept only
 * declared ones), and so are defaults the request did not send.
 */
export function validatedQuery(c: Context<AppEnv>): Readonly<Record<string, unknown>> {
  const valid = (c.req.valid as (target: 'query') => Record<string, unknown> | undefined)('query') ?? {};
  const given: Record<string, unknown> = {};
  for (const name of Object.keys(valid)) {
    if (c.req.query(name) !== undefined) given[name] = valid[name];
  }
  return given;
}

/**
 * {@link buildPage} for a handler: links on the public base URL (`PUBLIC_URL`, else the allowed request origin) and
 * the request path, with the request's validated query.
 *
 * @example
 * const page = parsePageRequest(c.req.valid('query'));
 * const { count, results } = await store.listInvites(org.id, page);
 * return c.json(paginate(c, page, count, results.map(toInvite)), 200);
 */
export function paginate<T>(c: Context<AppEnv>, page: PageRequest, count: number, results: T[]): Page<T> {
  return buildPage({
    pageUrl: `${publicBaseUrl(c)}${c.req.path}`,
    query: validatedQuery(c),
    page,
    count,
    results,
  });
}
