import { sleep } from './abort-helpers.js';
import { redactApiKey, scrubApiKey } from './api-key.js';
import { callSignalOf } from './call-signal.js';
import { rememberResponse } from './response-context.js';
import { type RetryPolicy, retryDelay } from './retry-policy.js';

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
 * redaction of anything thrown below it. The request is re-sent from its parts (method, headers, body read
 * once), which makes retries safe for bodies and spares Node's fetch a costly copy of openapi-fetch's Request.
 */
export function createClientFetch(options: ClientFetchOptions): (request: Request) => Promise<Response> {
  const { apiKey, retry, logger } = options;
  const send = createSend(options);

  return async function clientFetch(request: Request): Promise<Response> {
    const { method, url } = request;
    const maxAttempts = retry?.methods.has(method) ? retry.retries + 1 : 1;
    const signal = callSignalOf(request);
    try {
      const init = initOf(request, request.body === null ? undefined : await request.arrayBuffer(), signal);
      for (let n = 1; ; n++) {
        const response = await send(url, init, n);
        const delay = n >= maxAttempts || !retry ? undefined : retryDelay(response, n - 1, retry, Date.now());
        if (delay === undefined) return rememberResponse(response, { method, url, apiKey });
        logger?.({ event: 'retry', method, url, attempt: n, status: response.status, delayMs: delay });
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
  return async function send(url: string, init: RequestInit, n: number): Promise<Response> {
    const method = init.method as string;
    if (logger) {
      const headers = redactedHeaders(init.headers as Headers, apiKey);
      logger({ event: 'request', method, url, attempt: n, headers });
    }
    const started = logger ? performance.now() : 0;
    const response = await transport(url, init);
    const durationMs = logger ? Math.round(performance.now() - started) : 0;
    logger?.({ event: 'response', method, url, attempt: n, status: response.status, durationMs });
    return response;
  };
}

function initOf(
  request: Request,
  body: ArrayBuffer | undefined,
  signal: AbortSignal | undefined,
): RequestInit {
  return {
    method: request.method,
    headers: request.headers,
    body,
    signal,
    redirect: request.redirect,
    credentials: request.credentials,
    mode: request.mode,
    cache: request.cache,
    referrerPolicy: request.referrerPolicy,
    integrity: request.integrity,
    keepalive: request.keepalive,
  };
}

function redactedHeaders(headers: Headers, apiKey: string): Record<string, string> {
  const result: Record<string, string> = {};
  headers.forEach((value, name) => {
    result[name] = redactApiKey(value, apiKey);
  });
  return result;
}
