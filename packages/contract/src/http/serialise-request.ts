import type { RequestPlan, WireRequest } from './http-types.js';

/** Serialises one scalar for a path segment or a query value (null → '', objects → JSON). */
export function serialiseScalar(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Fills a path template; each value is percent-encoded as one segment. */
export function renderPath(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) =>
    name in params ? encodeURIComponent(serialiseScalar(params[name])) : `{${name}}`,
  );
}

/**
 * Turns a plan into the exact request that will be sent: path rendered, query flattened (arrays exploded),
 * body JSON-encoded with its Content-Type.
 */
export function serialiseRequest(plan: RequestPlan): WireRequest {
  const query: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(plan.query)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) query.push([name, serialiseScalar(item)]);
  }
  const headers = { ...plan.headers };
  let body: string | undefined;
  if (plan.body) {
    body = JSON.stringify(plan.body.value);
    headers['content-type'] = plan.body.mediaType;
  }
  return {
    method: plan.method.toUpperCase(),
    path: renderPath(plan.pathTemplate, plan.pathParams),
    query,
    headers,
    body,
  };
}

/** Full URL of a wire request against a base URL (the base's own path prefix is kept). */
export function wireUrl(baseUrl: string, wire: WireRequest): string {
  const base = baseUrl.replace(/\/+$/, '');
  const search = new URLSearchParams(wire.query).toString();
  return `${base}${wire.path}${search ? `?${search}` : ''}`;
}
