import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from './open-store.js';
import { minSharedTrigrams } from './search-candidates.js';
import { prng } from './seed-members.js';
import { lowerText } from './text-fold.js';
import { searchScore, uniqueTrigrams, wordSimilarity } from './trigram.js';

const dir = mkdtempSync(join(tmpdir(), 'orgapi-search-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const word = (random: (n: number) => number, letters: string, min: number, max: number) =>
  Array.from({ length: min + random(max - min + 1) }, () => letters[random(letters.length)]).join('');

describe('minSharedTrigrams', () => {
  it('is the least shared count c with fround(c / n) > 0.3', () => {
    expect([1, 2, 3, 4, 7, 10, 11, 20, 21].map(minSharedTrigrams)).toEqual([1, 1, 1, 2, 3, 3, 4, 6, 7]);
    expect(minSharedTrigrams(0)).toBe(1);
  });

  it('is tight: 3 of a 10-trigram query is enough when the text holds nothing else', () => {
    expect(wordSimilarity('abcdefghi', 'abc')).toBeGreaterThan(0.3);
    expect([...uniqueTrigrams('abcdefghi')].filter((t) => uniqueTrigrams('abc').has(t))).toHaveLength(3);
  });

  it('holds for every text more similar than 0.3 to a query (random strings)', () => {
    const random = prng(3);
    let similar = 0;
    for (let i = 0; i < 4000; i++) {
      const query = [word(random, 'abcd', 1, 6), word(random, 'abcd', 0, 4)].join(' ');
      const text = [word(random, 'abcde', 1, 8), word(random, 'abcd', 0, 8)].join('.');
      const q = uniqueTrigrams(query);
      const shared = [...uniqueTrigrams(text)].filter((t) => q.has(t)).length;
      if (wordSimilarity(query, text) > 0.3) {
        similar++;
        expect([query, text, shared >= minSharedTrigrams(q.size)]).toEqual([query, text, true]);
      }
    }
    expect(similar).toBeGreaterThan(300);
  });
});

describe('SQLite members search against a brute-force evaluation of its definition', () => {
  it('returns the tier, count and order that the definition gives, for random people and queries', async () => {
    const store = await openStore(`sqlite:${join(dir, 'search.db')}`);
    await store.migrate();
    const org = await store.createOrganization({ name: 'Search' });
    const random = prng(5);
    const people: { id: number; first: string; last: string; email: string }[] = [];
    for (let i = 0; i < 150; i++) {
      const first = word(random, 'aeklmnorst', 2, 7);
      const last = `${word(random, 'aeklmnorst', 2, 6)}${random(3) === 0 ? ` ${word(random, 'eknos', 2, 4)}` : ''}`;
      const email = `${first}.${word(random, 'aekmos', 1, 5)}${i}@x${random(3)}.io`;
      const created = await store.createUser({ email, first_name: first, last_name: last });
      if (!created.ok) throw new Error(created.reason);
      await store.addMember(org.id, created.user.id, 1);
      people.push({ id: created.user.id, first, last, email });
    }
    const expected = (search: string) => {
      const needle = lowerText(search);
      const fields = (p: (typeof people)[number]) => [p.first, p.last, p.email].map(lowerText);
      const exact = people.filter((p) => fields(p).some((f) => f.includes(needle)));
      const tier = exact.length > 0 ? 'exact' : 'similar';
      const rows = (
        exact.length > 0
          ? exact
          : people.filter((p) => fields(p).some((f) => wordSimilarity(needle, f) > 0.3))
      ).map((p) => ({ id: p.id, first: p.first, score: searchScore(needle, fields(p)) }));
      rows.sort(
        (a, b) => b.score - a.score || (a.first < b.first ? -1 : a.first > b.first ? 1 : a.id - b.id),
      );
      return { count: rows.length, ids: rows.map((r) => [r.id, tier]) };
    };
    let similarQueries = 0;
    for (let i = 0; i < 120; i++) {
      const search =
        i % 2 === 0
          ? word(random, 'aeklmnorst', 2, 7)
          : `${word(random, 'aekmnt', 1, 4)} ${word(random, 'eorst', 1, 4)}`;
      const want = expected(search);
      const page = await store.listMembers(org.id, { limit: 500, offset: 0, search });
      const got = { count: page.count, ids: page.results.map((m) => [m.user_id, m.search_match_type]) };
      expect([search, got]).toEqual([search, want]);
      if (want.ids[0]?.[1] === 'similar') similarQueries++;
    }
    expect(similarQueries).toBeGreaterThan(20);
    await store.close();
  });
});
