import { pathPattern, validateWireRequest } from '../src/generate/wire-validation.js';
import type { WireRequest } from '../src/http/http-types.js';
import { createSchemaValidator } from '../src/validate/schema-validator.js';
import { MINI_SPEC_PATH, miniSpec } from './mini-spec.js';

/**
 * An in-process server for the fixture spec (test double for runner tests). It validates requests with the
 * runner's own wire validator, so it exercises orchestration and judging rather than validation independence.
 * Each `defect` injects one contract violation the runner must catch.
 */
export type Defect =
  | 'leak_write_only'
  | 'accept_invalid_body'
  | 'ignore_scope'
  | 'ignore_auth'
  | 'no_405'
  | 'cross_tenant'
  | 'crash_on_long_search'
  | 'bad_error_body'
  | 'delete_keeps_item'
  | 'apply_read_only_id'
  | 'duplicate_pages'
  | 'missing_request_id'
  | 'reinvite_keeps_old'
  | 'bulk_not_atomic'
  | 'unique_project_names';

export const ORG = '0b0c4e55-1111-4aaa-8bbb-000000000001';
export const OTHER_ORG = '0b0c4e55-2222-4aaa-8bbb-000000000002';
export const TOKENS = { owner: 'phx_owner', noScope: 'phx_noscope', otherOrg: 'phx_other' };
/** CLI arguments for a run against the fake server at http://fake.test (seed 3, one example per operation). */
export const FAKE_SERVER_ARGS: readonly string[] = [
  '--base-url',
  'http://fake.test',
  '--spec',
  MINI_SPEC_PATH,
  '--token',
  TOKENS.owner,
  '--organization-id',
  ORG,
  '--seed',
  '3',
  '--max-examples',
  '1',
];

interface Project {
  id: number;
  name: string;
  created_at: string;
  secret_note?: string;
  [key: string]: unknown;
}

export function createFakeServer(defects: Defect[] = []) {
  const spec = miniSpec();
  const validator = createSchemaValidator(spec);
  const has = (d: Defect) => defects.includes(d);
  const projects = new Map<number, Project>();
  const invites = new Map<string, Record<string, unknown>>();
  let nextId = 1;
  let requests = 0;

  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        'x-request-id': has('missing_request_id') ? '' : `r${requests}`,
        ...headers,
      },
    });
  const error = (status: number, type: string, code: string, detail: string, attr: string | null = null) =>
    has('bad_error_body') ? json(status, { error: detail }) : json(status, { type, code, detail, attr });

  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    requests++;
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const auth = request.headers.get('authorization');
    const token = auth?.replace(/^Bearer /, '');
    // Static segments win over parameters (`invites/bulk/` is not `invites/{id}/`), as in real routers.
    const known = [...spec.pathMethods.entries()]
      .sort(([a], [b]) => a.split('{').length - b.split('{').length)
      .find(([p]) => pathPattern(p).regex.test(url.pathname));
    const route = spec.operations.find(
      (o) => o.method === request.method.toLowerCase() && o.path === known?.[0],
    );
    if (!known) return error(404, 'invalid_request', 'not_found', 'Not found.');
    if (!route) {
      if (has('no_405')) return error(404, 'invalid_request', 'not_found', 'Not found.');
      return withAllow(
        error(405, 'invalid_request', 'method_not_allowed', `Method "${request.method}" not allowed.`),
        known[1],
      );
    }
    if (!has('ignore_auth') && !Object.values(TOKENS).includes(token ?? '')) {
      return error(
        401,
        'authentication_error',
        token ? 'authentication_failed' : 'not_authenticated',
        'Invalid key.',
      );
    }
    if (token === TOKENS.noScope && !has('ignore_scope')) {
      return error(
        403,
        'authentication_error',
        'permission_denied',
        `API key missing required scope '${route.scopes[0]}'`,
      );
    }
    const { regex, names } = pathPattern(route.path);
    const match = regex.exec(url.pathname) as RegExpExecArray;
    const params = Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1] as string)]));
    if (
      url.searchParams.get('search')?.length &&
      has('crash_on_long_search') &&
      (url.searchParams.get('search')?.length ?? 0) > 200
    ) {
      return json(500, { type: 'server_error', code: 'error', detail: 'boom', attr: null });
    }
    const body = request.method === 'GET' || request.method === 'DELETE' ? undefined : await request.text();
    const wire: WireRequest = {
      method: request.method,
      path: url.pathname,
      query: [...url.searchParams.entries()],
      headers: Object.fromEntries(request.headers.entries()),
      body: body === '' ? undefined : body,
    };
    // The non-atomic bulk defect validates item by item in the handler (creating the valid ones first).
    const perItem = has('bulk_not_atomic') && route.id === 'invites_bulk_create';
    const issues = perItem ? [] : validateWireRequest(spec, route, wire, validator);
    if (issues.length && !(has('accept_invalid_body') && issues.every((i) => i.message.startsWith('body')))) {
      return error(400, 'validation_error', 'invalid_input', issues[0]?.message ?? 'invalid', null);
    }
    const foreign = params.organization_id !== ORG || (token === TOKENS.otherOrg && !has('cross_tenant'));
    if (foreign)
      return error(
        403,
        'authentication_error',
        'permission_denied',
        'You do not have permission to perform this action.',
      );
    const parsed: unknown = wire.body === undefined ? {} : JSON.parse(wire.body);
    const data = (
      parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {}
    ) as Record<string, unknown>;
    const view = (p: Project) => {
      const { secret_note, ...rest } = p;
      return has('leak_write_only') ? { ...rest, secret_note: secret_note ?? 'leaked' } : rest;
    };
    switch (route.id) {
      case 'projects_list': {
        const all = [...projects.values()].filter((p) =>
          p.name.includes(url.searchParams.get('search') ?? ''),
        );
        return json(200, paginate(url, all.map(view)));
      }
      case 'projects_create': {
        const { id, uuid, created_at, is_pending_deletion, ...writable } = data;
        if (has('unique_project_names') && [...projects.values()].some((p) => p.name === writable.name)) {
          return error(400, 'validation_error', 'unique', 'A project with this name exists.', 'name');
        }
        const project: Project = {
          ...writable,
          id: has('apply_read_only_id') && typeof id === 'number' ? id : nextId++,
          name: String(writable.name),
          created_at: '2024-01-02T03:04:05Z',
        };
        projects.set(project.id, project);
        return json(201, view(project));
      }
      case 'projects_retrieve':
      case 'projects_partial_update':
      case 'projects_destroy': {
        const project = projects.get(Number(params.id));
        if (!project) return error(404, 'invalid_request', 'not_found', 'Not found.');
        if (route.id === 'projects_destroy') {
          if (!has('delete_keeps_item')) projects.delete(project.id);
          return new Response(null, { status: 204 });
        }
        if (route.id === 'projects_partial_update') Object.assign(project, data);
        return json(200, view(project));
      }
      case 'invites_create':
        return json(201, createInvite(data));
      case 'invites_bulk_create': {
        const items = Array.isArray(parsed) ? (parsed as Record<string, unknown>[]) : [];
        if (has('bulk_not_atomic')) {
          const valid = items.filter((i) => String(i.target_email).includes('@'));
          const created = valid.map(createInvite);
          if (valid.length < items.length)
            return error(
              400,
              'validation_error',
              'invalid_input',
              'Enter a valid email address.',
              'target_email',
            );
          return json(201, created);
        }
        return json(201, items.map(createInvite));
      }
      case 'invites_list': {
        return json(200, paginate(url, [...invites.values()]));
      }
      case 'invites_destroy': {
        if (!invites.delete(params.id as string))
          return error(404, 'invalid_request', 'not_found', 'Not found.');
        return new Response(null, { status: 204 });
      }
    }
    return json(500, { type: 'server_error', code: 'error', detail: 'unrouted', attr: null });
  };
  function paginate(url: URL, all: unknown[]) {
    const limit = Number(url.searchParams.get('limit') ?? 100);
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const start = has('duplicate_pages') && offset > 0 ? offset - 1 : offset;
    const link = (o: number) => `${url.protocol}//${url.host}${url.pathname}?limit=${limit}&offset=${o}`;
    return {
      count: all.length,
      next: offset + limit < all.length ? link(offset + limit) : null,
      previous: offset > 0 ? link(Math.max(0, offset - limit)) : null,
      results: all.slice(start, start + limit),
    };
  }

  function createInvite(data: Record<string, unknown>) {
    const { send_email, id, created_at, ...writable } = data;
    if (!has('reinvite_keeps_old')) {
      for (const [key, other] of invites)
        if (other.target_email === writable.target_email) invites.delete(key);
    }
    const invite = { ...writable, id: crypto.randomUUID(), created_at: '2024-01-02T03:04:05Z' };
    invites.set(invite.id, invite);
    return invite;
  }

  return { fetch: fetch as typeof globalThis.fetch, projects, invites, requestCount: () => requests };
}

function withAllow(response: Response, methods: string[]): Response {
  response.headers.set('allow', methods.map((m) => m.toUpperCase()).join(', '));
  return response;
}
