/*
 * Upstream's throttles, and the sliding-window counter this server counts them with.
 *
 * Upstream (PostHog, `posthog/rate_limit.py`) throttles personal-API-key requests with two classes that
 * `posthog/settings/web.py` lists in `REST_FRAMEWORK["DEFAULT_THROTTLE_CLASSES"]` (the organization, member, invite
 * and project viewsets set no throttle classes of their own): `BurstRateThrottle` (scope `burst`, rate
 * `480/minute`) and `SustainedRateThrottle` (scope `sustained`, rate `4800/hour`), both keyed on the hash of the
 * personal API key. Django REST framework's `SimpleRateThrottle` keeps, per key and scope, the timestamps of the
 * admitted requests of the last period: a request is admitted while fewer than N were admitted in the half-open
 * window (now - period, now]; a refused request is not recorded; every throttle sees every request (a request
 * refused by one scope still counts in the others).
 *
 * Keeping up to 4,800 timestamps per key is not bounded enough for this server, so each scope keeps two counts
 * instead: admitted requests in the current fixed window (aligned on multiples of the period since the epoch) and in
 * the previous one. The previous count is weighted by the share of the previous window that still lies inside
 * (now - period, now], in whole milliseconds — the usual sliding-window-counter approximation, exact while requests
 * were spread evenly over the previous window. The deviation is stated in the spec's 429 response.
 */

/** One throttle: at most `requests` admitted per `periodSeconds`, counted per personal API key under `scope`. */
export interface RateRule {
  scope: string;
  requests: number;
  periodSeconds: number;
}

/** What a key keeps for one rule: admitted requests in the window starting at `windowStart` and in the one before. */
export interface WindowCounts {
  /** Start of the current window, milliseconds since the epoch (a multiple of the period). */
  windowStart: number;
  previous: number;
  current: number;
}

/** What one rule decided for a request. */
export interface RateVerdict {
  scope: string;
  admitted: boolean;
  /** When refused: milliseconds until a request would be admitted (if no other is); 0 when admitted. */
  waitMs: number;
}

/** Upstream's `BurstRateThrottle.rate` (`posthog/rate_limit.py`). */
export const UPSTREAM_BURST_RATE = '480/minute';
/** Upstream's `SustainedRateThrottle.rate` (`posthog/rate_limit.py`). */
export const UPSTREAM_SUSTAINED_RATE = '4800/hour';

/** Django REST framework's period letters (`SimpleRateThrottle.parse_rate` reads the first character only). */
const PERIOD_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400 };
const RATE = /^(\d+)\/(s|sec|second|m|min|minute|h|hour|d|day)$/;
/** Largest accepted request count of a rate (keeps the window arithmetic exact in doubles and in int8). */
export const MAX_RATE_REQUESTS = 1_000_000;

/**
 * Parses a rate in Django REST framework's syntax, `<requests>/<period>` with the period `s`, `sec`, `second`, `m`,
 * `min`, `minute`, `h`, `hour`, `d` or `day`; `undefined` when it is not one (or requests is 0 or above
 * {@link MAX_RATE_REQUESTS}).
 *
 * @example parseRate('480/minute') // { requests: 480, periodSeconds: 60 }
 */
export function parseRate(text: string): { requests: number; periodSeconds: number } | undefined {
  const match = RATE.exec(text.trim());
  if (!match) return undefined;
  const requests = Number(match[1]);
  if (requests < 1 || requests > MAX_RATE_REQUESTS) return undefined;
  return { requests, periodSeconds: PERIOD_SECONDS[(match[2] ?? '').charAt(0)] ?? 0 };
}

/** Where `nowMs` falls for `rule`: the start of its window and the milliseconds elapsed since. */
export function windowPosition(rule: RateRule, nowMs: number): { windowStart: number; elapsedMs: number } {
  const periodMs = rule.periodSeconds * 1000;
  const windowStart = Math.floor(nowMs / periodMs) * periodMs;
  return { windowStart, elapsedMs: nowMs - windowStart };
}

/** The counts as seen from the window starting at `windowStart` (the old current becomes the previous, or both 0). */
export function rollWindow(
  rule: RateRule,
  counts: WindowCounts | undefined,
  windowStart: number,
): WindowCounts {
  if (counts?.windowStart === windowStart) return counts;
  const previous = counts?.windowStart === windowStart - rule.periodSeconds * 1000 ? counts.current : 0;
  return { windowStart, previous, current: 0 };
}

/**
 * Whether a request `elapsedMs` into the window of `counts` is admitted:
 * previous × (period − elapsed − 1) / period + current < requests, in integers (the `- 1`: the window is
 * (now − period, now] in whole milliseconds). The PostgreSQL counter evaluates the same inequality in SQL.
 */
export function isAdmitted(rule: RateRule, counts: WindowCounts, elapsedMs: number): boolean {
  const periodMs = rule.periodSeconds * 1000;
  return counts.previous * (periodMs - elapsedMs - 1) < (rule.requests - counts.current) * periodMs;
}

/**
 * Milliseconds from `elapsedMs` into the window of `counts` (rolled, after the refusal) until {@link isAdmitted}
 * holds, assuming no other request is admitted meanwhile: later in this window while the current count is under the
 * rate, else in the next one (where the current count becomes the previous).
 */
export function waitUntilAdmitted(rule: RateRule, counts: WindowCounts, elapsedMs: number): number {
  const periodMs = rule.periodSeconds * 1000;
  if (counts.previous === 0 && counts.current < rule.requests) return 0; // admitted now
  if (counts.current < rule.requests) {
    // Smallest e with previous × (period − e − 1) < (requests − current) × period.
    const admittedAt = periodMs - Math.ceil(((rule.requests - counts.current) * periodMs) / counts.previous);
    return Math.max(admittedAt - elapsedMs, 0);
  }
  const inNextWindow = Math.max(periodMs - Math.ceil((rule.requests * periodMs) / counts.current), 0);
  return periodMs - elapsedMs + inNextWindow;
}

/**
 * Counts one request for `rule` at `nowMs`: the new counts (the request added when admitted) and the verdict.
 *
 * @example
 * const { counts, verdict } = countRequest(rule, undefined, Date.now()); // verdict.admitted === true
 */
export function countRequest(
  rule: RateRule,
  counts: WindowCounts | undefined,
  nowMs: number,
): { counts: WindowCounts; verdict: RateVerdict } {
  const { windowStart, elapsedMs } = windowPosition(rule, nowMs);
  const rolled = rollWindow(rule, counts, windowStart);
  if (isAdmitted(rule, rolled, elapsedMs)) {
    return {
      counts: { ...rolled, current: rolled.current + 1 },
      verdict: { scope: rule.scope, admitted: true, waitMs: 0 },
    };
  }
  return { counts: rolled, verdict: refusal(rule, rolled, elapsedMs) };
}

/** The verdict of a refused request, given the counts it was refused on. */
export function refusal(rule: RateRule, counts: WindowCounts, elapsedMs: number): RateVerdict {
  return { scope: rule.scope, admitted: false, waitMs: waitUntilAdmitted(rule, counts, elapsedMs) };
}

/**
 * Upstream's wait for a refused request, in whole seconds as DRF's `Throttled` rounds it (`math.ceil`), the longest
 * of the refusing rules (DRF's `check_throttles` takes the max); `undefined` when every rule admitted the request.
 */
export function retryAfterSeconds(verdicts: readonly RateVerdict[]): number | undefined {
  let longest: number | undefined;
  for (const verdict of verdicts) {
    if (!verdict.admitted) longest = Math.max(longest ?? 0, verdict.waitMs);
  }
  return longest === undefined ? undefined : Math.max(1, Math.ceil(longest / 1000));
}
