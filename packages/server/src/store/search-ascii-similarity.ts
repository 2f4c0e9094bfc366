import { scanWordSimilarity } from './word-similarity-scan.js';

/*
 * The allocation-free fast path of `wordSimilarity` for all-ASCII texts (nearly every name and email): the members
 * search scores thousands of rows per query, and the general path's per-call maps, arrays and trigram caches
 * dominated its time and its garbage. Same algorithm as pg_trgm's `iterate_word_similarity`, with trigrams keyed
 * by a dense number and the "last position" table shared by all calls (reset after each).
 *
 * In an all-ASCII text the word characters are [0-9A-Za-z] (lowercased) and words are padded with spaces, so a
 * trigram is three of 37 symbols: space, 0-9, a-z.
 */

const SYMBOLS = 37;
/** The number of distinct ASCII trigram codes. */
export const ASCII_TRIGRAM_CODES = SYMBOLS * SYMBOLS * SYMBOLS;

/** Symbol of a character code (space 0, digits 1-10, letters 11-36, either case), or -1 for a separator. */
function symbolOf(c: number): number {
  if (c >= 97 && c <= 122) return c - 86;
  if (c >= 65 && c <= 90) return c - 54;
  if (c >= 48 && c <= 57) return c - 47;
  return c === 32 ? 0 : -1;
}

/**
 * The dense code of a trigram given as three character codes, or -1 if one is not a lowercase ASCII letter, digit
 * or (padding) space: such a trigram never occurs in an all-ASCII text.
 */
export function asciiTrigramCode(a: number, b: number, c: number): number {
  const lower = (x: number) => (x >= 65 && x <= 90 ? -1 : symbolOf(x));
  const [sa, sb, sc] = [lower(a), lower(b), lower(c)];
  return sa < 0 || sb < 0 || sc < 0 ? -1 : (sa * SYMBOLS + sb) * SYMBOLS + sc;
}

/** True when every UTF-16 unit of `text` is ASCII. */
export function isAsciiText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

let codes = new Int32Array(256);
const lastpos = new Int32Array(ASCII_TRIGRAM_CODES).fill(-1);

/** Writes the ordered trigram codes of an all-ASCII `text` into `codes`; returns how many. */
function fillCodes(text: string): number {
  if (codes.length < 2 * text.length + 2) codes = new Int32Array(2 * text.length + 2);
  let n = 0;
  let a = 0;
  let b = 0;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    const s = i < text.length ? symbolOf(text.charCodeAt(i)) : -1;
    if (s > 0) {
      if (!inWord) {
        inWord = true;
        a = 0;
        b = 0;
      }
      codes[n++] = (a * SYMBOLS + b) * SYMBOLS + s;
      a = b;
      b = s;
    } else if (inWord) {
      inWord = false;
      codes[n++] = (a * SYMBOLS + b) * SYMBOLS;
    }
  }
  return n;
}

/**
 * `word_similarity(query, text)` for an all-ASCII `text` (check with `isAsciiText`). `inQuery[code]` is 1 for the
 * query's trigrams that have an ASCII code; `ulen1` is the number of the query's unique trigrams (all of them).
 */
export function asciiWordSimilarity(inQuery: Uint8Array, ulen1: number, text: string): number {
  if (ulen1 === 0) return 0;
  const n = fillCodes(text);
  let anyFound = false;
  for (let i = 0; i < n && !anyFound; i++) anyFound = inQuery[codes[i] as number] === 1;
  return anyFound ? scanWordSimilarity(codes, n, inQuery, ulen1, lastpos) : 0;
}
