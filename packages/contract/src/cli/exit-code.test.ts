import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../checks/check-types.js';
import { EXIT, exitCodeOf } from './exit-code.js';

const result = (outcome: CheckResult['outcome']): CheckResult => ({
  check: 'pagination',
  operation: 'x',
  outcome,
  message: outcome,
});

describe('exitCodeOf', () => {
  it('is 0 when nothing failed (skips do not fail a run), 1 on a failure, 2 when the run had errors', () => {
    expect(EXIT).toEqual({ ok: 0, failures: 1, error: 2 });
    expect(exitCodeOf({ errors: [], results: [result('pass'), result('skip')] })).toBe(0);
    expect(exitCodeOf({ errors: [], results: [] })).toBe(0);
    expect(exitCodeOf({ errors: [], results: [result('pass'), result('fail')] })).toBe(1);
    expect(exitCodeOf({ errors: ['pagination: boom'], results: [result('fail')] })).toBe(2);
  });
});
