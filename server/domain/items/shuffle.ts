import type { Shuffle } from './question-kind.js';

/**
 * Shuffles `xs` with the seeded `shuffle`, but never returns an order that `revealsKey`: when the shuffle
 * happens to give one (it will, for some seeds, and always for the identity), the result is rotated by one.
 * Rotating an order that reveals a key of distinct ids never yields another that does, for the callers here.
 * @example shuffleHiding(['s1', 's2', 's3'], (xs) => [...xs], (xs) => xs[0] === 's1') // ['s2', 's3', 's1']
 */
export function shuffleHiding<T>(
  xs: readonly T[],
  shuffle: Shuffle,
  revealsKey: (order: readonly T[]) => boolean,
): T[] {
  const shuffled = shuffle(xs);
  if (shuffled.length < 2 || !revealsKey(shuffled)) return shuffled;
  return [...shuffled.slice(1), ...shuffled.slice(0, 1)];
}
