import { describe, expect, it } from 'vitest';
import { findLoneSurrogate, loneSurrogateIssue } from '../src/index.js';

describe('findLoneSurrogate', () => {
  it.each([
    ['a lone high surrogate', { name: '\ud800' }, { path: ['name'], codePoint: 0xd800 }],
    ['a lone low surrogate', { name: 'x\udfff' }, { path: ['name'], codePoint: 0xdfff }],
    [
      'a high surrogate followed by another high',
      { n: '\ud83d\ud83d\ude00' },
      { path: ['n'], codePoint: 0xd83d },
    ],
    ['in an array', { tags: ['ok', 'a\udc00b'] }, { path: ['tags', '1'], codePoint: 0xdc00 }],
    ['deep in JSON', { a: { b: [{ c: '\ud801' }] } }, { path: ['a', 'b', '0', 'c'], codePoint: 0xd801 }],
    ['in a key', { settings: { 'k\ud800': 1 } }, { path: ['settings', 'k\ud800'], codePoint: 0xd800 }],
    ['the first in document order', { a: '\udc01', b: '\ud800' }, { path: ['a'], codePoint: 0xdc01 }],
    ['a top-level string', '\ud800', { path: [], codePoint: 0xd800 }],
  ])('finds %s', (_name, value, expected) => {
    expect(findLoneSurrogate(value)).toEqual(expected);
  });

  it.each([
    ['a surrogate pair (an emoji)', { name: '😀 \ud83d\ude00', tags: ['𝄞'] }],
    ['plain text and other values', { name: 'Ada', n: 1, ok: true, none: null, list: [1, 'é'] }],
    ['U+FFFD itself', { name: '\ufffd' }],
  ])('finds nothing in %s', (_name, value) => {
    expect(findLoneSurrogate(value)).toBeUndefined();
  });

  it('reports it as a custom zod issue at its path, with DRF’s message and code', () => {
    expect(loneSurrogateIssue({ path: ['tags', '0'], codePoint: 0xdbff })).toEqual({
      code: 'custom',
      message: 'Surrogate characters are not allowed: U+DBFF.',
      path: ['tags', '0'],
      params: { code: 'surrogate_characters_not_allowed' },
    });
  });
});
