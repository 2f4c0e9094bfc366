import { describe, expect, it } from 'vitest';
import { answerTier, buildSearchQueries } from './search-queries.js';

const people = [
  { first_name: 'Jennifer', last_name: 'Garcia', email: 'jennifer.garcia.1.7@gmail.com' },
  { first_name: 'Søren', last_name: "O'Brien", email: 'sren.obrien.1.8@acme.io' },
];

describe('buildSearchQueries', () => {
  it('is reproducible for a seed and different for another', () => {
    expect(buildSearchQueries(people, 5, 1)).toEqual(buildSearchQueries(people, 5, 1));
    expect(buildSearchQueries(people, 5, 2)).not.toEqual(buildSearchQueries(people, 5, 1));
  });

  it('makes count queries per kind: substrings, one-edit typos, rare-letter misses', () => {
    const queries = buildSearchQueries(people, 20);
    expect(queries.map((q) => q.kind)).toEqual([
      ...Array(20).fill('exact'),
      ...Array(20).fill('typo'),
      ...Array(20).fill('miss'),
    ]);
    const fields = people.flatMap((p) => [p.first_name, p.last_name, p.email]);
    for (const { search } of queries.filter((q) => q.kind === 'exact')) {
      expect(search.length).toBeGreaterThanOrEqual(3);
      expect(fields.some((f) => f.toLowerCase().includes(search.toLowerCase()))).toBe(true);
    }
    for (const { search } of queries.filter((q) => q.kind === 'typo')) {
      const names = people.flatMap((p) => [p.first_name.toLowerCase(), p.last_name.toLowerCase()]);
      expect(names.some((n) => Math.abs(n.length - search.length) <= 1)).toBe(true);
    }
    for (const { search } of queries.filter((q) => q.kind === 'miss'))
      expect(search).toMatch(/^[qxzjvkwy]{5,8}$/);
  });

  it('needs people', () => {
    expect(() => buildSearchQueries([], 3)).toThrow('no sampled people');
  });
});

describe('answerTier', () => {
  it('reads the tier of the first row, none for an empty page', () => {
    const row = (type: string | null) => ({ search_match_type: type });
    expect(answerTier(JSON.stringify({ count: 2, results: [row('exact'), row('exact')] }))).toBe('exact');
    expect(answerTier(JSON.stringify({ count: 1, results: [row('similar')] }))).toBe('similar');
    expect(answerTier(JSON.stringify({ count: 0, results: [] }))).toBe('none');
    expect(() => answerTier(JSON.stringify({ count: 1, results: [row(null)] }))).toThrow(
      'unexpected search_match_type null',
    );
  });
});
