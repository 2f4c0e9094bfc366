import type { Client, ClientPathsWithMethod, FetchOptions, MethodResponse } from 'openapi-fetch';
import { type FetchResult, unwrap } from './unwrap.js';

// biome-ignore lint/suspicious/noExplicitAny: matches any client, as openapi-fetch's own helper types do
type AnyClient = Client<any, any>;
type GetPath<C extends AnyClient> = ClientPathsWithMethod<C, 'get'>;
type PageOf<C extends AnyClient, P extends GetPath<C>> = MethodResponse<C, 'get', P>;
type GetOperation<C extends AnyClient, P> =
  C extends Client<infer Paths, infer _Media>
    ? P extends keyof Paths
      ? Paths[P] extends { get: infer Operation }
        ? Operation
        : never
      : never
    : never;

/** The GET paths of a client whose success body is a page: `{ results: T[], next?: string | null, … }`. */
export type PaginatedPath<C extends AnyClient> = {
  [P in GetPath<C>]: [PageOf<C, P>] extends [never]
    ? never
    : PageOf<C, P> extends { results: readonly unknown[] }
      ? P
      : never;
}[GetPath<C>];

/** The item type of a paginated path. */
export type PageItem<C extends AnyClient, P extends GetPath<C>> =
  PageOf<C, P> extends { results: readonly (infer Item)[] } ? Item : never;

/** The call options of a paginated path, plus an optional page size (sent as `limit` on the first request). */
export type PaginateInit<C extends AnyClient, P extends GetPath<C>> = FetchOptions<GetOperation<C, P>> & {
  pageSize?: number;
};

/** Thrown when a `next` link repeats one already followed (a server bug that would loop forever). */
export class PaginationError extends Error {
  override readonly name = 'PaginationError';
  constructor(readonly next: string) {
    super(`pagination loop: the next link ${next} was already followed`);
  }
}

type LooseGet = (path: string, init: Record<string, unknown>) => Promise<FetchResult>;
interface Page {
  results: readonly unknown[];
  next?: string | null;
}

/**
 * Iterates over every item of a paginated list, page by page, following the `next` links until there is
 * none. A `next` link contributes its query string only: the request goes to the same operation on the
 * client's `baseUrl` (so the key is never sent to another origin) through the client's auth, retries
 * and timeouts. An error answer throws an {@link ApiError}; breaking out of the loop stops fetching.
 * @example
 * for await (const member of paginate(client, '/api/organizations/{organization_id}/members/', {
 *   params: { path: { organization_id: orgId } }, pageSize: 50 })) console.log(member.user.email);
 */
export async function* paginate<C extends AnyClient, P extends PaginatedPath<C>>(
  client: C,
  path: P,
  init: PaginateInit<C, P>,
): AsyncGenerator<PageItem<C, P>, void, undefined> {
  const { pageSize, params, ...rest } = init as PaginateInit<C, P> & { params?: { query?: object } };
  if (pageSize !== undefined && !(Number.isInteger(pageSize) && pageSize > 0)) {
    throw new RangeError('pageSize must be an integer > 0');
  }
  const get = client.GET as unknown as LooseGet;
  let query: object | undefined =
    pageSize === undefined ? params?.query : { ...params?.query, limit: pageSize };
  const followed = new Set<string>();
  for (;;) {
    const page = (await unwrap(get(path as string, { ...rest, params: { ...params, query } }))) as Page;
    yield* page.results as readonly PageItem<C, P>[];
    if (!page.next) return;
    if (followed.has(page.next)) throw new PaginationError(page.next);
    followed.add(page.next);
    query = queryOf(page.next);
  }
}

/**
 * Collects every item of a paginated list into an array (see {@link paginate}).
 * @example const all = await collectAll(client, '/api/organizations/{organization_id}/projects/', { params });
 */
export async function collectAll<C extends AnyClient, P extends PaginatedPath<C>>(
  client: C,
  path: P,
  init: PaginateInit<C, P>,
): Promise<PageItem<C, P>[]> {
  const items: PageItem<C, P>[] = [];
  for await (const item of paginate(client, path, init)) items.push(item);
  return items;
}

function queryOf(link: string): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  const search = new URL(link, 'http://relative.invalid').searchParams;
  for (const name of new Set(search.keys())) {
    const values = search.getAll(name);
    query[name] = values.length === 1 ? (values[0] as string) : values;
  }
  return query;
}
