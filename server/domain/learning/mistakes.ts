/**
 * The mistakes notebook: an item enters when answered wrong and leaves only after correct recalls spread over
 * time: `MISTAKES.recallsToLeave` right answers, each at least `MISTAKES.minGapMs` after the mistake or the
 * previous recall that counted. A right answer minutes after the mistake proves short-term memory, not
 * learning, so it does not count; a new mistake starts over.
 */
export type MistakeEntry = { since: number; recalls: number; lastCountedAt: number };

export const MISTAKES = { recallsToLeave: 2, minGapMs: 20 * 3_600_000 } as const;

/**
 * The notebook entry of one item after an answer at `at`; null when the item is not (or no longer) in it.
 * @example noteAnswer(null, false, t) // { since: t, recalls: 0, lastCountedAt: t }
 */
export function noteAnswer(entry: MistakeEntry | null, correct: boolean, at: number): MistakeEntry | null {
  if (!correct) return { since: at, recalls: 0, lastCountedAt: at };
  if (!entry || at - entry.lastCountedAt < MISTAKES.minGapMs) return entry;
  const recalls = entry.recalls + 1;
  return recalls >= MISTAKES.recallsToLeave ? null : { ...entry, recalls, lastCountedAt: at };
}

/** Whether a right answer now would count as a recall (the notebook shows these first). */
export function recallCounts(entry: MistakeEntry, at: number): boolean {
  return at - entry.lastCountedAt >= MISTAKES.minGapMs;
}
