import type { Exchange, TokenRole } from '../src/http/http-types.js';

/** Options for a recorded exchange in judge tests. */
export interface ExchangeSpec {
  operationId?: string;
  method?: string;
  path?: string;
  pathTemplate?: string;
  status: number;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  kind?: Exchange['kind'];
  role?: TokenRole;
  mutation?: Exchange['mutation'];
  requestBody?: unknown;
  elapsedMs?: number;
}

/** A recorded request/response pair, JSON body serialised as a server would send it. */
export function exchange(spec: ExchangeSpec): Exchange {
  const text = spec.rawBody ?? (spec.body === undefined ? '' : JSON.stringify(spec.body));
  const headers = {
    ...(spec.body !== undefined && !spec.rawBody ? { 'content-type': 'application/json' } : {}),
    ...spec.headers,
  };
  const path = spec.path ?? '/api/organizations/org/projects/';
  return {
    operationId: spec.operationId ?? 'projects_list',
    plan: {
      method: (spec.method ?? 'GET').toLowerCase(),
      pathTemplate: spec.pathTemplate ?? path,
      pathParams: {},
      query: {},
      headers: {},
    },
    request: {
      method: spec.method ?? 'GET',
      path,
      query: [],
      headers: { authorization: 'Bearer phx_secret' },
      body: spec.requestBody === undefined ? undefined : JSON.stringify(spec.requestBody),
    },
    response: {
      status: spec.status,
      headers,
      body: text,
      json: spec.rawBody !== undefined ? undefined : spec.body,
      elapsedMs: spec.elapsedMs ?? 5,
    },
    role: spec.role ?? 'owner',
    kind: spec.kind ?? 'positive',
    mutation: spec.mutation,
  };
}
