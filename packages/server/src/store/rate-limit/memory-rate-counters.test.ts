import { describe, expect, it } from 'vitest';
import type { RateRule } from '../../domain/rate-windows.js';
import { createMemoryRateCounters } from './memory-rate-counters.js';

const RULES: RateRule[] = [
  { scope: 'burst', requests: 2, periodSeconds: 60 },
  { scope: 'sustained', requests: 100, periodSeconds: 3600 },
];
const T0 = Date.parse('2026-03-01T12:00:00.000Z');

describe('in-memory rate counters (SQLite)', () => {
  it('hold at most maxKeys keys, dropping the least recently counted', async () => {
    let now = T0;
    const counters = createMemoryRateCounters(() => new Date(now), 3);
    const count = (key: string) => counters.countRateLimitedRequest(key, RULES, new Date(now));
    await count('a');
    await count('a');
    expect((await count('a')).map((v) => v.admitted)).toEqual([false, true]);
    for (const key of ['b', 'c', 'a', 'd']) await count(key); // 'a' counted again: 'b' is the oldest
    expect(counters.size()).toBe(3);
    expect((await count('a')).map((v) => v.admitted)).toEqual([false, true]); // 'a' kept its counts
    for (let i = 0; i < 10_000; i++) await count(`key-${i}`);
    expect(counters.size()).toBe(3);
    now += 1;
    expect(await counters.purgeStaleRateCounters()).toBe(0);
  });

  it('purges keys whose windows are two days old', async () => {
    let now = T0;
    const counters = createMemoryRateCounters(() => new Date(now));
    await counters.countRateLimitedRequest('old', RULES, new Date(now));
    now += 2 * 86_400_000;
    await counters.countRateLimitedRequest('new', RULES, new Date(now));
    now += 1;
    expect(await counters.purgeStaleRateCounters()).toBe(1);
    expect(counters.size()).toBe(1);
  });
});
