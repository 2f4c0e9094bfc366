import { describe, expect, it } from 'vitest';
import { backoffDelay, parseRetryAfter, resolveRetryPolicy, retryDelay } from './retry-policy.js';

const NOW = Date.parse('2026-11-28T10:00:00Z');

describe('resolveRetryPolicy', () => {
  it('defaults to 2 retries of idempotent methods', () => {
    const policy = resolveRetryPolicy(undefined);
    expect(policy).toEqual({
      retries: 2,
      methods: new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']),
      baseDelayMs: 300,
      maxDelayMs: 10_000,
      jitter: true,
    });
    expect(policy?.methods.has('POST')).toBe(false);
    expect(policy?.methods.has('PATCH')).toBe(false);
  });

  it('is off for false and for 0 retries', () => {
    expect(resolveRetryPolicy(false)).toBeUndefined();
    expect(resolveRetryPolicy({ retries: 0 })).toBeUndefined();
  });

  it('rejects nonsense', () => {
    expect(() => resolveRetryPolicy({ retries: -1 })).toThrow('retry.retries must be an integer >= 0');
    expect(() => resolveRetryPolicy({ maxDelayMs: Number.NaN })).toThrow(
      'retry.baseDelayMs and retry.maxDelayMs must be numbers >= 0',
    );
  });
});

describe('parseRetryAfter', () => {
  it.each([
    [null, undefined],
    ['0', 0],
    ['3', 3000],
    [' 120 ', 120_000],
    ['Sat, 28 Nov 2026 10:00:05 GMT', 5000],
    ['Sat, 28 Nov 2026 09:00:00 GMT', 0],
    ['soon', undefined],
    ['-1', undefined],
    ['1.5', undefined],
  ])('%j → %j ms', (header, expected) => {
    expect(parseRetryAfter(header, NOW)).toBe(expected);
  });
});

describe('backoffDelay', () => {
  const policy = { retries: 5, methods: new Set<string>(), baseDelayMs: 100, maxDelayMs: 500, jitter: false };

  it('doubles and caps', () => {
    expect([0, 1, 2, 3, 4].map((n) => backoffDelay(n, policy))).toEqual([100, 200, 400, 500, 500]);
  });

  it('jitters between half and all of the delay', () => {
    const jittery = { ...policy, jitter: true };
    expect(backoffDelay(2, jittery, () => 0)).toBe(200);
    expect(backoffDelay(2, jittery, () => 0.5)).toBe(300);
    expect(backoffDelay(2, jittery, () => 0.999_999)).toBe(400);
  });
});

describe('retryDelay', () => {
  const policy = {
    retries: 2,
    methods: new Set<string>(),
    baseDelayMs: 100,
    maxDelayMs: 5000,
    jitter: false,
  };
  const answer = (status: number, headers: Record<string, string> = {}) =>
    new Response(null, { status, headers });

  it('retries 429 and 503 only', () => {
    expect(retryDelay(answer(429), 0, policy, NOW)).toBe(100);
    expect(retryDelay(answer(503), 1, policy, NOW)).toBe(200);
    for (const status of [200, 400, 404, 500, 502, 504])
      expect(retryDelay(answer(status), 0, policy, NOW)).toBe(undefined);
  });

  it('honours Retry-After over the backoff', () => {
    expect(retryDelay(answer(429, { 'Retry-After': '2' }), 0, policy, NOW)).toBe(2000);
  });

  it('gives up when Retry-After is longer than the cap', () => {
    expect(retryDelay(answer(503, { 'Retry-After': '6' }), 0, policy, NOW)).toBeUndefined();
  });
});
