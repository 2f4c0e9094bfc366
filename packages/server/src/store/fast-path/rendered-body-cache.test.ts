import { describe, expect, it } from 'vitest';
import { RenderedBodyCache, renderJson } from './rendered-body-cache.js';

const bytes = (n: number, fill = 1) => new Uint8Array(n).fill(fill);

describe('RenderedBodyCache', () => {
  it('keeps bodies within its byte budget, dropping the least recently used first', () => {
    const cache = new RenderedBodyCache(100);
    cache.set('a', bytes(25, 1));
    cache.set('b', bytes(25, 2));
    cache.set('c', bytes(25, 3));
    cache.set('d', bytes(25, 4));
    expect([cache.size, cache.bytes]).toEqual([4, 100]);
    expect(cache.get('a')?.[0]).toBe(1); // a is now the most recently used
    cache.set('e', bytes(25, 5));
    expect(cache.get('b')).toBeUndefined();
    expect(['a', 'c', 'd', 'e'].map((k) => cache.get(k)?.[0])).toEqual([1, 3, 4, 5]);
    expect([cache.size, cache.bytes]).toEqual([4, 100]);
  });

  it('replaces a key in place and does not keep a body over a quarter of the budget', () => {
    const cache = new RenderedBodyCache(100);
    cache.set('a', bytes(20, 1));
    cache.set('a', bytes(10, 2));
    expect([cache.size, cache.bytes, cache.get('a')?.[0]]).toEqual([1, 10, 2]);
    const big = bytes(26);
    expect(cache.set('big', big)).toBe(big);
    expect(cache.get('big')).toBeUndefined();
    expect([cache.size, cache.bytes]).toEqual([1, 10]);
  });

  it('renders JSON exactly as JSON.stringify, UTF-8 encoded', () => {
    const value = { name: 'Zoë 🦔', n: [1, null] };
    expect(new TextDecoder().decode(renderJson(value))).toBe(JSON.stringify(value));
  });
});
