import {
  countRequest,
  type RateRule,
  type RateVerdict,
  type WindowCounts,
} from '../../domain/rate-windows.js';
import { PURGE_BATCH, type RateLimitStore, STALE_COUNTER_MS } from './rate-limit-store.js';

/** Keys whose counts are kept in memory at most (the least recently counted is dropped first). */
export const DEFAULT_MAX_COUNTED_KEYS = 10_000;

/** The in-memory {@link RateLimitStore} (SQLite) and how many keys it holds. */
export interface MemoryRateCounters extends RateLimitStore {
  size(): number;
}

/**
 * The counters of one process: a Map of at most `maxKeys` keys in least-recently-counted order (a key counted again
 * moves to the end; past the bound the first is dropped, which forgets its counts). Memory per key is one small
 * object per rule, whatever the rate.
 */
export function createMemoryRateCounters(
  now: () => Date,
  maxKeys = DEFAULT_MAX_COUNTED_KEYS,
): MemoryRateCounters {
  const counters = new Map<string, Map<string, WindowCounts>>();
  return {
    async countRateLimitedRequest(
      keyId: string,
      rules: readonly RateRule[],
      at: Date,
    ): Promise<RateVerdict[]> {
      const byScope = counters.get(keyId) ?? new Map<string, WindowCounts>();
      counters.delete(keyId);
      counters.set(keyId, byScope);
      if (counters.size > maxKeys) counters.delete(counters.keys().next().value as string);
      return rules.map((rule) => {
        const { counts, verdict } = countRequest(rule, byScope.get(rule.scope), at.getTime());
        byScope.set(rule.scope, counts);
        return verdict;
      });
    },
    async purgeStaleRateCounters() {
      const staleBefore = now().getTime() - STALE_COUNTER_MS;
      let purged = 0;
      for (const [keyId, byScope] of counters) {
        if (purged === PURGE_BATCH) break;
        if ([...byScope.values()].every((counts) => counts.windowStart < staleBefore)) {
          counters.delete(keyId);
          purged++;
        }
      }
      return purged;
    },
    size: () => counters.size,
  };
}
