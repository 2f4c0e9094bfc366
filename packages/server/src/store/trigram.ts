import {
  ASCII_TRIGRAM_CODES,
  asciiTrigramCode,
  asciiWordSimilarity,
  isAsciiText,
} from './search-ascii-similarity.js';
import { lowerText } from './text-fold.js';
import { scanWordSimilarity } from './word-similarity-scan.js';

/*
 * A port of pg_trgm (PostgreSQL 15, contrib/pg_trgm/trgm_op.c) for SQLite, so both dialects compute the same
 * `word_similarity`. Words are maximal runs of alphanumeric characters (glibc's `iswalnum`: Unicode Alphabetic or
 * decimal digits; everything else, e.g. `_`, `@`, `²`, separates words); each
 * word is lowercased and padded with two spaces in front and one behind; its trigrams are the consecutive
 * three-character windows. Results are single-precision floats like PostgreSQL's `real`.
 *
 * Speed matters (the SQLite members search scores every candidate row in JS): all-ASCII texts take the
 * allocation-free path of search-ascii-similarity.ts; for other texts an all-ASCII trigram is keyed by a 21-bit
 * number instead of a string, and the trigram keys of recently seen texts are cached.
 */

/** A trigram: a number for three ASCII characters, else the three characters as a string. */
type TrigramKey = number | string;

const WORD_CHAR = /[\p{Alphabetic}\p{Nd}]/u;
const SPACE = 32;

/** The threshold of the members search's similar tier: `word_similarity(search, field) > 0.3`. */
export const WORD_SIMILARITY_THRESHOLD = 0.3;

const isAsciiWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function pushWordTrigrams(out: TrigramKey[], word: string): void {
  const lowered = lowerText(word);
  let ascii = true;
  for (let i = 0; i < lowered.length; i++) if (lowered.charCodeAt(i) > 127) ascii = false;
  if (ascii) {
    let a = SPACE;
    let b = SPACE;
    for (let i = 0; i <= lowered.length; i++) {
      const c = i < lowered.length ? lowered.charCodeAt(i) : SPACE;
      out.push((a << 14) | (b << 7) | c);
      a = b;
      b = c;
    }
    return;
  }
  const chars = [' ', ' ', ...lowered, ' '];
  for (let i = 0; i + 3 <= chars.length; i++) {
    const [a, b, c] = [chars[i] as string, chars[i + 1] as string, chars[i + 2] as string];
    // The key must depend on the three characters only: all-ASCII windows of non-ASCII words are numbers too.
    const ascii = a.charCodeAt(0) < 128 && b.charCodeAt(0) < 128 && c.charCodeAt(0) < 128;
    out.push(ascii ? (a.charCodeAt(0) << 14) | (b.charCodeAt(0) << 7) | c.charCodeAt(0) : `${a}${b}${c}`);
  }
}

function trigramKeys(text: string): TrigramKey[] {
  const out: TrigramKey[] = [];
  let start = -1;
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i) as number;
    const width = code > 0xffff ? 2 : 1;
    const isWord = code < 128 ? isAsciiWordCode(code) : WORD_CHAR.test(String.fromCodePoint(code));
    if (isWord && start < 0) start = i;
    if (!isWord && start >= 0) {
      pushWordTrigrams(out, text.slice(start, i));
      start = -1;
    }
    i += width;
  }
  if (start >= 0) pushWordTrigrams(out, text.slice(start));
  return out;
}

const keyCache = new Map<string, TrigramKey[]>();
const KEY_CACHE_LIMIT = 50_000;

function cachedTrigramKeys(text: string): TrigramKey[] {
  let keys = keyCache.get(text);
  if (!keys) {
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keys = trigramKeys(text);
    keyCache.set(text, keys);
  }
  return keys;
}

const keyToString = (k: TrigramKey) =>
  typeof k === 'string' ? k : String.fromCharCode((k >> 14) & 127, (k >> 7) & 127, k & 127);

/**
 * The trigrams of `text` in order of appearance, duplicates kept (pg_trgm's `generate_trgm_only`).
 * @example extractTrigrams('Jo!') → ['  j', ' jo', 'jo ']
 */
export function extractTrigrams(text: string): string[] {
  return trigramKeys(text).map(keyToString);
}

/** The unique trigrams of `text` (pg_trgm's `show_trgm`, unordered). */
export function uniqueTrigrams(text: string): Set<string> {
  return new Set(extractTrigrams(text));
}

/** A query prepared once for many `word_similarity(query, text)` evaluations. */
export interface PreparedQuery {
  /** Unique trigram → dense id in [0, size). */
  readonly ids: ReadonlyMap<TrigramKey, number>;
  /** 1 at the ASCII trigram code of each of the query's trigrams that has one (see search-ascii-similarity.ts). */
  readonly inQuery: Uint8Array;
}

/** Prepares `query` for `wordSimilarity`. */
export function prepareQuery(query: string): PreparedQuery {
  const ids = new Map<TrigramKey, number>();
  for (const k of trigramKeys(query)) if (!ids.has(k)) ids.set(k, ids.size);
  const inQuery = new Uint8Array(ASCII_TRIGRAM_CODES);
  for (const k of ids.keys()) {
    if (typeof k !== 'number') continue;
    const code = asciiTrigramCode((k >> 14) & 127, (k >> 7) & 127, k & 127);
    if (code >= 0) inQuery[code] = 1;
  }
  return { ids, inQuery };
}

/**
 * pg_trgm's `word_similarity(query, text)`: the greatest similarity between the trigram set of `query` and any
 * continuous extent of the ordered trigrams of `text` (`calc_word_similarity` + `iterate_word_similarity`,
 * non-strict variant).
 * @example wordSimilarity('word', 'two words') === Math.fround(0.8)
 */
export function wordSimilarity(query: string | PreparedQuery, text: string): number {
  const prepared = typeof query === 'string' ? prepareQuery(query) : query;
  const ulen1 = prepared.ids.size;
  if (ulen1 === 0) return 0;
  if (isAsciiText(text)) return asciiWordSimilarity(prepared.inQuery, ulen1, text);
  const keys = cachedTrigramKeys(text);
  // Ids below ulen1 are the query's trigrams ("found" in pg_trgm); others get fresh ids.
  const textIds = new Array<number>(keys.length);
  let extra: Map<TrigramKey, number> | undefined;
  let next = ulen1;
  let anyFound = false;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as TrigramKey;
    let id = prepared.ids.get(k);
    if (id === undefined) {
      extra ??= new Map();
      id = extra.get(k);
      if (id === undefined) {
        id = next++;
        extra.set(k, id);
      }
    } else anyFound = true;
    textIds[i] = id;
  }
  if (!anyFound) return 0;
  const inQuery = new Uint8Array(next).fill(1, 0, ulen1);
  return scanWordSimilarity(textIds, textIds.length, inQuery, ulen1, new Int32Array(next).fill(-1));
}

/**
 * The members search score: the sum of `word_similarity(query, field)` over the fields, added in single precision
 * in field order, like PostgreSQL's `real + real`.
 */
export function searchScore(query: string | PreparedQuery, fields: readonly string[]): number {
  const prepared = typeof query === 'string' ? prepareQuery(query) : query;
  let score = 0;
  for (const field of fields) score = Math.fround(score + wordSimilarity(prepared, field));
  return score;
}
