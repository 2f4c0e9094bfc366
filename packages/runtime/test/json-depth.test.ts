import { describe, expect, it } from 'vitest';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from '../src/index.js';

const nested = (depth: number): unknown => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`);

describe('exceedsJsonDepth', () => {
  it.each([
    [1, 0, false],
    ['text', 0, false],
    [{}, 0, true],
    [{}, 1, false],
    [[[1]], 1, true],
    [{ a: [1, { b: 2 }] }, 3, false],
    [{ a: [1, { b: 2 }] }, 2, true],
    [nested(MAX_JSON_DEPTH), MAX_JSON_DEPTH, false],
    [nested(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH, true],
  ])('%j with at most %i levels → %s', (value, max, expected) => {
    expect(exceedsJsonDepth(value, max)).toBe(expected);
  });

  it('walks 200 000 levels without overflowing the stack', () => {
    expect(exceedsJsonDepth(nested(200_000))).toBe(true);
  });
});
