import type { RateRule, RateVerdict } from '../../domain/rate-windows.js';

/** Counters untouched this long are stale for any rule (the longest period is a day: two windows of it). */
export const STALE_COUNTER_MS = 2 * 86_400_000;
/** The most counters one {@link RateLimitStore.purgeStaleRateCounters} call deletes (bounded work per call). */
export const PURGE_BATCH = 10_000;

/**
 * The throttles' counters (`domain/rate-windows.ts`), per personal API key and rule scope: in memory on SQLite (one
 * process, `memory-rate-counters.ts`), in `rate_limit_counters` on PostgreSQL (every process sharing the database,
 * `postgres-rate-counters.ts`). Only authenticated keys are counted, so the counters grow with the keys that exist.
 */
export interface RateLimitStore {
  /**
   * Counts one request of the key against every rule at `now`, atomically per rule (one statement on PostgreSQL):
   * a rule that admits it counts it, one that refuses does not. One verdict per rule, in the order of `rules`.
   */
  countRateLimitedRequest(keyId: string, rules: readonly RateRule[], now: Date): Promise<RateVerdict[]>;

  /**
   * Deletes counters not written for {@link STALE_COUNTER_MS} (keys gone quiet or deleted), at most
   * {@link PURGE_BATCH}; returns how many.
   */
  purgeStaleRateCounters(): Promise<number>;
}
