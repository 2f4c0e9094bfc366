import { describe, expect, it } from 'vitest';
import { createPrng, hashString } from './prng.js';

describe('createPrng', () => {
  it('is deterministic per seed and differs across seeds', () => {
    const a = Array.from({ length: 5 }, createPrng(42).next);
    const seq = createPrng(42);
    expect(Array.from({ length: 5 }, () => seq.next())).toEqual(a);
    const other = createPrng(43);
    expect(Array.from({ length: 5 }, () => other.next())).not.toEqual(a);
  });

  it('forks independent streams keyed by label', () => {
    const root = createPrng('s');
    expect(root.fork('x').int(0, 1_000_000)).toBe(createPrng('s').fork('x').int(0, 1_000_000));
    expect(root.fork('x').int(0, 1_000_000)).not.toBe(root.fork('y').int(0, 1_000_000));
  });

  it('keeps int within bounds and hashes strings with FNV-1a', () => {
    const rng = createPrng(1);
    for (let i = 0; i < 200; i++) {
      const v = rng.int(3, 5);
      expect(v >= 3 && v <= 5).toBe(true);
    }
    expect(hashString('')).toBe(0x811c9dc5);
    expect(() => rng.pick([])).toThrow('pick from an empty list');
  });
});
