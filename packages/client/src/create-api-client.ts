import { type Client, createQuerySerializer } from 'openapi-fetch';
import { assertValidApiKey } from './api-key.js';
import { applyCallSignals } from './call-signal.js';
import { type ClientLogger, createClientFetch, type FetchLike } from './client-fetch.js';
import { createPreparedClient } from './prepared-client.js';
import { type RetryOptions, resolveRetryPolicy } from './retry-policy.js';

/** A media type such as `application/json`. */
export type MediaType = `${string}/${string}`;

/** Options of a client. */
export interface ApiClientOptions {
  /** Origin (and optional prefix) of the API, e.g. `http://localhost:8000`. A trailing slash is ignored. */
  baseUrl: string;
  /**
   * Personal API key (`phx_…`), sent as `Authorization: Bearer <key>` (a default header: a call's own `headers`
   * take precedence, as always in openapi-fetch); never shown in errors or logs.
   */
  apiKey: string;
  /** The fetch to use: default `globalThis.fetch`; pass Hono's `app.fetch` to call an app in-process. */
  fetch?: FetchLike;
  /** Retries of 429/503 answers (idempotent methods only unless `methods` says otherwise); `false` = none. */
  retry?: RetryOptions | false;
  /**
   * Time limit of each call in ms: one deadline for all attempts, the waits between them and the reading of the
   * body; on expiry the call rejects with an `ApiTimeoutError`. Default: none (like fetch). A deadline costs
   * about 15% per call on loopback on Node 20 (its AbortSignal on the request), see `npm run bench`.
   */
  timeoutMs?: number | false;
  /** Receives request/response/retry log entries, with the key masked. */
  logger?: ClientLogger;
}

/**
 * Creates an openapi-fetch client for any generated `paths` type, with auth, retries and timeouts.
 * `createOrganizationsClient` is this function bound to the organizations API's types.
 * @example const client = createApiClient<paths>({ baseUrl: 'http://localhost:8000', apiKey: 'phx_…' });
 */
export function createApiClient<Paths extends {}, Media extends MediaType = 'application/json'>(
  options: ApiClientOptions,
): Client<Paths, Media> {
  assertValidApiKey(options.apiKey);
  const timeoutMs = resolveTimeout(options.timeoutMs);
  const clientFetch = createClientFetch({
    fetch: options.fetch,
    apiKey: options.apiKey,
    retry: resolveRetryPolicy(options.retry),
    logger: options.logger,
  });
  // The key is a default header rather than a middleware: without middleware, calls take the fast path
  // (no platform Request per call, see prepared-client.ts). The query serializer is made once: openapi-fetch
  // otherwise builds one per call.
  const client = createPreparedClient<Paths, Media>({
    baseUrl: options.baseUrl,
    fetch: clientFetch as (request: Request) => Promise<Response>,
    headers: { Authorization: `Bearer ${options.apiKey}` },
    querySerializer: createQuerySerializer(),
  });
  return applyCallSignals(client, { timeoutMs, race: options.fetch !== undefined });
}

function resolveTimeout(timeoutMs: number | false | undefined): number | undefined {
  if (timeoutMs === false || timeoutMs === undefined) return undefined;
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0)) throw new RangeError('timeoutMs must be a number > 0');
  return timeoutMs;
}
