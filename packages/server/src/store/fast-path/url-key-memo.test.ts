import { describe, expect, it } from 'vitest';
import { MAX_REMEMBERED_URL_LENGTH, MAX_REMEMBERED_URLS, UrlKeyMemo } from './url-key-memo.js';

const URL_ = 'http://localhost:8000/api/organizations/o1/members/?limit=2';

describe('UrlKeyMemo', () => {
  it('computes a URL key once and answers from memory after', () => {
    const memo = new UrlKeyMemo();
    let computed = 0;
    const compute = () => `key ${++computed}`;
    expect(memo.get(URL_, compute)).toBe('key 1');
    expect(memo.get(URL_, compute)).toBe('key 1');
    expect(memo.get(`${URL_}&offset=2`, compute)).toBe('key 2');
    expect(computed).toBe(2);
    expect(memo.size).toBe(2);
  });

  it('never remembers a URL longer than the limit', () => {
    const memo = new UrlKeyMemo();
    const long = `${URL_}&utm=${'x'.repeat(MAX_REMEMBERED_URL_LENGTH)}`;
    let computed = 0;
    for (let i = 0; i < 3; i += 1) expect(memo.get(long, () => `key ${++computed}`)).toBe(`key ${i + 1}`);
    expect(memo.size).toBe(0);
    const longest = `${URL_}&u=`.padEnd(MAX_REMEMBERED_URL_LENGTH, 'x');
    memo.get(longest, () => 'kept');
    expect(memo.get(longest, () => 'computed again')).toBe('kept');
  });

  it('starts afresh past its entry bound', () => {
    const memo = new UrlKeyMemo();
    for (let i = 0; i < MAX_REMEMBERED_URLS; i += 1) memo.get(`${URL_}&u=${i}`, () => `key ${i}`);
    expect(memo.size).toBe(MAX_REMEMBERED_URLS);
    memo.get(`${URL_}&u=new`, () => 'new');
    expect(memo.size).toBe(1);
    expect(memo.get(`${URL_}&u=0`, () => 'recomputed')).toBe('recomputed');
  });
});
