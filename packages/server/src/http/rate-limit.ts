import type { MiddlewareHandler } from 'hono';
import { type RateRule, retryAfterSeconds } from '../domain/rate-windows.js';
import { ApiError } from '../errors/api-error.js';
import type { AppEnv } from './app-env.js';

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
