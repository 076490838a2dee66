import { describe, expect, it } from 'vitest';
import { MISTAKES, type MistakeEntry, noteAnswer, recallCounts } from './mistakes.js';

const T0 = Date.UTC(2026, 2, 1, 9);
const MINUTE = 60_000;
const HOUR = 3_600_000;
const GAP = MISTAKES.minGapMs;

describe('MISTAKES', () => {
  it('needs two recalls spread at least 20 hours apart', () => {
    expect(MISTAKES.recallsToLeave).toBe(2);
    expect(MISTAKES.minGapMs).toBe(20 * HOUR);
  });
});

describe('noteAnswer', () => {
  it('enters an item on a wrong answer', () => {
    expect(noteAnswer(null, false, T0)).toEqual({ since: T0, recalls: 0, lastCountedAt: T0 });
  });

  it('leaves an item that is not in the notebook out on a right answer', () => {
    expect(noteAnswer(null, true, T0)).toBeNull();
  });

  it('does not count a right answer minutes after the mistake', () => {
    const entry = noteAnswer(null, false, T0);
    expect(noteAnswer(entry, true, T0 + 5 * MINUTE)).toEqual(entry);
    expect(noteAnswer(entry, true, T0 + GAP - 1)).toEqual(entry);
  });

  it('counts a right answer at least minGap after the mistake', () => {
    const entry = noteAnswer(null, false, T0);
    expect(noteAnswer(entry, true, T0 + GAP)).toEqual({ since: T0, recalls: 1, lastCountedAt: T0 + GAP });
    expect(noteAnswer(entry, true, T0 + 3 * GAP)).toEqual({ since: T0, recalls: 1, lastCountedAt: T0 + 3 * GAP });
  });

  it('measures the gap from the previous counted recall, not from the mistake', () => {
    const first = noteAnswer(noteAnswer(null, false, T0), true, T0 + GAP);
    // 1.5 gaps after the mistake, but only half a gap after the counted recall: does not count.
    expect(noteAnswer(first, true, T0 + 1.5 * GAP)).toEqual(first);
  });

  it('lets the item leave after recallsToLeave counted recalls', () => {
    let entry: MistakeEntry | null = noteAnswer(null, false, T0);
    for (let i = 1; i < MISTAKES.recallsToLeave; i++) {
      entry = noteAnswer(entry, true, T0 + i * GAP);
      expect(entry).not.toBeNull();
      expect(entry?.recalls).toBe(i);
    }
    expect(noteAnswer(entry, true, T0 + MISTAKES.recallsToLeave * GAP)).toBeNull();
  });

  it('keeps the item in while right answers come too close together', () => {
    let entry: MistakeEntry | null = noteAnswer(null, false, T0);
    // A right answer every hour for two days: only the ones a full gap apart count.
    for (let h = 1; h < 40; h++) entry = noteAnswer(entry, true, T0 + h * HOUR);
    expect(entry).toEqual({ since: T0, recalls: 1, lastCountedAt: T0 + 20 * HOUR });
    expect(noteAnswer(entry, true, T0 + 40 * HOUR)).toBeNull();
  });

  it('starts over on a new mistake', () => {
    const recalled = noteAnswer(noteAnswer(null, false, T0), true, T0 + GAP);
    expect(recalled?.recalls).toBe(1);
    const again = T0 + GAP + 2 * HOUR;
    expect(noteAnswer(recalled, false, again)).toEqual({ since: again, recalls: 0, lastCountedAt: again });
  });

  it('is pure', () => {
    const entry = Object.freeze({ since: T0, recalls: 0, lastCountedAt: T0 });
    expect(noteAnswer(entry, true, T0 + GAP)).toEqual(noteAnswer(entry, true, T0 + GAP));
    expect(entry).toEqual({ since: T0, recalls: 0, lastCountedAt: T0 });
  });
});

describe('recallCounts', () => {
  const entry: MistakeEntry = { since: T0, recalls: 0, lastCountedAt: T0 };

  it('is false until minGap has passed since the last counted answer, true from then on', () => {
    expect(recallCounts(entry, T0)).toBe(false);
    expect(recallCounts(entry, T0 + GAP - 1)).toBe(false);
    expect(recallCounts(entry, T0 + GAP)).toBe(true);
    expect(recallCounts(entry, T0 + 10 * GAP)).toBe(true);
  });

  it('agrees with noteAnswer on whether a right answer counts', () => {
    for (const dt of [0, MINUTE, HOUR, GAP - 1, GAP, GAP + 1, 5 * GAP]) {
      const counted = noteAnswer(entry, true, T0 + dt) !== entry;
      expect(counted).toBe(recallCounts(entry, T0 + dt));
    }
  });
});
