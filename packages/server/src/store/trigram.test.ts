import { describe, expect, it } from 'vitest';
import { PG_TRGM_WORD_SIMILARITY } from './pg-trgm-reference.js';
import { extractTrigrams, searchScore, wordSimilarity } from './trigram.js';

describe('extractTrigrams (pg_trgm generate_trgm_only)', () => {
  it('pads each lowercased word with two spaces in front and one behind', () => {
    expect(extractTrigrams('Jo')).toEqual(['  j', ' jo', 'jo ']);
    expect(extractTrigrams('a')).toEqual(['  a', ' a ']);
  });

  it('splits words on every non-alphanumeric character and keeps duplicates in order', () => {
    expect(extractTrigrams("O'B-o")).toEqual(['  o', ' o ', '  b', ' b ', '  o', ' o ']);
    expect(extractTrigrams('jo@x.io')).toEqual(['  j', ' jo', 'jo ', '  x', ' x ', '  i', ' io', 'io ']);
  });

  it('treats letters and digits of any script as word characters and lowercases them per code point', () => {
    expect(extractTrigrams('ÉL2')).toEqual(['  é', ' él', 'él2', 'l2 ']);
    expect(extractTrigrams('!!! ...')).toEqual([]);
    expect(extractTrigrams('x²')).toEqual(['  x', ' x ']);
  });
});

describe('wordSimilarity matches pg_trgm', () => {
  it.each(PG_TRGM_WORD_SIMILARITY)('word_similarity(%j, %j) = %d', (query, text, expected) => {
    expect(wordSimilarity(query, text)).toBe(expected);
  });

  it('keeps single precision, so 3/10 passes the "> 0.3" threshold as it does in PostgreSQL', () => {
    expect(wordSimilarity('abcdefghi', 'abc') > 0.3).toBe(true);
    expect(wordSimilarity('abcdefghij', 'abc') > 0.3).toBe(false);
  });
});

describe('searchScore', () => {
  it('adds the word similarities of the fields in single precision', () => {
    // PostgreSQL: word_similarity('jon','Jon') + word_similarity('jon','Jonas') + word_similarity('jon','jon@x.io')
    expect(searchScore('jon', ['Jon', 'Jonas', 'jon@x.io'])).toBe(2.75);
    expect(searchScore('smth', ['Smith', '', 'x@y.z'])).toBe(0.4000000059604645);
  });
});
