import { type Mutant, mapJson, rebuild, route, type ServerFetch } from './proxy-helpers.js';

type Page = {
  count: number;
  next: string | null;
  previous: string | null;
  results: Array<Record<string, unknown>>;
};
const isList = (req: Request, response: Response) =>
  req.method === 'GET' &&
  response.status === 200 &&
  (response.headers.get('content-type') ?? '').includes('json');

/** Every list page answered by `real`, with `change` applied to its envelope. */
const pages =
  (real: ServerFetch, change: (page: Page, req: Request) => Page) =>
  async (req: Request): Promise<Response> => {
    const response = await real(req);
    if (!isList(req, response)) return response;
    return mapJson(response, (b) => (Array.isArray((b as Page).results) ? change(b as Page, req) : b));
  };

/** A link with one query parameter removed or replaced. */
const editLink = (link: string | null, edit: (url: URL) => void) => {
  if (link === null) return null;
  const url = new URL(link);
  edit(url);
  return url.toString();
};

/** Defects in list links, search, order, and in lists after deletes. */
export const LIST_MUTANTS: Mutant[] = [
  {
    name: 'next link drops search',
    message: /^next \(page 1 of members_list\?[^)]*\) link drops search="[^"]+": http/,
    caughtBy: 'pagination_links',
    build: ({ real }) =>
      pages(real, (page) => ({ ...page, next: editLink(page.next, (u) => u.searchParams.delete('search')) })),
  },
  {
    name: 'next link drops order',
    message: /^next \(page 1 of members_list\?[^)]*\) link drops order="joined_at": http/,
    caughtBy: 'pagination_links',
    build: ({ real }) =>
      pages(real, (page) => ({ ...page, next: editLink(page.next, (u) => u.searchParams.delete('order')) })),
  },
  {
    name: 'next link falls back to the default limit',
    message: /^next \(page 1 of \w+\?[^)]*\) link changes limit from "1" to "100": http/,
    caughtBy: 'pagination_links',
    build: ({ real }) =>
      pages(real, (page) => ({
        ...page,
        next: editLink(page.next, (u) => u.searchParams.set('limit', '100')),
      })),
  },
  {
    name: 'previous link drops every filter but the limit',
    message: /^previous \(page 2 of members_list\?[^)]*\) link drops search="[^"]+"/,
    caughtBy: 'pagination_links',
    build: ({ real }) =>
      pages(real, (page) => ({
        ...page,
        previous: editLink(page.previous, (u) => {
          for (const name of [...u.searchParams.keys()])
            if (name !== 'limit' && name !== 'offset') u.searchParams.delete(name);
        }),
      })),
  },
  {
    name: 'next link points to another host (an internal address)',
    message:
      /^next \(page 1 of \w+\?[^)]*\) link http:\/\/internal\.example:8000\/\S+ points outside --base-url http:\/\/localhost: a client cannot follow it$/,
    caughtBy: 'pagination_links',
    build: ({ real }) =>
      pages(real, (page) => ({
        ...page,
        next: editLink(page.next, (u) => Object.assign(u, { host: 'internal.example:8000' })),
      })),
  },
  {
    name: 'project search is case-sensitive',
    message:
      /^search="[^"]+" did not return \d+, whose name "[^"]+" contains it ignoring case \(x-search: contains-ignoring-case\)$/,
    caughtBy: 'search_and_order',
    build: ({ real }) =>
      pages(real, (page, req) => {
        const { rest, url } = route(req);
        const term = url.searchParams.get('search');
        if (rest !== '/projects/' || !term) return page;
        const results = page.results.filter((p) => String(p.name).includes(term));
        return { ...page, count: results.length, results };
      }),
  },
  {
    name: 'member search matches the start of a field only',
    message: /^search="[^"]+" did not return "[^"]+", whose user\.email "[^"]+" contains it ignoring case/,
    caughtBy: 'search_and_order',
    build: ({ real }) =>
      pages(real, (page, req) => {
        const { rest, url } = route(req);
        const term = url.searchParams.get('search')?.toLowerCase();
        if (rest !== '/members/' || !term) return page;
        const user = (m: Record<string, unknown>) => m.user as Record<string, string>;
        const results = page.results.filter((m) =>
          ['first_name', 'last_name', 'email'].some((f) => String(user(m)[f]).toLowerCase().startsWith(term)),
        );
        return { ...page, count: results.length, results };
      }),
  },
  {
    name: 'member search ignored (every member returned)',
    message:
      /^search="[^"]+" returned "[^"]+", whose user\.first_name, user\.last_name, user\.email do not contain "[^"]+" ignoring case$/,
    caughtBy: 'search_and_order',
    build:
      ({ real }) =>
      async (req) => {
        const { rest, url } = route(req);
        if (req.method !== 'GET' || rest !== '/members/' || !url.searchParams.has('search')) return real(req);
        url.searchParams.delete('search');
        return real(await rebuild(req, { url }));
      },
  },
  {
    name: 'members order ignored (joined_at answers newest first)',
    message:
      /^members_list\?order=joined_at: items are not in joined_at order: item 1 \(joined_at "[^"]+"\) comes before item 2/,
    caughtBy: 'search_and_order',
    build:
      ({ real }) =>
      async (req) => {
        const { rest, url } = route(req);
        if (req.method !== 'GET' || rest !== '/members/' || url.searchParams.get('order') !== 'joined_at')
          return real(req);
        url.searchParams.set('order', '-joined_at');
        return real(await rebuild(req, { url }));
      },
  },
  {
    name: 'invites listed oldest first',
    message:
      /^default order \(x-default-order\) of invites_list: items are not in -created_at order: item \d+ /,
    caughtBy: 'search_and_order',
    build: ({ real }) =>
      pages(real, (page, req) =>
        route(req).rest === '/invites/' ? { ...page, results: [...page.results].reverse() } : page,
      ),
  },
];

/** Deleted items a defective server keeps showing, per collection path. */
function ghostList(
  real: ServerFetch,
  options: { inResults: boolean; inCount: boolean; onlySearch?: boolean },
) {
  const created = new Map<string, Record<string, unknown>>();
  const ghosts = new Map<string, Array<Record<string, unknown>>>();
  return async (req: Request): Promise<Response> => {
    const { url } = route(req);
    const response = await real(req);
    const path = url.pathname;
    if (req.method === 'POST' && response.status === 201) {
      const body = (await response.clone().json()) as Record<string, unknown>;
      if (body.id !== undefined) created.set(`${path}${String(body.id)}/`, body);
    }
    if (req.method === 'DELETE' && response.status === 204 && created.has(path)) {
      const collection = path.replace(/[^/]+\/$/, '');
      ghosts.set(collection, [
        ...(ghosts.get(collection) ?? []),
        created.get(path) as Record<string, unknown>,
      ]);
    }
    const shown = ghosts.get(path) ?? [];
    if (!isList(req, response) || shown.length === 0) return response;
    if (options.onlySearch && !url.searchParams.has('search')) return response;
    return mapJson(response, (b) => {
      const page = b as Page;
      return {
        ...page,
        count: page.count + (options.inCount ? shown.length : 0),
        results: options.inResults ? [...page.results, ...shown] : page.results,
      };
    });
  };
}

/** Defects after deletes: deleted items still listed, counted or found. */
export const DELETED_MUTANTS: Mutant[] = [
  {
    name: 'deleted project still listed (pending deletion shown)',
    message:
      /^deleted item \d+ \(organizations_projects_create\) is still listed by organizations_projects_list$/,
    caughtBy: 'deleted_not_listed',
    build: ({ real }) => ghostList(real, { inResults: true, inCount: true }),
  },
  {
    name: 'invite count not lowered by a delete',
    message: /^after deleting "[^"]+", invites_list count is (\d+), expected (?!\1)\d+ \(was \d+\)$/,
    caughtBy: 'deleted_not_listed',
    build: ({ real }) => ghostList(real, { inResults: false, inCount: true }),
  },
  {
    name: 'deleted project still found by search',
    message:
      /^deleted item \d+ \(organizations_projects_create\) is still found by organizations_projects_list\?search="[^"]+"$/,
    caughtBy: 'deleted_not_listed',
    build: ({ real }) => ghostList(real, { inResults: true, inCount: true, onlySearch: true }),
  },
];
