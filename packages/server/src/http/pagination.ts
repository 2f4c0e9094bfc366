import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';

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
 * Builds the envelope with ABSOLUTE `next`/`previous` links that keep every other query parameter, as DRF does:
 * parameters sorted by name, `limit` always present, `previous` without `offset` when it would be ≤ 0,
 * `next` null on the last page and `previous` null on the first.
 *
 * @param requestUrl the full request URL (`c.req.url`)
 * @param publicUrl when set (config `PUBLIC_URL`, e.g. `https://api.example.com`), replaces the request's origin;
 *   a path in it is kept as a prefix.
 * @example
 * buildPage({ requestUrl: 'http://h/api/x/?search=a', page: { limit: 2, offset: 0 }, count: 5, results })
 * // next: 'http://h/api/x/?limit=2&offset=2&search=a', previous: null
 */
export function buildPage<T>(options: {
  requestUrl: string;
  publicUrl?: string;
  page: PageRequest;
  count: number;
  results: T[];
}): Page<T> {
  const { page, count } = options;
  const base = absoluteBase(options.requestUrl, options.publicUrl);
  const next =
    page.offset + page.limit >= count
      ? null
      : withQuery(base, { limit: page.limit, offset: page.offset + page.limit });
  let previous: string | null = null;
  if (page.offset > 0) {
    previous =
      page.offset - page.limit <= 0
        ? withQuery(base, { limit: page.limit, offset: undefined })
        : withQuery(base, { limit: page.limit, offset: page.offset - page.limit });
  }
  return { count, next, previous, results: options.results };
}

function absoluteBase(requestUrl: string, publicUrl: string | undefined): URL {
  const url = new URL(requestUrl);
  if (!publicUrl) return url;
  const pub = new URL(publicUrl);
  const rebased = new URL(`${pub.origin}${pub.pathname.replace(/\/$/, '')}${url.pathname}`);
  rebased.search = url.search;
  return rebased;
}

function withQuery(base: URL, overrides: { limit: number; offset: number | undefined }): string {
  const params = new URLSearchParams(base.search);
  params.set('limit', String(overrides.limit));
  if (overrides.offset === undefined) params.delete('offset');
  else params.set('offset', String(overrides.offset));
  params.sort();
  const url = new URL(base.href);
  url.search = params.toString();
  return url.href;
}

/**
 * {@link buildPage} for a handler: links from the request URL, rebased on `PUBLIC_URL` when configured.
 *
 * @example
 * const page = parsePageRequest(c.req.valid('query'));
 * const { count, results } = await store.listInvites(org.id, page);
 * return c.json(paginate(c, page, count, results.map(toInvite)), 200);
 */
export function paginate<T>(c: Context<AppEnv>, page: PageRequest, count: number, results: T[]): Page<T> {
  return buildPage({
    requestUrl: c.req.url,
    publicUrl: c.get('deps').settings.publicUrl,
    page,
    count,
    results,
  });
}
