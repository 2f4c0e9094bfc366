/** HTTP method names as they appear on a `Request`. */
export type HttpMethodName = 'GET' | 'HEAD' | 'OPTIONS' | 'PUT' | 'DELETE' | 'POST' | 'PATCH' | 'TRACE';

/** Retry settings of a client. Pass `retry: false` to the client to turn retries off. */
export interface RetryOptions {
  /** Attempts after the first one. Default 2; 0 turns retries off. */
  retries?: number;
  /**
   * Methods that may be retried. Default: the idempotent ones (`GET`, `HEAD`, `OPTIONS`, `PUT`, `DELETE`).
   * `POST` and `PATCH` are only retried when listed here.
   */
  methods?: readonly HttpMethodName[];
  /** Backoff before the first retry when the server sends no `Retry-After`; doubled on each retry. Default 300. */
  baseDelayMs?: number;
  /**
   * Cap on any single wait. A backoff is capped at it; a `Retry-After` longer than it is honoured by NOT retrying
   * (the 429/503 is returned to the caller). Default 10 000.
   */
  maxDelayMs?: number;
  /** Randomise backoff delays between half and all of their value (not `Retry-After` waits). Default true. */
  jitter?: boolean;
}

/** A fully resolved retry policy. */
export interface RetryPolicy {
  readonly retries: number;
  readonly methods: ReadonlySet<string>;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly jitter: boolean;
}

/** The statuses that are retried: rate limited and temporarily unavailable. */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 503]);

const IDEMPOTENT_METHODS: readonly HttpMethodName[] = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'];

/** Fills in the defaults; `false` (or `retries: 0`) yields `undefined`, meaning "never retry". */
export function resolveRetryPolicy(options: RetryOptions | false | undefined): RetryPolicy | undefined {
  if (options === false) return undefined;
  const retries = options?.retries ?? 2;
  if (!Number.isInteger(retries) || retries < 0)
    throw new RangeError('retry.retries must be an integer >= 0');
  if (retries === 0) return undefined;
  const policy: RetryPolicy = {
    retries,
    methods: new Set(options?.methods ?? IDEMPOTENT_METHODS),
    baseDelayMs: options?.baseDelayMs ?? 300,
    maxDelayMs: options?.maxDelayMs ?? 10_000,
    jitter: options?.jitter ?? true,
  };
  if (!(policy.baseDelayMs >= 0 && policy.maxDelayMs >= 0)) {
    throw new RangeError('retry.baseDelayMs and retry.maxDelayMs must be numbers >= 0');
  }
  return policy;
}

/**
 * Parses a `Retry-After` header (delay in seconds, or an HTTP date) into milliseconds from `nowMs`.
 * Returns `undefined` when the header is absent or unreadable; dates in the past give 0.
 */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/**
 * Exponential backoff for retry number `attempt` (0 = first retry): `baseDelayMs * 2^attempt`, capped at
 * `maxDelayMs`; with jitter, a random value between half and all of it.
 */
export function backoffDelay(
  attempt: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  const capped = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return policy.jitter ? Math.round(capped / 2 + random() * (capped / 2)) : capped;
}

/**
 * How long to wait before retrying `response` (retry number `attempt`), or `undefined` when it must not be
 * retried: a status other than 429/503, or a `Retry-After` longer than `maxDelayMs`.
 */
export function retryDelay(
  response: Response,
  attempt: number,
  policy: RetryPolicy,
  nowMs: number,
  random?: () => number,
): number | undefined {
  if (!RETRY_STATUSES.has(response.status)) return undefined;
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'), nowMs);
  if (retryAfter === undefined) return backoffDelay(attempt, policy, random);
  return retryAfter <= policy.maxDelayMs ? retryAfter : undefined;
}
