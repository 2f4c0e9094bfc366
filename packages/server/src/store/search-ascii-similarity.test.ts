import { describe, expect, it } from 'vitest';
import { ASCII_TRIGRAM_CODES, asciiTrigramCode, isAsciiText } from './search-ascii-similarity.js';
import { prng } from './seed-members.js';
import { prepareQuery, wordSimilarity } from './trigram.js';

/** A random string over `alphabet` (few symbols, so queries and texts share trigrams often). */
function randomText(random: (n: number) => number, alphabet: string, maxLength: number): string {
  const chars = [...alphabet];
  return Array.from({ length: random(maxLength + 1) }, () => chars[random(chars.length)]).join('');
}

describe('asciiTrigramCode', () => {
  it('numbers the trigrams of space, digits and lowercase letters densely', () => {
    const code = (s: string) => asciiTrigramCode(s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(2));
    expect(code('   ')).toBe(0);
    expect(code('  0')).toBe(1);
    expect(code('  a')).toBe(11);
    expect(code(' a ')).toBe(11 * 37);
    expect(code('zzz')).toBe(ASCII_TRIGRAM_CODES - 1);
  });

  it('has no code for trigrams that cannot occur in an all-ASCII text', () => {
    const code = (s: string) => asciiTrigramCode(s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(2));
    expect(code('Abc')).toBe(-1);
    expect(code('a_b')).toBe(-1);
    expect(code('a.b')).toBe(-1);
  });
});

describe('isAsciiText', () => {
  it('is true only when every character is ASCII', () => {
    expect(isAsciiText('jo.smith@x.io')).toBe(true);
    expect(isAsciiText('')).toBe(true);
    expect(isAsciiText('Zoë')).toBe(false);
  });
});

describe('the ASCII fast path of wordSimilarity', () => {
  // '§' is a separator like any punctuation, so `text + '§'` has the same trigrams as `text` but takes the general
  // (non-ASCII) path: the two paths must agree exactly.
  const general = (query: string, text: string) => wordSimilarity(prepareQuery(query), `${text}§`);

  it('agrees with the general path on random ASCII texts, including repeats and mixed case', () => {
    const random = prng(7);
    let similar = 0;
    for (let i = 0; i < 3000; i++) {
      const query = randomText(random, i % 3 === 0 ? 'abAB1 .' : 'abc d', 12);
      const text = randomText(random, i % 2 === 0 ? 'abcAB1 .@_' : 'ab cd', 30);
      const prepared = prepareQuery(query);
      const fast = wordSimilarity(prepared, text);
      expect([query, text, fast]).toEqual([query, text, general(query, text)]);
      if (fast > 0.3) similar++;
    }
    // The random pairs really exercise the threshold's neighbourhood.
    expect(similar).toBeGreaterThan(300);
  });

  it('agrees with the general path when the query has non-ASCII trigrams', () => {
    const random = prng(11);
    for (let i = 0; i < 1000; i++) {
      const query = randomText(random, 'aéb ø', 10);
      const text = randomText(random, 'ab e o.', 24);
      expect([query, text, wordSimilarity(query, text)]).toEqual([query, text, general(query, text)]);
    }
  });

  it('gives the same answer whatever was scored before (its shared table is reset after each text)', () => {
    const prepared = prepareQuery('martin');
    const alone = wordSimilarity(prepared, 'Marta Martinez Martina');
    for (const text of ['martin martin', 'tin mar', 'm', 'Martinez']) wordSimilarity(prepared, text);
    expect(wordSimilarity(prepared, 'Marta Martinez Martina')).toBe(alone);
    expect(alone).toBe(0.8571428656578064);
  });
});
