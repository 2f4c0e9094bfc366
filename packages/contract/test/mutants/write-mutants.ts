import { errorBody, type Mutant, mapJson, requestJson, route, type ServerFetch } from './proxy-helpers.js';

const PROJECT_ITEM = /^\/projects\/\d+\/$/;
const MEMBER_ITEM = /^\/members\/([^/]+)\/$/;

/**
 * A server that stores readOnly fields sent in a PATCH: `pick` chooses which of the sent fields it keeps for the item
 * `key` (from the request), `show` puts them back into item bodies (PATCH answers and later reads unless
 * `onlyLater`).
 */
function storesReadOnly(
  real: ServerFetch,
  options: {
    key: (rest: string) => string | undefined;
    pick: (body: Record<string, unknown>) => Record<string, unknown>;
    itemKey: (item: Record<string, unknown>, rest: string) => string | undefined;
    onlyLater?: boolean;
  },
): ServerFetch {
  const stored = new Map<string, Record<string, unknown>>();
  const overlay = (item: Record<string, unknown>, rest: string) => {
    const extra = stored.get(options.itemKey(item, rest) ?? '');
    if (!extra) return item;
    const user = extra.user ? { ...(item.user as object), ...(extra.user as object) } : item.user;
    return { ...item, ...extra, ...(user ? { user } : {}) };
  };
  return async (req) => {
    const { rest } = route(req);
    const key = options.key(rest);
    const body =
      req.method === 'PATCH' && key ? ((await requestJson(req)) as Record<string, unknown>) : undefined;
    const response = await real(req);
    if (body && response.status === 200) {
      stored.set(key as string, { ...stored.get(key as string), ...options.pick(body) });
      if (options.onlyLater) return response;
    }
    if (req.method === 'DELETE' || response.status !== 200 || !stored.size) return response;
    return mapJson(response, (b) => {
      const page = b as { results?: Array<Record<string, unknown>> };
      return Array.isArray(page.results)
        ? { ...page, results: page.results.map((i) => overlay(i, rest)) }
        : overlay(b as Record<string, unknown>, rest);
    });
  };
}

const only = (names: string[]) => (body: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(body).filter(([k]) => names.includes(k)));
const projectKey = (rest: string) => (PROJECT_ITEM.test(rest) ? rest : undefined);
const memberKey = (rest: string) => MEMBER_ITEM.exec(rest)?.[1];

/** Defects in writes: readOnly fields applied by PATCH; trailing-slash redirects that lose the query or the method. */
export const WRITE_MUTANTS: Mutant[] = [
  {
    name: 'project PATCH applies api_token',
    message: /^readOnly property applied by PATCH: (.*, )?api_token="contract-readonly-3"/,
    caughtBy: 'read_only_write_only',
    build: ({ real }) =>
      storesReadOnly(real, {
        key: projectKey,
        pick: only(['api_token']),
        itemKey: (_, rest) => projectKey(rest),
      }),
  },
  {
    name: 'project PATCH stores created_at (shown on later reads only)',
    message: /^readOnly property applied by PATCH \(read back\): (.*, )?created_at="2001-02-03T04:05:06Z"/,
    caughtBy: 'read_only_write_only',
    build: ({ real }) =>
      storesReadOnly(real, {
        key: projectKey,
        pick: only(['created_at']),
        itemKey: (_, rest) => projectKey(rest),
        onlyLater: true,
      }),
  },
  {
    name: 'member PATCH applies joined_at',
    message: /^readOnly property applied by PATCH: (.*, )?joined_at="2001-02-03T04:05:06Z"/,
    caughtBy: 'read_only_write_only',
    build: ({ real }) =>
      storesReadOnly(real, {
        key: memberKey,
        pick: only(['joined_at']),
        itemKey: (item, rest) =>
          memberKey(rest) ?? String((item.user as { uuid?: unknown } | undefined)?.uuid),
      }),
  },
  {
    name: "member PATCH applies the nested user's names",
    message: /^readOnly property applied by PATCH: (.*, )?user\.first_name="contract-readonly-3"/,
    caughtBy: 'read_only_write_only',
    build: ({ real }) =>
      storesReadOnly(real, {
        key: memberKey,
        pick: (body) => ({
          user: only(['first_name', 'last_name'])((body.user ?? {}) as Record<string, unknown>),
        }),
        itemKey: (item, rest) =>
          memberKey(rest) ?? String((item.user as { uuid?: unknown } | undefined)?.uuid),
      }),
  },
  {
    name: 'trailing-slash redirect drops the query string',
    message:
      /^GET \S+\?\S+ \(no trailing slash\) is redirected to \S+, which drops the query string "\?\S+"$/,
    caughtBy: 'trailing_slash_redirect',
    build:
      ({ real }) =>
      async (req) => {
        const response = await real(req);
        const location = response.headers.get('location');
        if (response.status !== 308 || !location) return response;
        const headers = new Headers(response.headers);
        headers.set('location', location.replace(/\?.*$/, ''));
        return new Response(null, { status: 308, headers });
      },
  },
  {
    name: 'trailing-slash redirect with 301 (clients turn POST into GET)',
    message:
      /^POST \S+ \(no trailing slash\) is redirected with 301, which lets clients turn POST into GET; expected 308 \(307\/308 keep the method\)$/,
    caughtBy: 'trailing_slash_redirect',
    build:
      ({ real }) =>
      async (req) => {
        const response = await real(req);
        return response.status === 308
          ? new Response(null, { status: 301, headers: new Headers(response.headers) })
          : response;
      },
  },
  {
    name: 'no trailing-slash redirect (404 for a path without its slash)',
    message:
      /^GET \S+ \(no trailing slash\) answered 404; the spec documents a 308 redirect to the path with its slash$/,
    caughtBy: 'trailing_slash_redirect',
    build:
      ({ real }) =>
      async (req) => {
        const response = await real(req);
        return response.status === 308
          ? errorBody(404, 'invalid_request', 'not_found', 'Not found.')
          : response;
      },
  },
];
