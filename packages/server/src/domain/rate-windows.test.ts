import { describe, expect, it } from 'vitest';
import {
  countRequest,
  parseRate,
  type RateRule,
  retryAfterSeconds,
  type WindowCounts,
} from './rate-windows.js';

const BURST: RateRule = { scope: 'burst', requests: 480, periodSeconds: 60 };
const HOUR = Date.parse('2026-03-01T12:00:00.000Z'); // a multiple of every period

/** Counts `n` requests at `nowMs`, returning the counts and the last verdict. */
function countMany(rule: RateRule, counts: WindowCounts | undefined, nowMs: number, n: number) {
  let state = counts;
  let last: ReturnType<typeof countRequest> | undefined;
  for (let i = 0; i < n; i++) {
    last = countRequest(rule, state, nowMs);
    state = last.counts;
  }
  if (!last) throw new Error('n must be positive');
  return last;
}

describe('parseRate (Django REST framework syntax)', () => {
  it.each([
    ['480/minute', { requests: 480, periodSeconds: 60 }],
    ['4800/hour', { requests: 4800, periodSeconds: 3600 }],
    ['5/s', { requests: 5, periodSeconds: 1 }],
    ['5/sec', { requests: 5, periodSeconds: 1 }],
    ['10/min', { requests: 10, periodSeconds: 60 }],
    ['10/h', { requests: 10, periodSeconds: 3600 }],
    ['2/day', { requests: 2, periodSeconds: 86_400 }],
    [' 7/d ', { requests: 7, periodSeconds: 86_400 }],
  ])('%s', (text, expected) => {
    expect(parseRate(text)).toEqual(expected);
  });

  it.each([
    '',
    '480',
    '480/',
    '/minute',
    '0/minute',
    '-1/minute',
    '1.5/minute',
    '480/week',
    '480/minutes',
    '1000001/s',
  ])('refuses %j', (text) => {
    expect(parseRate(text)).toBeUndefined();
  });
});

describe('countRequest: the sliding-window counter', () => {
  it('admits the rate, refuses the next request with the wait DRF gives (oldest request + period)', () => {
    const full = countMany(BURST, undefined, HOUR, 480);
    expect(full.verdict).toEqual({ scope: 'burst', admitted: true, waitMs: 0 });
    expect(full.counts).toEqual({ windowStart: HOUR, previous: 0, current: 480 });

    const refused = countRequest(BURST, full.counts, HOUR + 250);
    expect(refused.verdict).toEqual({ scope: 'burst', admitted: false, waitMs: 59_750 });
    expect(refused.counts).toEqual(full.counts); // a refused request is not counted
    expect(retryAfterSeconds([refused.verdict])).toBe(60);
  });

  it('admits again exactly when the wait has passed, and not a millisecond before', () => {
    const full = countMany(BURST, undefined, HOUR, 480);
    expect(countRequest(BURST, full.counts, HOUR + 59_999).verdict.admitted).toBe(false);
    // The window is (now - 60 s, now]: the requests made at HOUR have left it.
    const next = countRequest(BURST, full.counts, HOUR + 60_000);
    expect(next.verdict.admitted).toBe(true);
    expect(next.counts).toEqual({ windowStart: HOUR + 60_000, previous: 480, current: 1 });
  });

  it('weights the previous window by the share still inside the last period', () => {
    const full = countMany(BURST, undefined, HOUR, 480);
    // 15 s into the next window, 480 × 44,999 / 60,000 = 359.99 of the previous window's requests still count:
    // 121 more are admitted (359.99 + 120 < 480).
    const at = HOUR + 75_000;
    const burst = countMany(BURST, full.counts, at, 121);
    expect(burst.verdict.admitted).toBe(true);
    const refused = countRequest(BURST, burst.counts, at);
    expect(refused.verdict.admitted).toBe(false);
    // The next fits once 480 × (59,999 − e) < 359 × 60,000, i.e. from e = 15,125 ms: one 480th of a minute later.
    expect(refused.verdict.waitMs).toBe(125);
    expect(countRequest(BURST, burst.counts, at + 124).verdict.admitted).toBe(false);
    expect(countRequest(BURST, burst.counts, at + 125).verdict.admitted).toBe(true);
  });

  it('forgets windows older than the previous one', () => {
    const full = countMany(BURST, undefined, HOUR, 480);
    const later = countRequest(BURST, full.counts, HOUR + 120_000);
    expect(later.verdict.admitted).toBe(true);
    expect(later.counts).toEqual({ windowStart: HOUR + 120_000, previous: 0, current: 1 });
  });

  it('says "1 second" at least, and takes the longest wait of the refusing rules', () => {
    expect(retryAfterSeconds([{ scope: 'burst', admitted: false, waitMs: 1 }])).toBe(1);
    expect(
      retryAfterSeconds([
        { scope: 'burst', admitted: false, waitMs: 1_500 },
        { scope: 'sustained', admitted: false, waitMs: 1_200_001 },
      ]),
    ).toBe(1201);
    expect(retryAfterSeconds([{ scope: 'burst', admitted: true, waitMs: 0 }])).toBeUndefined();
  });
});
