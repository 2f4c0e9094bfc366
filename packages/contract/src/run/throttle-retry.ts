import type { WireResponse } from '../http/http-types.js';

/** Default `--max-throttle-wait`: seconds a whole run may spend waiting out the target's rate limit. */
export const DEFAULT_MAX_THROTTLE_WAIT_SECONDS = 120;

/** How a run answers a 429: wait its `Retry-After` and resend, until the run has waited `maxWaitSeconds`. */
export interface ThrottleRetryOptions {
  /** Budget for the whole run, in seconds; 0 never waits (a 429 is judged as an answer). */
  maxWaitSeconds: number;
  sleep: (ms: number) => Promise<void>;
  /** Called before each wait (the progress line). */
  onWait?: ((operationId: string, seconds: number) => void) | undefined;
  /** The clock an HTTP-date `Retry-After` is measured against. */
  now?: (() => number) | undefined;
}

/** Waits a run has made for the target's rate limit. */
export interface ThrottleTotals {
  waits: number;
  seconds: number;
}

// RFC 9110 IMF-fixdate, the only HTTP-date form a sender may generate ("Sun, 06 Nov 1994 08:49:37 GMT").
const HTTP_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/**
 * The wait a `Retry-After` value asks for, in whole seconds: delay-seconds as given, an HTTP date as the seconds
 * from `now` (rounded up, 0 when past); undefined when the value is neither.
 * @example retryAfterSeconds('17') // 17
 */
export function retryAfterSeconds(value: string | undefined, now = Date.now()): number | undefined {
  const text = value?.trim() ?? '';
  if (/^\d+$/.test(text)) {
    const seconds = Number(text);
    return Number.isSafeInteger(seconds) ? seconds : undefined;
  }
  if (!HTTP_DATE.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * The run's throttle budget. `waitFor` waits out a 429 that carries a usable `Retry-After` while the run's total
 * wait stays within the budget, and says whether to resend; anything else is returned to be judged as it is.
 * A `Retry-After: 0` is waited as 1 s, so a target that keeps answering it still exhausts the budget.
 */
export function createThrottleRetry(options: ThrottleRetryOptions) {
  const totals: ThrottleTotals = { waits: 0, seconds: 0 };
  const now = options.now ?? Date.now;
  return {
    async waitFor(operationId: string, response: WireResponse): Promise<boolean> {
      if (response.status !== 429) return false;
      const asked = retryAfterSeconds(response.headers['retry-after'], now());
      if (asked === undefined) return false;
      const seconds = Math.max(1, asked);
      if (totals.seconds + seconds > options.maxWaitSeconds) return false;
      totals.waits++;
      totals.seconds += seconds;
      options.onWait?.(operationId, seconds);
      await options.sleep(seconds * 1000);
      return true;
    },
    totals: (): ThrottleTotals => ({ ...totals }),
  };
}

/** The throttle budget of a run (`createThrottleRetry`). */
export type ThrottleRetry = ReturnType<typeof createThrottleRetry>;
