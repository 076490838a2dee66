import { describe, expect, it } from 'vitest';
import { hashSeed, normal, seededShuffle, seededUniform } from './seeded-random.js';

const draws = (u: () => number, n: number) => Array.from({ length: n }, () => u());

describe('seededUniform', () => {
  it('gives the documented first value for seed 42', () => {
    expect(seededUniform(42)()).toBeCloseTo(0.6011037519201636, 15);
  });

  it('gives the same sequence for the same seed, and a different one for another seed', () => {
    expect(draws(seededUniform(7), 50)).toEqual(draws(seededUniform(7), 50));
    expect(draws(seededUniform(7), 50)).not.toEqual(draws(seededUniform(8), 50));
  });

  it('treats seeds as unsigned 32-bit integers', () => {
    expect(draws(seededUniform(-1), 5)).toEqual(draws(seededUniform(2 ** 32 - 1), 5));
    expect(draws(seededUniform(2 ** 32), 5)).toEqual(draws(seededUniform(0), 5));
  });

  it('stays in [0, 1) and is roughly uniform', () => {
    const xs = draws(seededUniform(123), 20_000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean).toBeCloseTo(0.5, 1);
    // Each tenth of the interval gets about a tenth of the draws.
    const deciles = new Array<number>(10).fill(0);
    for (const x of xs) deciles[Math.floor(x * 10)] = (deciles[Math.floor(x * 10)] ?? 0) + 1;
    for (const n of deciles) expect(Math.abs(n - 2000)).toBeLessThan(200);
  });

  it('keeps separate generators independent', () => {
    const a = seededUniform(5);
    const b = seededUniform(5);
    const first = a();
    a();
    a();
    expect(b()).toBe(first);
  });
});

describe('normal', () => {
  it('has mean 0 and variance 1', () => {
    const u = seededUniform(99);
    const xs = Array.from({ length: 20_000 }, () => normal(u));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(variance).toBeGreaterThan(0.95);
    expect(variance).toBeLessThan(1.05);
    // About 68% within one standard deviation.
    const within = xs.filter((x) => Math.abs(x) < 1).length / xs.length;
    expect(within).toBeCloseTo(0.6827, 1);
  });

  it('uses two uniforms per draw and is deterministic for a given source', () => {
    let calls = 0;
    const u = seededUniform(3);
    const counted = () => {
      calls++;
      return u();
    };
    normal(counted);
    expect(calls).toBe(2);
    const a = seededUniform(11);
    const b = seededUniform(11);
    expect([normal(a), normal(a)]).toEqual([normal(b), normal(b)]);
  });

  it('never takes the log of 0, whatever the uniform returns', () => {
    expect(normal(() => 0) === 0).toBe(true); // √(−2 ln 1) = 0
    expect(Number.isFinite(normal(() => 1 - 2 ** -53))).toBe(true);
  });

  it('follows Box–Muller on known uniforms', () => {
    const values = [0.5, 0];
    let i = 0;
    const u = () => values[i++] as number;
    // u1 = 1 − 0.5, cos(0) = 1 → √(−2 ln 0.5)
    expect(normal(u)).toBeCloseTo(Math.sqrt(2 * Math.LN2), 12);
  });
});

describe('hashSeed', () => {
  it('is 32-bit FNV-1a (known test vectors)', () => {
    expect(hashSeed('')).toBe(0x811c9dc5);
    expect(hashSeed('a')).toBe(0xe40c292c);
    expect(hashSeed('foobar')).toBe(0xbf9cf968);
  });

  it('is deterministic, unsigned and spreads similar ids apart', () => {
    const ids = ['item-1', 'item-2', 'item-3', 'student-1', 'student-2', '机车', 'ÄÖÜ'];
    const hashes = ids.map(hashSeed);
    expect(ids.map(hashSeed)).toEqual(hashes);
    for (const h of hashes) {
      expect(Number.isInteger(h)).toBe(true);
      expect(h).toBeGreaterThanOrEqual(0);
      expect(h).toBeLessThan(2 ** 32);
    }
    expect(new Set(hashes).size).toBe(ids.length);
  });

  it('seeds distinct generators for distinct ids', () => {
    expect(seededUniform(hashSeed('a'))()).not.toBe(seededUniform(hashSeed('b'))());
  });
});

describe('seededShuffle', () => {
  const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

  it('returns a permutation of its input, as a new array', () => {
    const input = Object.freeze([...letters]);
    const out = seededShuffle(7)(input);
    expect(out).not.toBe(input);
    expect([...out].sort()).toEqual(letters);
    expect(input).toEqual(letters);
  });

  it('gives the same order for the same seed, every call', () => {
    const shuffle = seededShuffle(7);
    expect(shuffle(letters)).toEqual(shuffle(letters));
    expect(seededShuffle(7)(letters)).toEqual(shuffle(letters));
  });

  it('gives different orders for different seeds', () => {
    const orders = new Set(Array.from({ length: 20 }, (_, seed) => seededShuffle(seed)(letters).join('')));
    expect(orders.size).toBeGreaterThan(15);
  });

  it('handles empty and one-element arrays', () => {
    expect(seededShuffle(1)([])).toEqual([]);
    expect(seededShuffle(1)(['x'])).toEqual(['x']);
  });

  it('puts every element in every place about equally often', () => {
    // 3 elements, 3 000 seeds: each element lands in each position about 1 000 times.
    const counts = new Map<string, number>();
    for (let seed = 0; seed < 3000; seed++)
      seededShuffle(seed)(['a', 'b', 'c']).forEach((x, i) => {
        counts.set(`${x}${i}`, (counts.get(`${x}${i}`) ?? 0) + 1);
      });
    expect(counts.size).toBe(9);
    for (const n of counts.values()) expect(Math.abs(n - 1000)).toBeLessThan(120);
  });
});
