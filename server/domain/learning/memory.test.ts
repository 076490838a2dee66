import { type Grade, Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { longestInterval, MEMORY_MODEL, type MemoryCard, ratingOf, recallProbability, review } from './memory.js';

const T0 = Date.UTC(2026, 0, 10, 9);
const DAY = 86_400_000;
const NO_EXAM = { retention: MEMORY_MODEL.retention.default, examDate: null };

/** A card reviewed on schedule: a new card answered Good, then Good each time it comes due. */
function matureCard(reviews = 4, opts = NO_EXAM): MemoryCard {
  let card = review(null, Rating.Good, T0, opts);
  for (let i = 0; i < reviews; i++) card = review(card, Rating.Good, card.due, opts);
  return card;
}

describe('ratingOf', () => {
  it.each([
    ['wrong', { correct: false, elapsedMs: 3_000, confidence: 'sure' as const }, Rating.Again],
    ['wrong and slow', { correct: false, elapsedMs: 120_000, confidence: null }, Rating.Again],
    [
      'right but unsure, even when fast',
      { correct: true, elapsedMs: 2_000, confidence: 'unsure' as const },
      Rating.Hard,
    ],
    ['right, sure but slow', { correct: true, elapsedMs: 61_000, confidence: 'sure' as const }, Rating.Hard],
    ['right, slow, no confidence given', { correct: true, elapsedMs: 90_000 }, Rating.Hard],
    ['right, sure and fast', { correct: true, elapsedMs: 5_000, confidence: 'sure' as const }, Rating.Easy],
    ['right, fast, no confidence given', { correct: true, elapsedMs: 5_000, confidence: null }, Rating.Good],
    ['right, fast, confidence undefined', { correct: true, elapsedMs: 5_000 }, Rating.Good],
    ['right, sure, medium speed', { correct: true, elapsedMs: 20_000, confidence: 'sure' as const }, Rating.Good],
  ])('%s', (_name, answer, expected) => {
    expect(ratingOf(answer)).toBe(expected);
  });

  it('has inclusive easy and exclusive hard thresholds', () => {
    const { easyWithinMs, hardAfterMs } = MEMORY_MODEL;
    expect(ratingOf({ correct: true, elapsedMs: easyWithinMs, confidence: 'sure' })).toBe(Rating.Easy);
    expect(ratingOf({ correct: true, elapsedMs: easyWithinMs + 1, confidence: 'sure' })).toBe(Rating.Good);
    expect(ratingOf({ correct: true, elapsedMs: hardAfterMs, confidence: 'sure' })).toBe(Rating.Good);
    expect(ratingOf({ correct: true, elapsedMs: hardAfterMs + 1, confidence: 'sure' })).toBe(Rating.Hard);
  });
});

describe('longestInterval', () => {
  it('is FSRS’s own limit without an exam, or once the exam has passed', () => {
    expect(longestInterval(T0, null)).toBe(36_500);
    expect(longestInterval(T0, T0)).toBe(36_500);
    expect(longestInterval(T0, T0 - DAY)).toBe(36_500);
  });

  it('is the whole days left before the exam, at least one', () => {
    expect(longestInterval(T0, T0 + 10 * DAY)).toBe(10);
    expect(longestInterval(T0, T0 + 10.9 * DAY)).toBe(10);
    expect(longestInterval(T0, T0 + 1.5 * DAY)).toBe(1);
    expect(longestInterval(T0, T0 + 0.5 * DAY)).toBe(1);
  });
});

describe('review', () => {
  const RATINGS: Grade[] = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];

  it('creates and schedules a new card on its first answer', () => {
    const card = review(null, Rating.Good, T0, NO_EXAM);
    expect(card.reps).toBe(1);
    expect(card.lapses).toBe(0);
    expect(card.lastReview).toBe(T0);
    expect(card.due).toBeGreaterThan(T0);
    expect(card.stability).toBeGreaterThan(0);
    expect(card.difficulty).toBeGreaterThanOrEqual(1);
    expect(card.difficulty).toBeLessThanOrEqual(10);
  });

  it('orders a new card’s first due time by rating', () => {
    const due = RATINGS.map((r) => review(null, r, T0, NO_EXAM).due);
    for (let i = 1; i < due.length; i++) expect(due[i]).toBeGreaterThan(due[i - 1] as number);
  });

  it('schedules in whole days, never within the session (no short-term learning steps)', () => {
    const mature = matureCard();
    for (const r of RATINGS) {
      const fresh = review(null, r, T0, NO_EXAM);
      const again = review(mature, r, mature.due, NO_EXAM);
      for (const [card, at] of [
        [fresh, T0],
        [again, mature.due],
      ] as const) {
        expect(card.state).toBe('review');
        expect(card.scheduledDays).toBeGreaterThanOrEqual(1);
        expect(card.due - at).toBe(card.scheduledDays * DAY);
      }
    }
  });

  it('grows the interval with each Good answer', () => {
    let card = review(null, Rating.Good, T0, NO_EXAM);
    let previous = card.scheduledDays;
    for (let i = 0; i < 4; i++) {
      card = review(card, Rating.Good, card.due, NO_EXAM);
      expect(card.scheduledDays).toBeGreaterThan(previous);
      previous = card.scheduledDays;
    }
    expect(card.reps).toBe(5);
  });

  it('pushes the due time further for a right answer than for a wrong one', () => {
    const card = matureCard();
    const at = card.due;
    const dueAfter = (r: Grade) => review(card, r, at, NO_EXAM).due;
    expect(dueAfter(Rating.Good)).toBeGreaterThan(dueAfter(Rating.Again));
    expect(dueAfter(Rating.Hard)).toBeGreaterThan(dueAfter(Rating.Again));
    expect(dueAfter(Rating.Easy)).toBeGreaterThan(dueAfter(Rating.Good));
    expect(dueAfter(Rating.Good)).toBeGreaterThan(dueAfter(Rating.Hard));
  });

  it('counts a lapse on a forgotten card and brings it back much sooner', () => {
    const card = matureCard();
    const lapsed = review(card, Rating.Again, card.due, NO_EXAM);
    const kept = review(card, Rating.Good, card.due, NO_EXAM);
    expect(lapsed.lapses).toBe(card.lapses + 1);
    expect(kept.lapses).toBe(card.lapses);
    expect(lapsed.stability).toBeLessThan(card.stability);
    expect(lapsed.scheduledDays * 10).toBeLessThan(kept.scheduledDays);
  });

  it('gives shorter intervals for a higher desired retention', () => {
    const safety = { retention: MEMORY_MODEL.retention.safety, examDate: null };
    const card = matureCard();
    const normal = review(card, Rating.Good, card.due, NO_EXAM);
    const strict = review(card, Rating.Good, card.due, safety);
    expect(strict.scheduledDays).toBeLessThan(normal.scheduledDays);
    expect(strict.due).toBeLessThan(normal.due);
    expect(review(null, Rating.Easy, T0, safety).scheduledDays).toBeLessThan(
      review(null, Rating.Easy, T0, NO_EXAM).scheduledDays,
    );
    expect(MEMORY_MODEL.retention.safety).toBeGreaterThan(MEMORY_MODEL.retention.default);
  });

  it('caps the interval at the whole days left before the exam', () => {
    const card = matureCard();
    const at = card.due;
    const exam = at + 5.5 * DAY;
    const free = review(card, Rating.Again, at, NO_EXAM);
    const capped = review(card, Rating.Again, at, { retention: 0.9, examDate: exam });
    expect(free.due).toBeGreaterThan(exam);
    expect(capped.scheduledDays).toBe(5);
    expect(capped.due).toBeLessThanOrEqual(exam);
  });

  it('leaves intervals that end before the exam alone', () => {
    const exam = T0 + 100 * DAY;
    for (const r of RATINGS)
      expect(review(null, r, T0, { retention: 0.9, examDate: exam })).toEqual(review(null, r, T0, NO_EXAM));
  });

  // ts-fsrs caps each interval, then spreads again < hard < good < easy by whole days, which can pass the cap
  // (mature card, exam 5.5 days away: 5, 6, 7, 8 days); review() enforces the exam date itself.
  it('never schedules the next review after the exam, whatever the rating', () => {
    const card = matureCard();
    const at = card.due;
    for (const r of RATINGS) {
      expect(review(card, r, at, { retention: 0.9, examDate: at + 5.5 * DAY }).due).toBeLessThanOrEqual(at + 5.5 * DAY);
      expect(review(null, r, T0, { retention: 0.9, examDate: T0 + 3.5 * DAY }).due).toBeLessThanOrEqual(T0 + 3.5 * DAY);
    }
  });

  it('round-trips through plain JSON: reviewing a serialised card gives the same card', () => {
    let card: MemoryCard | null = null;
    let plain: MemoryCard | null = null;
    let at = T0;
    for (const r of [Rating.Good, Rating.Good, Rating.Again, Rating.Good, Rating.Hard, Rating.Easy] as Grade[]) {
      card = review(card, r, at, NO_EXAM);
      plain = review(plain === null ? null : JSON.parse(JSON.stringify(plain)), r, at, NO_EXAM);
      expect(plain).toEqual(card);
      for (const key of ['due', 'stability', 'difficulty', 'scheduledDays', 'learningSteps', 'reps', 'lapses'] as const)
        expect(typeof card[key]).toBe('number');
      expect(typeof card.lastReview).toBe('number');
      at = card.due;
    }
  });

  it('is deterministic (no fuzz) and does not mutate the card', () => {
    const card = Object.freeze(matureCard());
    const copy = { ...card };
    expect(review(card, Rating.Good, card.due, NO_EXAM)).toEqual(review(card, Rating.Good, card.due, NO_EXAM));
    expect(card).toEqual(copy);
  });
});

describe('recallProbability', () => {
  it('is 1 for a card never reviewed', () => {
    const fresh: MemoryCard = {
      due: T0,
      stability: 0,
      difficulty: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 0,
      lapses: 0,
      state: 'new',
      lastReview: null,
    };
    expect(recallProbability(fresh, T0 + 100 * DAY)).toBe(1);
    expect(recallProbability({ ...fresh, state: 'review', stability: 3, difficulty: 5 }, T0 + 100 * DAY)).toBe(1);
  });

  it('decreases with time since the last review', () => {
    const card = matureCard(2);
    const last = card.lastReview as number;
    let previous = 1;
    for (const days of [1, 2, 5, 10, 30, 100, 1000]) {
      const r = recallProbability(card, last + days * DAY);
      expect(r).toBeLessThan(previous);
      expect(r).toBeGreaterThan(0);
      previous = r;
    }
  });

  it('is about the desired retention when a review card comes due', () => {
    const card = matureCard(3);
    expect(recallProbability(card, card.due)).toBeCloseTo(MEMORY_MODEL.retention.default, 1);
  });

  it('is lower for a less stable card at the same time', () => {
    const card = matureCard(3);
    const last = card.lastReview as number;
    expect(recallProbability({ ...card, stability: card.stability / 4 }, last + 10 * DAY)).toBeLessThan(
      recallProbability(card, last + 10 * DAY),
    );
  });

  it('counts elapsed time to the millisecond: recall falls smoothly through the day', () => {
    const card = matureCard(2);
    const last = card.lastReview as number;
    expect(recallProbability(card, last + 23 * 3_600_000)).toBeLessThan(1);
    expect(recallProbability(card, last + 1.9 * DAY)).toBeLessThan(recallProbability(card, last + DAY));
  });

  it('is the FSRS forgetting curve: recall equals the desired retention after one interval of stability', () => {
    // By FSRS's definition, R(t = S) = 0.9.
    const card = matureCard(5);
    expect(recallProbability(card, (card.lastReview as number) + card.stability * DAY)).toBeCloseTo(0.9, 6);
  });
});
