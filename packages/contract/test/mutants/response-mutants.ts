import {
  bearer,
  eachItem,
  errorBody,
  json,
  keepsEarlierInvites,
  type Mutant,
  mapJson,
  route,
} from './proxy-helpers.js';

const PROJECT_ITEM = /^\/projects\/[^/]+\/$/;
const isJson = (response: Response) => /json/.test(response.headers.get('content-type') ?? '');

/** Defects in what the server answers (statuses, bodies, headers, pagination envelopes). */
export const RESPONSE_MUTANTS: Mutant[] = [
  {
    name: '200 with the old body after a delete',
    message: /^Deleted resource is still available: GET \S+ returned 200$/,
    caughtBy: 'use_after_free',
    build: ({ real }) => {
      const bodies = new Map<string, unknown>();
      const deleted = new Set<string>();
      return async (req) => {
        const { url } = route(req);
        const response = await real(req);
        const path = url.pathname;
        if (req.method === 'POST' && response.status === 201 && isJson(response)) {
          const body = (await response.clone().json()) as { id?: unknown };
          if (body.id !== undefined) bodies.set(`${path}${String(body.id)}/`, body);
        }
        if (req.method === 'DELETE' && response.status < 300) deleted.add(path);
        if (req.method === 'GET' && deleted.has(path) && response.status === 404 && bodies.has(path))
          return json(200, bodies.get(path));
        return response;
      };
    },
  },
  {
    name: 'created resource not readable (project GET answers 404)',
    message: /^Created resource is not available: GET \S+\/projects\/\d+\/ returned 404$/,
    caughtBy: 'ensure_resource_availability',
    build:
      ({ real }) =>
      async (req) =>
        req.method === 'GET' && PROJECT_ITEM.test(route(req).rest)
          ? errorBody(404, 'invalid_request', 'not_found', 'Not found.')
          : real(req),
  },
  {
    name: 'wrong count (count is one more than the items)',
    message: /^Default page: count is \d+ but the only page holds \d+ results$/,
    caughtBy: 'pagination',
    build:
      ({ real }) =>
      async (req) => {
        const response = await real(req);
        if (req.method !== 'GET' || response.status !== 200 || !isJson(response)) return response;
        return mapJson(response, (b) => {
          const page = b as { count?: unknown };
          return typeof page.count === 'number' ? { ...page, count: page.count + 1 } : b;
        });
      },
  },
  {
    name: 'next link on the last page',
    message:
      /^Pagination walk \(limit 2\): page \d+ completes the collection \((\d+) of \1 items\) but has a next link$/,
    caughtBy: 'pagination',
    build:
      ({ real }) =>
      async (req) => {
        const response = await real(req);
        if (req.method !== 'GET' || response.status !== 200 || !isJson(response)) return response;
        const { url } = route(req);
        return mapJson(response, (b) => {
          const page = b as { next?: unknown; results?: unknown[] };
          if (page.next !== null || !page.results?.length) return b;
          const offset = Number(url.searchParams.get('offset') ?? 0);
          const limit = Number(url.searchParams.get('limit') ?? page.results.length);
          const next = new URL(url);
          next.searchParams.set('offset', String(offset + limit));
          return { ...page, next: next.toString() };
        });
      },
  },
  {
    name: 'created project missing from the list (the newest project is left out)',
    message: /^created project \d+ is missing from the list$/,
    caughtBy: 'project_lifecycle',
    build:
      ({ real }) =>
      async (req) => {
        const response = await real(req);
        if (req.method !== 'GET' || route(req).rest !== '/projects/' || response.status !== 200)
          return response;
        return mapJson(response, (b) => {
          const page = b as { results: Array<{ id: number }> };
          const newest = Math.max(...page.results.map((p) => p.id));
          return { ...page, results: page.results.filter((p) => p.id !== newest) };
        });
      },
  },
  {
    name: 're-invite keeps the earlier invite (both are listed)',
    message:
      /^after re-inviting contract-3-reinvite@example\.com, invites listed for it are \["[^"]+","[^"]+"\]; expected only the new one/,
    caughtBy: 'reinvite_replacement',
    build: ({ real }) => keepsEarlierInvites(real, () => true),
  },
  {
    name: 'leaked writeOnly field (invites come back with send_email)',
    message: /^writeOnly property leaked in response: \/(0\/)?send_email$/,
    caughtBy: 'read_only_write_only',
    build:
      ({ real }) =>
      async (req) => {
        const response = await real(req);
        if (!route(req).rest.startsWith('/invites/') || response.status >= 300 || !isJson(response))
          return response;
        return mapJson(response, (b) => eachItem(b, (i) => ({ ...i, send_email: true })));
      },
  },
  {
    name: 'response breaks its schema (project ids as strings)',
    message:
      /^Response violates schema: \/id must be integer \(schema \/components\/schemas\/ProjectBackwardCompat\/properties\/id\/type\)$/,
    caughtBy: 'response_schema_conformance',
    build:
      ({ real }) =>
      async (req) => {
        const response = await real(req);
        if (!route(req).rest.startsWith('/projects/') || response.status >= 300 || !isJson(response))
          return response;
        return mapJson(response, (b) => eachItem(b, (i) => ({ ...i, id: String(i.id) })));
      },
  },
  {
    name: 'wrong error body (only {error})',
    message:
      /^Error body of 4\d\d does not conform: 'type' must be a string, got nothing; 'code' must be a string, got nothing; 'detail' must be a string, got nothing; 'attr' is missing; unexpected key\(s\) 'error'$/,
    caughtBy: 'error_body_conformance',
    build:
      ({ real }) =>
      async (req) => {
        const response = await real(req);
        if (response.status < 400 || !isJson(response)) return response;
        return mapJson(response, (b) => ({ error: (b as { detail?: unknown }).detail }));
      },
  },
  {
    name: 'undocumented status (201 → 200 on creation)',
    message: /^Undocumented status code: 200 \(documented: 201, /,
    caughtBy: 'status_code_conformance',
    build:
      ({ real }) =>
      async (req) => {
        const response = await real(req);
        return response.status === 201 ? mapJson(response, (b) => b, { status: 200 }) : response;
      },
  },
  {
    name: 'wrong content type (JSON sent as text/plain)',
    message: /^Undocumented Content-Type: text\/plain for status 201 \(documented: application\/json\)$/,
    caughtBy: 'content_type_conformance',
    build:
      ({ real }) =>
      async (req) => {
        const response = await real(req);
        if (!isJson(response)) return response;
        return mapJson(response, (b) => b, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
      },
  },
  {
    name: '500 on bad input (every 400 becomes a 500)',
    message: /^Server error: (POST|GET|PATCH|DELETE) \S+ returned 500$/,
    caughtBy: 'not_a_server_error',
    build:
      ({ real }) =>
      async (req) => {
        const response = await real(req);
        if (response.status !== 400) return response;
        return errorBody(500, 'server_error', 'error', 'A server error occurred.');
      },
  },
  {
    name: 'throttling without Retry-After (every 20th request answers 429)',
    message: /^Response headers do not conform: missing required header 'Retry-After'$/,
    caughtBy: 'response_headers_conformance',
    build: ({ real }) => {
      let n = 0;
      return async (req) =>
        ++n % 20 === 0 && bearer(req) !== undefined
          ? errorBody(429, 'throttled_error', 'throttled', 'Request was throttled.')
          : real(req);
    },
  },
  {
    name: '404 instead of 405 for an undeclared method',
    message: /^Unsupported method (GET|PUT|POST|PATCH|DELETE) \S+ returned 404, expected 405$/,
    caughtBy: 'unsupported_method',
    build:
      ({ real }) =>
      async (req) => {
        const response = await real(req);
        return response.status === 405
          ? errorBody(404, 'invalid_request', 'not_found', 'Not found.')
          : response;
      },
  },
  {
    name: '405 without an Allow header',
    message: /^405 response to (GET|PUT|POST|PATCH|DELETE) without an Allow header$/,
    caughtBy: 'allow_header_conformance',
    build:
      ({ real }) =>
      async (req) => {
        const response = await real(req);
        return response.status === 405 ? mapJson(response, (b) => b, { headers: { allow: null } }) : response;
      },
  },
];
