/** A small deterministic pseudo-random source (mulberry32). Same seed → same sequence, on every machine. */
export interface Prng {
  /** Float in [0, 1). */
  next(): number;
  /** Integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
  bool(probabilityTrue?: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** An independent stream derived from this seed and a label (adding one caller does not shift the others). */
  fork(label: string): Prng;
}

/** 32-bit FNV-1a hash of a string; used to turn seeds and labels into PRNG states. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Creates a seeded PRNG.
 * @example const rng = createPrng(42).fork('projects_create#0'); rng.int(1, 10);
 */
export function createPrng(seed: number | string): Prng {
  const base = String(seed);
  let state = hashString(base);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    bool: (p = 0.5) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    fork: (label) => createPrng(`${base}/${label}`),
  };
}
