import { describe, expect, it } from 'vitest';
import type { WireResponse } from '../http/http-types.js';
import { createThrottleRetry, retryAfterSeconds } from './throttle-retry.js';

const NOW = Date.parse('2026-03-01T12:00:00.000Z');

const answer = (status: number, headers: Record<string, string> = {}): WireResponse => ({
  status,
  headers,
  body: '',
  json: undefined,
  elapsedMs: 1,
});

describe('retryAfterSeconds', () => {
  it.each([
    ['17', 17],
    [' 3 ', 3],
    ['0', 0],
    ['Sun, 01 Mar 2026 12:00:42 GMT', 42],
    // A date part of a second away is a whole second to wait; a date in the past means now.
    ['Sun, 01 Mar 2026 12:00:00 GMT', 0],
    ['Sun, 01 Mar 2026 11:00:00 GMT', 0],
  ])('reads %j as %d seconds', (value, seconds) => {
    expect(retryAfterSeconds(value, NOW)).toBe(seconds);
  });

  it.each([[undefined], [''], ['-1'], ['1.5'], ['soon'], ['12abc'], ['99999999999999999999999']])(
    'has no usable wait in %j',
    (value) => {
      expect(retryAfterSeconds(value, NOW)).toBeUndefined();
    },
  );
});

describe('createThrottleRetry', () => {
  const make = (maxWaitSeconds: number) => {
    const slept: number[] = [];
    const waits: string[] = [];
    const retry = createThrottleRetry({
      maxWaitSeconds,
      sleep: async (ms) => {
        slept.push(ms);
      },
      onWait: (operationId, seconds) => waits.push(`${operationId} ${seconds}`),
      now: () => NOW,
    });
    return { retry, slept, waits };
  };

  it('waits the Retry-After of a 429 and says so, within the budget', async () => {
    const t = make(10);
    expect(await t.retry.waitFor('a', answer(429, { 'retry-after': '4' }))).toBe(true);
    expect(await t.retry.waitFor('b', answer(429, { 'retry-after': 'Sun, 01 Mar 2026 12:00:06 GMT' }))).toBe(
      true,
    );
    // 4 + 6 s spent: one more second would exceed the 10 s budget.
    expect(await t.retry.waitFor('c', answer(429, { 'retry-after': '1' }))).toBe(false);
    expect(t.slept).toEqual([4000, 6000]);
    expect(t.waits).toEqual(['a 4', 'b 6']);
    expect(t.retry.totals()).toEqual({ waits: 2, seconds: 10 });
  });

  it('waits at least a second for Retry-After: 0, so a target answering it forever still ends the run', async () => {
    const t = make(3);
    let retries = 0;
    while (await t.retry.waitFor('a', answer(429, { 'retry-after': '0' }))) retries++;
    expect(retries).toBe(3);
    expect(t.slept).toEqual([1000, 1000, 1000]);
  });

  it('never waits for other statuses, a 429 without a usable Retry-After, or with a budget of 0', async () => {
    const t = make(120);
    expect(await t.retry.waitFor('a', answer(503, { 'retry-after': '1' }))).toBe(false);
    expect(await t.retry.waitFor('a', answer(429))).toBe(false);
    expect(await t.retry.waitFor('a', answer(429, { 'retry-after': 'later' }))).toBe(false);
    expect(await t.retry.waitFor('a', answer(429, { 'retry-after': '121' }))).toBe(false);
    const none = make(0);
    expect(await none.retry.waitFor('a', answer(429, { 'retry-after': '1' }))).toBe(false);
    expect([...t.slept, ...none.slept, ...t.waits, ...none.waits]).toEqual([]);
    expect(t.retry.totals()).toEqual({ waits: 0, seconds: 0 });
  });
});
