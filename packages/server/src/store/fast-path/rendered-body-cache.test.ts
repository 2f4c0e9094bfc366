import { describe, expect, it } from 'vitest';
import { ENTRY_OVERHEAD_BYTES, entryBytes, RenderedBodyCache, renderJson } from './rendered-body-cache.js';

const bytes = (n: number, fill = 1) => new Uint8Array(n).fill(fill);

/** The cost of an entry with a one-character key and an `n`-byte body. */
const cost = (n: number) => n + 2 + ENTRY_OVERHEAD_BYTES;

describe('RenderedBodyCache', () => {
  it('keeps entries within its byte budget, dropping the least recently used first', () => {
    const cache = new RenderedBodyCache(4 * cost(25));
    cache.set('a', bytes(25, 1));
    cache.set('b', bytes(25, 2));
    cache.set('c', bytes(25, 3));
    cache.set('d', bytes(25, 4));
    expect([cache.size, cache.bytes]).toEqual([4, 4 * cost(25)]);
    expect(cache.get('a')?.[0]).toBe(1); // a is now the most recently used
    cache.set('e', bytes(25, 5));
    expect(cache.get('b')).toBeUndefined();
    expect(['a', 'c', 'd', 'e'].map((k) => cache.get(k)?.[0])).toEqual([1, 3, 4, 5]);
    expect([cache.size, cache.bytes]).toEqual([4, 4 * cost(25)]);
  });

  it('replaces a key in place and does not keep an entry over a quarter of the budget', () => {
    const cache = new RenderedBodyCache(4 * cost(20));
    cache.set('a', bytes(20, 1));
    cache.set('a', bytes(10, 2));
    expect([cache.size, cache.bytes, cache.get('a')?.[0]]).toEqual([1, cost(10), 2]);
    const big = bytes(21);
    expect(cache.set('b', big)).toBe(big);
    expect(cache.get('b')).toBeUndefined();
    expect([cache.size, cache.bytes]).toEqual([1, cost(10)]);
  });

  it('counts keys in the budget: long keys with tiny bodies cannot grow it past its size', () => {
    const budget = 256 * 1024;
    const cache = new RenderedBodyCache(budget);
    const keyOf = (i: number) => `${String(i).padStart(4, '0')}:${'k'.repeat(8 * 1024)}`; // 8 KiB of query string in every key
    for (let i = 0; i < 1000; i += 1) cache.set(keyOf(i), bytes(10));
    expect(cache.bytes).toBeLessThanOrEqual(budget);
    expect(cache.bytes).toBe(cache.size * entryBytes(keyOf(999), bytes(10)));
    expect(cache.size).toBe(Math.floor(budget / entryBytes(keyOf(999), bytes(10))));
    expect(cache.get(keyOf(999))).toEqual(bytes(10));
    expect(cache.get(keyOf(0))).toBeUndefined();
  });

  it('counts an entry as its body, two bytes per key character and a fixed overhead', () => {
    expect(entryBytes('abc', bytes(100))).toBe(100 + 6 + ENTRY_OVERHEAD_BYTES);
  });

  it('renders JSON exactly as JSON.stringify, UTF-8 encoded', () => {
    const value = { name: 'Zoë 🦔', n: [1, null] };
    expect(new TextDecoder().decode(renderJson(value))).toBe(JSON.stringify(value));
  });
});
