import type { MiddlewareHandler } from 'hono';
import { type RateRule, retryAfterSeconds } from '../domain/rate-windows.js';
import { ApiError } from '../errors/api-error.js';
import type { Store } from '../store/store.js';
import type { AppEnv } from './app-env.js';
import type { Logger } from './logger.js';

/**
 * Upstream's throttles (`domain/rate-windows.ts`: burst and sustained, per personal API key) on every API operation.
 * It runs after authentication and the permission checks, as Django REST framework's `check_throttles` runs after
 * `perform_authentication` and `check_permissions`: an unknown key (401) or a refused one (403) is never counted, so
 * only existing keys take memory or rows. One store call per request (one statement on PostgreSQL). A request
 * any rule refuses → 429 `throttled` with `Retry-After` (the longest wait, whole seconds).
 */
export function limitRequestRate(rules: readonly RateRule[]): MiddlewareHandler<AppEnv> {
  return async function limitRequestRate(c, next) {
    const { store, clock } = c.get('deps');
    const verdicts = await store.countRateLimitedRequest(c.get('principal').key.id, rules, clock.now());
    const wait = retryAfterSeconds(verdicts);
    if (wait !== undefined) throw ApiError.throttled(wait);
    await next();
  };
}

/**
 * Deletes stale throttle counters (a bounded batch: `store.purgeStaleRateCounters`); logs, never throws, so a failing
 * run does not stop the server's periodic job.
 */
export async function purgeStaleRateCounters(store: Store, logger: Logger): Promise<void> {
  try {
    const count = await store.purgeStaleRateCounters();
    if (count > 0) logger.info({ msg: 'purged stale rate limit counters', count });
  } catch (error) {
    logger.error({
      msg: 'purging rate limit counters failed',
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
