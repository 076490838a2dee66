/** A seeded source of uniform numbers in [0, 1): the domain's only randomness, so every result is reproducible. */
export type Uniform = () => number;

/**
 * mulberry32: a tiny, fast 32-bit generator, good enough for sampling and tie-breaking (not for secrets).
 * @example const u = seededUniform(42); u(); // 0.6011…, the same every time
 */
export function seededUniform(seed: number): Uniform {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller) from a uniform source. */
export function normal(uniform: Uniform): number {
  const u = 1 - uniform(); // (0, 1]: log(0) never happens
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
}

/** A 32-bit hash of a string (FNV-1a), to derive seeds from ids. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A seeded Fisher–Yates shuffle: a new array, the same order for the same seed.
 * @example seededShuffle(7)(['a', 'b', 'c'])
 */
export function seededShuffle(seed: number): <T>(xs: readonly T[]) => T[] {
  return <T>(xs: readonly T[]) => {
    const uniform = seededUniform(seed);
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(uniform() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
}
