import { redactApiKey } from './api-key.js';
import { responseContext } from './response-context.js';
import { parseRetryAfter } from './retry-policy.js';

/** The upstream error body: every 4xx/5xx of the API carries one. */
export interface UpstreamErrorBody {
  type: string;
  code: string;
  detail: string;
  attr: string | null;
}

/** Fields of an {@link ApiError}. */
export interface ApiErrorInit extends UpstreamErrorBody {
  status: number;
  method: string | undefined;
  url: string;
  body: unknown;
  retryAfterMs: number | undefined;
}

/**
 * The one error class thrown for an HTTP error answer (`unwrap`, `paginate`). It carries the status and
 * upstream's `{type, code, detail, attr}`. When the body is not in that format (a proxy's HTML page, an empty
 * 503), `type` and `code` are `'unknown'`, `detail` is the start of the body (or the status text) and `body`
 * holds what was received.
 * @example
 * try { await unwrap(client.DELETE(path, { params })) }
 * catch (e) { if (e instanceof ApiError && e.status === 403) console.log(e.code, e.detail) }
 */
export class ApiError extends Error implements ApiErrorInit {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly type: string;
  readonly code: string;
  readonly detail: string;
  readonly attr: string | null;
  /** Method of the request, when the response came through a client of this package. */
  readonly method: string | undefined;
  /** URL of the request (or of the response when unknown); never contains credentials. */
  readonly url: string;
  /** The parsed error body as received. */
  readonly body: unknown;
  /** The server's `Retry-After`, in milliseconds, if it sent one. */
  readonly retryAfterMs: number | undefined;

  constructor(init: ApiErrorInit) {
    super(describe(init));
    this.status = init.status;
    this.type = init.type;
    this.code = init.code;
    this.detail = init.detail;
    this.attr = init.attr;
    this.method = init.method;
    this.url = init.url;
    this.body = init.body;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** Builds the error from an openapi-fetch error result (`error` is the parsed body). */
  static fromResponse(response: Response, error: unknown): ApiError {
    const context = responseContext(response);
    const upstream = isUpstreamErrorBody(error) ? error : fallbackBody(response, error);
    const clean = (text: string) => (context ? redactApiKey(text, context.apiKey) : text);
    return new ApiError({
      status: response.status,
      type: upstream.type,
      code: upstream.code,
      detail: clean(upstream.detail),
      attr: upstream.attr,
      method: context?.method,
      url: context?.url ?? response.url,
      body: context ? redactBody(error, context.apiKey) : error,
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), Date.now()),
    });
  }
}

/**
 * Thrown when a call takes longer than the client's `timeoutMs` (retries and body included). Its `name` is
 * `'TimeoutError'`, like the platform's own timeout aborts.
 */
export class ApiTimeoutError extends Error {
  override readonly name = 'TimeoutError';
  /**
   * @param method - HTTP method of the call
   * @param path - the spec path called, e.g. `/api/organizations/{organization_id}/members/`
   * @param timeoutMs - the limit that expired
   */
  constructor(
    readonly method: string,
    readonly path: string,
    readonly timeoutMs: number,
  ) {
    super(`${method} ${path} timed out after ${timeoutMs} ms`);
  }
}

/** True when `value` has the upstream error shape `{type, code, detail, attr}`. */
export function isUpstreamErrorBody(value: unknown): value is UpstreamErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const body = value as Record<string, unknown>;
  return (
    typeof body.type === 'string' &&
    typeof body.code === 'string' &&
    typeof body.detail === 'string' &&
    (body.attr === null || typeof body.attr === 'string')
  );
}

function fallbackBody(response: Response, error: unknown): UpstreamErrorBody {
  const text = typeof error === 'string' ? error.trim().slice(0, 200) : '';
  return {
    type: 'unknown',
    code: 'unknown',
    detail: text || response.statusText || `HTTP ${response.status}`,
    attr: null,
  };
}

function redactBody(body: unknown, apiKey: string): unknown {
  if (typeof body === 'string') return redactApiKey(body, apiKey);
  const text = JSON.stringify(body);
  return text?.includes(apiKey) ? JSON.parse(redactApiKey(text, apiKey)) : body;
}

function describe(init: ApiErrorInit): string {
  const where = init.method ? `${init.method} ${pathOf(init.url)}` : pathOf(init.url) || 'request';
  const attr = init.attr === null ? '' : ` (attr: ${init.attr})`;
  return `${where} failed with ${init.status} ${init.type}/${init.code}: ${init.detail}${attr}`;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
