import { sleep } from './abort-helpers.js';
import { redactApiKey, scrubApiKey } from './api-key.js';
import { callSignalOf } from './call-signal.js';
import { isReusableBody, PreparedRequest } from './prepared-request.js';
import { canonicalUrl, rememberResponse } from './response-context.js';
import { RETRY_STATUSES, type RetryPolicy, retryDelay } from './retry-policy.js';

/** Any fetch-like function: `globalThis.fetch`, Hono's `app.fetch`, a test double. */
export type FetchLike = (request: Request) => Response | Promise<Response>;

/** One log entry of the client. Header values never contain the API key (it is masked: `phx_...abcd`). */
export type ClientLogEntry =
  | { event: 'request'; method: string; url: string; attempt: number; headers: Record<string, string> }
  | { event: 'response'; method: string; url: string; attempt: number; status: number; durationMs: number }
  | { event: 'retry'; method: string; url: string; attempt: number; status: number; delayMs: number };

/** Receives the client's log entries (request, response, retry). */
export type ClientLogger = (entry: ClientLogEntry) => void;

/** Settings of the fetch layer under openapi-fetch. */
export interface ClientFetchOptions {
  /** A custom fetch; `undefined` = the platform's `globalThis.fetch`, looked up at call time. */
  fetch: FetchLike | undefined;
  apiKey: string;
  retry: RetryPolicy | undefined;
  logger: ClientLogger | undefined;
}

/**
 * The fetch function handed to openapi-fetch: retries of 429/503 on allowed methods (waiting for `Retry-After`
 * or a capped exponential backoff), the call's abort signal (see `call-signal.ts`), log entries, and key
 * redaction of anything thrown below it. The request is sent from its parts (method, headers, body), which
 * makes retries safe for bodies: a {@link PreparedRequest} (the fast path) as openapi-fetch serialized it, a
 * `Request` (calls that go through middleware) with its body read once. Either way Node's fetch is spared a
 * costly copy of a `Request`.
 */
export function createClientFetch(
  options: ClientFetchOptions,
): (request: Request | PreparedRequest) => Promise<Response> {
  const { apiKey, retry, logger } = options;
  const send = createSend(options);

  return async function clientFetch(request: Request | PreparedRequest): Promise<Response> {
    const { method, url } = request;
    const maxAttempts = retry?.methods.has(method) ? retry.retries + 1 : 1;
    const signal = callSignalOf(request);
    try {
      const ready = sendableInit(request, signal);
      const init = ready instanceof Promise ? await ready : ready;
      for (let n = 1; ; n++) {
        const response = await send(url, init, n);
        const delay =
          n >= maxAttempts || !retry || !RETRY_STATUSES.has(response.status)
            ? undefined
            : retryDelay(response, n - 1, retry, Date.now());
        // Only error answers need their request remembered (for ApiError); a WeakMap entry per call is not free.
        if (delay === undefined)
          return response.ok ? response : rememberResponse(response, { method, url, apiKey });
        logger?.({
          event: 'retry',
          method,
          url: canonicalUrl(url),
          attempt: n,
          status: response.status,
          delayMs: delay,
        });
        await response.body?.cancel();
        await sleep(delay, signal);
      }
    } catch (error) {
      throw scrubApiKey(error, apiKey);
    }
  };
}

function createSend({ fetch, apiKey, logger }: ClientFetchOptions) {
  // The platform fetch takes the parts directly; a custom fetch (e.g. Hono's app.fetch) gets a Request.
  const transport = fetch
    ? (url: string, init: RequestInit) => fetch(new Request(url, init))
    : (url: string, init: RequestInit) => globalThis.fetch(url, init);
  if (!logger) return (url: string, init: RequestInit, _n: number) => transport(url, init);
  return async function sendLogged(url: string, init: RequestInit, n: number): Promise<Response> {
    const method = init.method as string;
    const shown = canonicalUrl(url);
    const headers = redactedHeaders(init.headers as Headers, apiKey);
    logger({ event: 'request', method, url: shown, attempt: n, headers });
    const started = performance.now();
    const response = await transport(url, init);
    const durationMs = Math.round(performance.now() - started);
    logger({ event: 'response', method, url: shown, attempt: n, status: response.status, durationMs });
    return response;
  };
}

/** The init to send `request` with (every attempt), once its body is in a form that can be sent again. */
function sendableInit(
  request: Request | PreparedRequest,
  signal: AbortSignal | undefined,
): RequestInit | Promise<RequestInit> {
  if (request instanceof PreparedRequest) {
    const { body } = request;
    if (body === undefined || isReusableBody(body)) return initOf(request, request.init, body, signal);
    return new Response(body as BodyInit)
      .arrayBuffer()
      .then((bytes) => initOf(request, request.init, bytes, signal));
  }
  if (request.body === null) return initOf(request, request, undefined, signal);
  return request.arrayBuffer().then((bytes) => initOf(request, request, bytes, signal));
}

function initOf(
  request: Request | PreparedRequest,
  options: Request | RequestInit,
  body: BodyInit | undefined,
  signal: AbortSignal | undefined,
): RequestInit {
  return {
    method: request.method,
    headers: request.headers,
    body,
    signal,
    redirect: options.redirect,
    credentials: options.credentials,
    mode: options.mode,
    cache: options.cache,
    referrerPolicy: options.referrerPolicy,
    integrity: options.integrity,
    keepalive: options.keepalive,
  };
}

function redactedHeaders(headers: Headers, apiKey: string): Record<string, string> {
  const result: Record<string, string> = {};
  headers.forEach((value, name) => {
    result[name] = redactApiKey(value, apiKey);
  });
  return result;
}
