import { describe, expect, it } from 'vitest';
import { samplePattern, UnsupportedPatternError } from './pattern-sampler.js';
import { createPrng } from './prng.js';

const PATTERNS = [
  '^-?\\d{0,1}(?:\\.\\d{0,2})?$',
  '^[a-z0-9_-]{3,8}$',
  '^phx_[A-Za-z0-9]{8}$',
  '^(BAA|DPA)$',
  '^\\w+@\\w+\\.com$',
  '^[^\\s]{1,4}$',
  'ab+c*',
];

describe('samplePattern', () => {
  it.each(PATTERNS)('generates strings matching %s', (pattern) => {
    const rng = createPrng(pattern);
    for (let i = 0; i < 50; i++) expect(samplePattern(pattern, rng)).toMatch(new RegExp(pattern));
  });

  it('refuses lookarounds and backreferences instead of producing a wrong string', () => {
    expect(() => samplePattern('^(?=a)a$', createPrng(1))).toThrow(UnsupportedPatternError);
    expect(() => samplePattern('(a)\\1', createPrng(1))).toThrow(UnsupportedPatternError);
  });
});
