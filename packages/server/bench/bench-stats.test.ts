import { describe, expect, it } from 'vitest';
import { formatTable, limitRow, median, percentile, throughputRow } from './bench-stats.js';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const values = Array.from({ length: 20 }, (_, i) => 20 - i); // 20..1, unsorted on purpose
    expect(percentile(values, 50)).toBe(10);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile(values, 99)).toBe(20);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNaN();
  });
});

describe('rows', () => {
  it('judges a throughput ratio against its minimum', () => {
    expect(throughputRow('members', 1000, 500, 0.5)).toEqual({
      scenario: 'members',
      baseline: '1000',
      server: '500',
      ratio: '0.50x',
      target: '>= 0.5x',
      pass: true,
    });
    expect(throughputRow('members', 1000, 499, 0.5).pass).toBe(false);
    expect(throughputRow('members', 0, 0, 0.5).pass).toBe(false);
  });

  it('judges a limit strictly', () => {
    expect(limitRow('rss', 199.94, 200, 'MB')).toEqual({
      scenario: 'rss',
      baseline: '-',
      server: '199.9 MB',
      ratio: '-',
      target: '< 200 MB',
      pass: true,
    });
    expect(limitRow('p95', 50, 50, 'ms').pass).toBe(false);
    expect(limitRow('p95', Number.NaN, 50, 'ms').pass).toBe(false);
  });
});

describe('formatTable', () => {
  it('pads the columns and ends each row with PASS, FAIL or info', () => {
    const table = formatTable([
      throughputRow('GET members', 1000, 600, 0.5),
      limitRow('search p95', 61.25, 50, 'ms'),
      { ...limitRow('search p50', 3, 50, 'ms'), pass: undefined },
    ]);
    expect(table.split('\n')).toEqual([
      'scenario     baseline req/s  server req/s  ratio   target  result',
      'GET members            1000           600  0.60x  >= 0.5x    PASS',
      'search p95                -       61.3 ms      -  < 50 ms    FAIL',
      'search p50                -        3.0 ms      -  < 50 ms    info',
    ]);
  });
});
