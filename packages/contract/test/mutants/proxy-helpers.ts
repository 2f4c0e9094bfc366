import type { CheckName } from '../../src/checks/check-types.js';
import type { ReferenceFixtures } from '../support/reference-target.js';

/** An in-process server: a request in, a response out. */
export type ServerFetch = (request: Request) => Promise<Response>;

/** What a mutant wraps: the real app and the fixtures of the organization under test. */
export interface MutantContext {
  real: ServerFetch;
  fixtures: ReferenceFixtures;
}

/**
 * A copy of the reference server with ONE injected defect, emulated by a proxy around the real app's `fetch`.
 * `caughtBy` is the check that names the defect: it must fail on the mutant and pass on the real server.
 */
export interface Mutant {
  name: string;
  caughtBy: CheckName;
  /** The failure message of `caughtBy` that describes this defect. */
  message: RegExp;
  /** Positive examples per operation when the defect needs more than the minimal one (default 1). */
  maxExamples?: number;
  build(ctx: MutantContext): ServerFetch;
}

/** The path below `/api/organizations/{id}` (`/projects/12/`), and the organization id. */
export function route(request: Request): { org: string | undefined; rest: string; url: URL } {
  const url = new URL(request.url);
  const match = /^\/api\/organizations\/([^/]+)(\/.*)$/.exec(url.pathname);
  return { org: match?.[1], rest: decodeURIComponent(match?.[2] ?? url.pathname), url };
}

/** The bearer token of a request. */
export function bearer(request: Request): string | undefined {
  return request.headers.get('authorization')?.replace(/^Bearer\s+/i, '');
}

/** The JSON body of a request (undefined when there is none or it is not JSON). */
export async function requestJson(request: Request): Promise<unknown> {
  const text = await request.clone().text();
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** A copy of a request with another URL, token or body. */
export async function rebuild(
  request: Request,
  change: { url?: string | URL; token?: string; body?: unknown; method?: string },
): Promise<Request> {
  const headers = new Headers(request.headers);
  headers.delete('content-length');
  if (change.token !== undefined) headers.set('authorization', `Bearer ${change.token}`);
  const method = change.method ?? request.method;
  let body: string | null = null;
  if (change.body !== undefined) {
    body = JSON.stringify(change.body);
    headers.set('content-type', 'application/json');
  } else if (!['GET', 'HEAD'].includes(method)) body = await request.clone().text();
  return new Request(change.url ?? request.url, { method, headers, body });
}

/** A JSON response. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** The upstream error body. */
export function errorBody(
  status: number,
  type: string,
  code: string,
  detail: string,
  attr: string | null = null,
) {
  return json(status, { type, code, detail, attr });
}

/** The response with its JSON body transformed (status and headers kept unless overridden). */
export async function mapJson(
  response: Response,
  transform: (body: unknown) => unknown,
  init: { status?: number; headers?: Record<string, string | null> } = {},
): Promise<Response> {
  const text = await response.text();
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  for (const [name, value] of Object.entries(init.headers ?? {})) {
    if (value === null) headers.delete(name);
    else headers.set(name, value);
  }
  let body = text;
  if (/json/.test(response.headers.get('content-type') ?? '') && text) {
    body = JSON.stringify(transform(JSON.parse(text)));
  }
  return new Response(body || null, { status: init.status ?? response.status, headers });
}

/** Applies `change` to every item of a list envelope (`results`), or to the object itself. */
export function eachItem(body: unknown, change: (item: Record<string, unknown>) => unknown): unknown {
  const b = body as { results?: unknown[] } | unknown[] | Record<string, unknown>;
  if (Array.isArray(b)) return b.map((i) => change(i as Record<string, unknown>));
  if (Array.isArray((b as { results?: unknown[] }).results)) {
    const env = b as { results: unknown[] };
    return { ...env, results: env.results.map((i) => change(i as Record<string, unknown>)) };
  }
  return change(b as Record<string, unknown>);
}

/**
 * A bulk invite endpoint that is not all-or-nothing: when a batch is refused with `status` (and, when given, a detail
 * containing `detail`), it still creates each item on its own, then answers the refusal.
 */
export const bulkCreatedAnyway =
  (real: ServerFetch, status: number, detail?: string): ServerFetch =>
  async (req) => {
    const items = await requestJson(req);
    const response = await real(req);
    if (req.method !== 'POST' || route(req).rest !== '/invites/bulk/' || response.status !== status)
      return response;
    const said = ((await response.clone().json()) as { detail?: unknown }).detail;
    if (!Array.isArray(items) || (detail !== undefined && !String(said).includes(detail))) return response;
    for (const item of items) await real(await rebuild(req, { body: [item] }));
    return response;
  };

/**
 * Invites that are not replaced: the real server replaces them, this proxy keeps listing an earlier invite for the
 * same address (compared without case) when `kept(earlier, newer)` says so, until it is deleted.
 */
export function keepsEarlierInvites(
  real: ServerFetch,
  kept: (earlier: Record<string, unknown>, newer: Record<string, unknown>) => boolean,
): ServerFetch {
  const latest = new Map<string, Record<string, unknown>>();
  const ghosts: Record<string, unknown>[] = [];
  return async (req) => {
    const { rest } = route(req);
    const response = await real(req);
    if (req.method === 'POST' && rest === '/invites/' && response.status === 201) {
      const invite = (await response.clone().json()) as Record<string, unknown>;
      const email = String(invite.target_email).toLowerCase();
      const earlier = latest.get(email);
      if (earlier && earlier.id !== invite.id && kept(earlier, invite)) ghosts.push(earlier);
      latest.set(email, invite);
    }
    if (req.method === 'DELETE') {
      const id = /^\/invites\/([^/]+)\/$/.exec(rest)?.[1];
      ghosts.splice(0, ghosts.length, ...ghosts.filter((g) => g.id !== id));
    }
    if (req.method !== 'GET' || rest !== '/invites/' || response.status !== 200) return response;
    return mapJson(response, (b) => {
      const page = b as { count: number; results: unknown[] };
      return { ...page, count: page.count + ghosts.length, results: [...page.results, ...ghosts] };
    });
  };
}
