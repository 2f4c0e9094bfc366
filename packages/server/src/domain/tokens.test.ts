import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  BASE57_ALPHABET,
  generatePersonalApiKeyValue,
  generateProjectApiToken,
  generateSecretApiToken,
  hashApiKeyValue,
  maskApiKeyValue,
  randomBase57,
} from './tokens.js';

describe('tokens', () => {
  it('uses base62 without 0 1 O I l', () => {
    expect(BASE57_ALPHABET).toHaveLength(57);
    expect(BASE57_ALPHABET).not.toMatch(/[01OIl]/);
  });

  it('generates constant-length base57 tokens with their prefixes', () => {
    for (let i = 0; i < 200; i++) {
      expect(generateProjectApiToken()).toMatch(/^phc_[2-9A-HJ-NP-Za-km-z]{44}$/);
      expect(generatePersonalApiKeyValue()).toMatch(/^phx_[2-9A-HJ-NP-Za-km-z]{49}$/);
      expect(generateSecretApiToken()).toMatch(/^phs_[2-9A-HJ-NP-Za-km-z]{49}$/);
    }
    expect(new Set(Array.from({ length: 50 }, () => randomBase57(16))).size).toBe(50);
  });

  it('hashes key values as sha256$<hex>', () => {
    const hex = createHash('sha256').update('phx_abc').digest('hex');
    expect(hashApiKeyValue('phx_abc')).toBe(`sha256$${hex}`);
  });

  it('masks key values as first 4 + ... + last 4, or ******** below 16 characters', () => {
    expect(maskApiKeyValue('phx_0123456789abcdef')).toBe('phx_...cdef');
    expect(maskApiKeyValue('phx_0123456789a')).toBe('********');
    expect(maskApiKeyValue('phx_0123456789ab')).toBe('phx_...89ab');
  });
});
