import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { type AbilityBelief, type Learner, newLearner, successProbability, topicAbility } from './learner-model.js';
import { type MemoryCard, recallProbability, review } from './memory.js';
import type { MistakeEntry } from './mistakes.js';
import {
  type Candidate,
  learningValue,
  PRACTICE_MODES,
  type PracticeMode,
  SELECTION,
  type Seen,
  type SelectionContext,
  selectNext,
} from './selection.js';

const AT = Date.UTC(2026, 3, 15, 10);
const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** An item; difficulty 0 is in the target band for nobody in particular, so tests set it where it matters. */
const cand = (id: string, over: Partial<Candidate> = {}): Candidate => ({
  id,
  topicId: 'brakes',
  subjects: ['rules'],
  difficulty: { mean: 0, variance: 0.4 },
  guess: 0,
  order: 0,
  ...over,
});

const ctx = (over: Partial<SelectionContext> = {}): SelectionContext => ({
  mode: 'adaptive',
  at: AT,
  seed: 1,
  candidates: [],
  learner: newLearner(AT - 30 * DAY),
  weights: null,
  seen: new Map(),
  recent: [],
  flagged: new Set(),
  ...over,
});

/** A review card last reviewed `daysAgo` days ago and due `dueIn` ms from AT (negative: overdue). */
const card = (over: Partial<MemoryCard> = {}): MemoryCard => ({
  due: AT - DAY,
  stability: 2,
  difficulty: 5,
  scheduledDays: 2,
  learningSteps: 0,
  reps: 4,
  lapses: 0,
  state: 'review',
  lastReview: AT - 10 * DAY,
  ...over,
});
/** An overdue review card whose recall is well below 0.9. */
const dueCard = (stability = 2) => card({ stability });
/** A card not due for a week. */
const notDueCard = () => card({ due: AT + 7 * DAY, stability: 30, lastReview: AT - 2 * DAY });

const seen = (over: Partial<Seen> = {}): Seen => ({
  lastAnsweredAt: AT - 2 * DAY,
  card: notDueCard(),
  retention: 0.9,
  mistake: null,
  ...over,
});
const mistake = (lastCountedAt: number): MistakeEntry => ({ since: lastCountedAt, recalls: 0, lastCountedAt });

/** The difficulty at which a new student's predicted success in a fresh topic is `p` (no guessing). */
function difficultyFor(p: number, learner: Learner = newLearner(AT)): number {
  const a = topicAbility(learner, 'brakes', AT);
  const k = 1 / Math.sqrt(1 + (Math.PI * (a.variance + 0.4)) / 8);
  return a.mean - Math.log(p / (1 - p)) / k;
}
const GOOD = difficultyFor(0.725);
const TOO_EASY = difficultyFor(0.97);
const TOO_HARD = difficultyFor(0.2);

describe('constants', () => {
  it('lists the practice modes', () => {
    expect(PRACTICE_MODES).toEqual([
      'adaptive',
      'topic',
      'subject',
      'sequential',
      'mistakes',
      'reviews',
      'flagged',
      'sprint',
    ]);
  });

  it('designs the test items at the predicted success rates they are named for', () => {
    const p = (mean: number) =>
      successProbability(
        topicAbility(newLearner(AT), 'brakes', AT),
        cand('x', { difficulty: { mean, variance: 0.4 } }),
      );
    expect(p(GOOD)).toBeCloseTo(0.725, 10);
    expect(p(TOO_EASY)).toBeCloseTo(0.97, 10);
    expect(p(TOO_HARD)).toBeCloseTo(0.2, 10);
  });
});

describe('learningValue', () => {
  it('peaks at the target success rate', () => {
    expect(learningValue(SELECTION.targetSuccess.peak)).toBe(1);
    expect(learningValue(0.5)).toBeLessThan(1);
    expect(learningValue(0.95)).toBeLessThan(1);
  });

  it('is a bell: symmetric, falling away from the peak', () => {
    const { peak, width } = SELECTION.targetSuccess;
    expect(learningValue(peak - 0.1)).toBeCloseTo(learningValue(peak + 0.1), 12);
    expect(learningValue(peak + width)).toBeCloseTo(Math.exp(-0.5), 12);
    let previous = 1;
    for (const p of [0.75, 0.8, 0.85, 0.9, 0.95, 1]) {
      expect(learningValue(p)).toBeLessThan(previous);
      previous = learningValue(p);
    }
  });

  it('values the 60–85% band over too easy and too hard', () => {
    for (const good of [0.6, 0.7, 0.8, 0.85])
      for (const bad of [0.05, 0.3, 0.45, 0.97, 1]) expect(learningValue(good)).toBeGreaterThan(learningValue(bad));
  });
});

describe('empty selections', () => {
  const emptyReason: Record<PracticeMode, string> = {
    adaptive: 'no-items',
    topic: 'no-items',
    subject: 'no-items',
    sequential: 'no-items',
    sprint: 'no-items',
    mistakes: 'no-mistakes-due',
    reviews: 'no-reviews-due',
    flagged: 'no-flags',
  };

  it.each(PRACTICE_MODES)('%s mode with no candidates: no-items', (mode) => {
    expect(selectNext(ctx({ mode }))).toEqual({ itemId: null, reason: 'no-items' });
  });

  it.each(PRACTICE_MODES)('%s mode with candidates but nothing to do', (mode) => {
    const candidates = [cand('a', { topicId: 'signals' })];
    // The scope leaves nothing for topic and subject modes; the lists are empty for the others.
    const scope = mode === 'topic' ? { topicId: 'brakes' } : mode === 'subject' ? { subjectId: 'traction' } : undefined;
    const chosen = selectNext(ctx({ mode, candidates, ...(scope ? { scope } : {}) }));
    if (emptyReason[mode] === 'no-items' && !scope) expect(chosen.itemId).toBe('a');
    else expect(chosen).toEqual({ itemId: null, reason: emptyReason[mode] });
  });
});

describe('scope', () => {
  const candidates = [
    cand('b1', { topicId: 'brakes', subjects: ['rules'] }),
    cand('s1', { topicId: 'signals', subjects: ['rules', 'traction'] }),
    cand('m1', { topicId: 'motors', subjects: ['traction'] }),
  ];

  it('restricts to a topic', () => {
    for (const seed of [1, 2, 3]) {
      expect(selectNext(ctx({ mode: 'topic', seed, candidates, scope: { topicId: 'signals' } })).itemId).toBe('s1');
    }
  });

  it('restricts to a subject', () => {
    const ids = new Set<string | null>();
    for (let seed = 0; seed < 30; seed++)
      ids.add(selectNext(ctx({ mode: 'subject', seed, candidates, scope: { subjectId: 'traction' } })).itemId);
    expect([...ids].every((id) => id === 's1' || id === 'm1')).toBe(true);
  });

  it('combines topic and subject, and narrows every mode', () => {
    expect(selectNext(ctx({ candidates, scope: { topicId: 'signals', subjectId: 'traction' } })).itemId).toBe('s1');
    expect(selectNext(ctx({ candidates, scope: { topicId: 'brakes', subjectId: 'traction' } }))).toEqual({
      itemId: null,
      reason: 'no-items',
    });
    const flagged = new Set(['b1', 'm1']);
    expect(selectNext(ctx({ mode: 'flagged', candidates, flagged, scope: { subjectId: 'traction' } })).itemId).toBe(
      'm1',
    );
    expect(selectNext(ctx({ mode: 'sequential', candidates, scope: { topicId: 'motors' } })).itemId).toBe('m1');
  });

  it('does not serve a due review from outside the scope', () => {
    const s = new Map([['b1', seen({ card: dueCard(), lastAnsweredAt: AT - 10 * DAY })]]);
    const chosen = selectNext(ctx({ candidates, seen: s, scope: { topicId: 'signals' } }));
    expect(chosen).toEqual({ itemId: 's1', reason: 'learn' });
  });
});

describe('reviews', () => {
  it('serves due reviews first in adaptive mode, even over a perfect new item', () => {
    const candidates = [cand('new', { difficulty: { mean: GOOD, variance: 0.4 } }), cand('old', { order: 5 })];
    const s = new Map([['old', seen({ card: dueCard(), lastAnsweredAt: AT - 10 * DAY })]]);
    for (const mode of ['adaptive', 'topic', 'subject', 'sprint'] as const)
      expect(selectNext(ctx({ mode, candidates, seen: s }))).toEqual({ itemId: 'old', reason: 'review' });
  });

  it('serves the review most at risk first, then by syllabus order', () => {
    const candidates = [cand('a', { order: 1 }), cand('b', { order: 2 }), cand('c', { order: 3 })];
    const s = new Map([
      ['a', seen({ card: dueCard(3) })],
      ['b', seen({ card: dueCard(1) })],
      ['c', seen({ card: dueCard(1) })],
    ]);
    expect(recallProbability(dueCard(1), AT)).toBeLessThan(recallProbability(dueCard(3), AT));
    expect(selectNext(ctx({ mode: 'reviews', candidates, seen: s }))).toEqual({ itemId: 'b', reason: 'review' });
    // b answered five minutes ago: c comes first.
    const later = new Map([...s, ['b', seen({ card: dueCard(1), lastAnsweredAt: AT - 5 * MINUTE })]]);
    expect(selectNext(ctx({ mode: 'reviews', candidates, seen: later })).itemId).toBe('c');
  });

  it('waits only for the time rule, not for other answers in between', () => {
    const candidates = [cand('a'), cand('b', { difficulty: { mean: GOOD, variance: 0.4 } })];
    const s = (ago: number) => new Map([['a', seen({ card: dueCard(), lastAnsweredAt: AT - ago })]]);
    // Answered a few items ago (still within noRepeatAnswers) but more than noRepeatMs ago: served.
    expect(selectNext(ctx({ mode: 'reviews', candidates, seen: s(SELECTION.noRepeatMs), recent: ['b', 'a'] }))).toEqual(
      {
        itemId: 'a',
        reason: 'review',
      },
    );
    expect(
      selectNext(ctx({ mode: 'adaptive', candidates, seen: s(SELECTION.noRepeatMs), recent: ['b', 'a'] })),
    ).toEqual({
      itemId: 'a',
      reason: 'review',
    });
    expect(selectNext(ctx({ mode: 'reviews', candidates, seen: s(SELECTION.noRepeatMs - 1) })).reason).toBe(
      'no-reviews-due',
    );
  });

  it('does not serve a card before it is due', () => {
    const candidates = [cand('a')];
    const s = new Map([['a', seen({ card: card({ due: AT + HOUR, stability: 1, lastReview: AT - 10 * DAY }) })]]);
    expect(selectNext(ctx({ mode: 'reviews', candidates, seen: s }))).toEqual({
      itemId: null,
      reason: 'no-reviews-due',
    });
    expect(selectNext(ctx({ mode: 'adaptive', candidates, seen: s })).reason).toBe('learn');
  });

  it('serves a card from its FSRS due date (where recall reaches the retention), the most at risk first', () => {
    const c = review(null, Rating.Easy, AT - 10 * DAY, { retention: 0.9, examDate: null });
    const candidates = [cand('a')];
    const at = (t: number) =>
      selectNext(
        ctx({
          mode: 'reviews',
          at: t,
          candidates,
          seen: new Map([['a', seen({ card: c, lastAnsweredAt: c.lastReview as number })]]),
        }),
      );
    expect(at(c.due - 1)).toEqual({ itemId: null, reason: 'no-reviews-due' });
    expect(at(c.due)).toEqual({ itemId: 'a', reason: 'review' });
  });

  it('orders due reviews by recall: the most forgotten first', () => {
    const candidates = [cand('fresh'), cand('stale')];
    const fresh = card({ due: AT - HOUR, stability: 30, lastReview: AT - 4 * DAY });
    const stale = card({ due: AT - HOUR, stability: 2, lastReview: AT - 6 * DAY });
    expect(recallProbability(stale, AT)).toBeLessThan(recallProbability(fresh, AT));
    const s = new Map([
      ['fresh', seen({ card: fresh })],
      ['stale', seen({ card: stale })],
    ]);
    expect(selectNext(ctx({ mode: 'reviews', candidates, seen: s }))).toEqual({ itemId: 'stale', reason: 'review' });
  });

  it('does not serve a due review answered too recently', () => {
    const candidates = [cand('a'), cand('b')];
    const s = new Map([['a', seen({ card: dueCard(), lastAnsweredAt: AT - 5 * MINUTE })]]);
    expect(selectNext(ctx({ mode: 'reviews', candidates, seen: s })).reason).toBe('no-reviews-due');
    expect(selectNext(ctx({ mode: 'adaptive', candidates, seen: s }))).toEqual({ itemId: 'b', reason: 'learn' });
  });
});

describe('no repeats', () => {
  const { noRepeatAnswers, noRepeatMs } = SELECTION;
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `other-${i}`);
  const best = cand('best', { difficulty: { mean: GOOD, variance: 0.4 } });
  const worse = cand('worse', { difficulty: { mean: TOO_EASY, variance: 0.4 } });

  it('picks the best item when nothing was answered', () => {
    expect(selectNext(ctx({ candidates: [worse, best] })).itemId).toBe('best');
  });

  it('does not bring an item back within noRepeatAnswers answers', () => {
    for (const index of [0, 5, noRepeatAnswers - 1]) {
      const recent = [...filler(index), 'best'];
      expect(selectNext(ctx({ candidates: [worse, best], recent })).itemId).toBe('worse');
    }
    const recent = [...filler(noRepeatAnswers), 'best'];
    expect(selectNext(ctx({ candidates: [worse, best], recent })).itemId).toBe('best');
  });

  it('does not bring an item back within noRepeatMs', () => {
    const s = (ago: number) =>
      new Map([
        ['best', seen({ lastAnsweredAt: AT - ago })],
        ['worse', seen({ lastAnsweredAt: AT - DAY })],
      ]);
    expect(selectNext(ctx({ candidates: [worse, best], seen: s(noRepeatMs - 1) })).itemId).toBe('worse');
    expect(selectNext(ctx({ candidates: [worse, best], seen: s(noRepeatMs) })).itemId).toBe('best');
  });

  it('repeats an item when nothing else is left, the least recently answered first', () => {
    expect(selectNext(ctx({ candidates: [best], recent: ['best'] }))).toEqual({ itemId: 'best', reason: 'learn' });
    const s = new Map([
      ['best', seen({ lastAnsweredAt: AT - 1 * MINUTE })],
      ['worse', seen({ lastAnsweredAt: AT - 3 * MINUTE })],
    ]);
    expect(selectNext(ctx({ candidates: [best, worse], seen: s, recent: ['best', 'worse'] })).itemId).toBe('worse');
  });
});

describe('adaptive choice', () => {
  const item = (id: string, mean: number, over: Partial<Candidate> = {}) =>
    cand(id, { difficulty: { mean, variance: 0.4 }, ...over });

  it('prefers an item in the 60–85% band over too easy and too hard ones', () => {
    const candidates = [item('easy', TOO_EASY), item('hard', TOO_HARD), item('good', GOOD)];
    for (let seed = 0; seed < 20; seed++)
      expect(selectNext(ctx({ seed, candidates }))).toEqual({ itemId: 'good', reason: 'learn' });
  });

  it('picks the item whose predicted success is closest to the target', () => {
    const candidates = [0.5, 0.62, 0.74, 0.9].map((p, i) => item(`p${i}`, difficultyFor(p)));
    expect(selectNext(ctx({ candidates })).itemId).toBe('p2');
  });

  it('interleaves: after answers in topic A, an otherwise equal item in topic B wins', () => {
    const answeredA = ['a1', 'a2', 'a3'].map((id) => item(id, GOOD, { topicId: 'A' }));
    const nextA = item('a4', GOOD, { topicId: 'A' });
    const nextB = item('b1', GOOD, { topicId: 'B' });
    for (const candidates of [
      [...answeredA, nextA, nextB],
      [...answeredA, nextB, nextA],
    ])
      for (let seed = 0; seed < 10; seed++) {
        expect(selectNext(ctx({ seed, candidates, recent: ['a3', 'a2', 'a1'] })).itemId).toBe('b1');
        expect(selectNext(ctx({ seed, candidates, recent: ['a3'] })).itemId).toBe('b1');
      }
  });

  it('only looks at the last recentTopicWindow answers for interleaving', () => {
    const answered = [
      item('b0', GOOD, { topicId: 'B' }),
      ...['a1', 'a2', 'a3'].map((id) => item(id, GOOD, { topicId: 'A' })),
    ];
    const candidates = [...answered, item('a4', GOOD, { topicId: 'A' }), item('b1', GOOD, { topicId: 'B' })];
    // Topic B was practised four answers ago, beyond the window of three: only A counts.
    expect(selectNext(ctx({ candidates, recent: ['a3', 'a2', 'a1', 'b0'] })).itemId).toBe('b1');
    // B twice in the window, A once: A wins.
    const recentB = [...candidates, item('b2', GOOD, { topicId: 'B' })];
    const chosen = selectNext(ctx({ candidates: recentB, recent: ['b2', 'a3', 'b0'] })).itemId;
    expect(recentB.find((c) => c.id === chosen)?.topicId).toBe('A');
  });

  it('is steered by the topic weights', () => {
    const candidates = [item('a', GOOD, { topicId: 'A' }), item('b', GOOD, { topicId: 'B' })];
    const weighs = (a: number, b: number) =>
      selectNext(
        ctx({
          candidates,
          weights: new Map([
            ['A', a],
            ['B', b],
          ]),
        }),
      ).itemId;
    expect(weighs(1, 0.2)).toBe('a');
    expect(weighs(0.2, 1)).toBe('b');
  });

  it('lets weight outweigh a better success rate, but not without limit', () => {
    const candidates = [item('heavy', difficultyFor(0.9), { topicId: 'A' }), item('light', GOOD, { topicId: 'B' })];
    const w = (b: number) =>
      new Map([
        ['A', 1],
        ['B', b],
      ]);
    // learningValue(0.9) ≈ 0.35
    expect(selectNext(ctx({ candidates, weights: w(0.1) })).itemId).toBe('heavy');
    expect(selectNext(ctx({ candidates, weights: w(0.9) })).itemId).toBe('light');
  });

  it('gives topics the exam barely depends on a floor of the top weight', () => {
    // A weighs everything but only has a hopeless item (learningValue ≈ 0.002); B weighs 0 but is perfect.
    const candidates = [item('a', TOO_HARD, { topicId: 'A' }), item('b', GOOD, { topicId: 'B' })];
    const weights = new Map([
      ['A', 1],
      ['B', 0],
    ]);
    expect(learningValue(0.2) * 1).toBeLessThan(SELECTION.weightFloor);
    expect(selectNext(ctx({ candidates, weights })).itemId).toBe('b');
    // A topic missing from the weights gets the floor too.
    expect(selectNext(ctx({ candidates, weights: new Map([['A', 1]]) })).itemId).toBe('b');
  });

  it('explores: prefers the topic the model knows least about, other things equal', () => {
    const known: AbilityBelief = { mean: 0, variance: 0.01, answers: 80, updatedAt: AT };
    const learner: Learner = {
      overall: { mean: 0, variance: 0.05, answers: 100, updatedAt: AT },
      topics: { A: known },
    };
    // θ = b in both topics: p = 0.5 whatever the uncertainty, so only the exploration bonus differs.
    const candidates = [item('a', 0, { topicId: 'A' }), item('b', 0, { topicId: 'B' })];
    for (let seed = 0; seed < 10; seed++) expect(selectNext(ctx({ seed, candidates, learner })).itemId).toBe('b');
  });

  it('prefers a new item over one already seen (and not due)', () => {
    const candidates = [item('seen', GOOD), item('fresh', difficultyFor(0.6))];
    const s = new Map([['seen', seen()]]);
    expect(selectNext(ctx({ candidates })).itemId).toBe('seen');
    expect(selectNext(ctx({ candidates, seen: s })).itemId).toBe('fresh');
  });

  it('uses the student’s beliefs: a stronger student gets harder items', () => {
    const candidates = [-1, 0, 1, 2, 3].map((d) => item(`d${d}`, d));
    const strong: Learner = { overall: { mean: 2.5, variance: 0.1, answers: 200, updatedAt: AT }, topics: {} };
    const weak: Learner = { overall: { mean: -1, variance: 0.1, answers: 200, updatedAt: AT }, topics: {} };
    const pick = (learner: Learner) => {
      const id = selectNext(ctx({ candidates, learner })).itemId;
      return candidates.find((c) => c.id === id)?.difficulty.mean ?? Number.NaN;
    };
    expect(pick(strong)).toBeGreaterThan(pick(weak));
  });

  it('is deterministic for a given seed', () => {
    const candidates = Array.from({ length: 12 }, (_, i) => item(`i${i}`, GOOD, { topicId: `t${i % 3}`, order: i }));
    const c = ctx({ seed: 42, candidates, recent: ['i0'] });
    const first = selectNext(c);
    for (let i = 0; i < 5; i++) expect(selectNext(c)).toEqual(first);
  });

  it('breaks ties between equal items by seed, not bank order', () => {
    const candidates = Array.from({ length: 8 }, (_, i) => item(`i${i}`, GOOD, { order: i }));
    const picks = new Set<string | null>();
    for (let seed = 0; seed < 40; seed++) picks.add(selectNext(ctx({ seed, candidates })).itemId);
    expect(picks.size).toBeGreaterThan(3);
  });

  it('does not mutate its context', () => {
    const candidates = [item('a', GOOD), item('b', TOO_EASY)];
    const s = new Map([['a', seen({ card: dueCard() })]]);
    const c = ctx({ candidates, seen: s, recent: ['b'], flagged: new Set(['a']) });
    const snapshot = structuredClone(c);
    selectNext(c);
    expect(c).toEqual(snapshot);
  });
});

describe('sequential mode', () => {
  // Listed out of syllabus order on purpose.
  const candidates = [cand('c3', { order: 3 }), cand('c1', { order: 1 }), cand('c2', { order: 2 })];

  it('follows the syllabus order, skipping items already seen', () => {
    expect(selectNext(ctx({ mode: 'sequential', candidates }))).toEqual({ itemId: 'c1', reason: 'sequential' });
    const s = new Map([['c1', seen()]]);
    expect(selectNext(ctx({ mode: 'sequential', candidates, seen: s })).itemId).toBe('c2');
  });

  it('ignores how good an item would be for the student', () => {
    const list = [
      cand('first', { order: 1, difficulty: { mean: TOO_HARD, variance: 0.4 } }),
      cand('second', { order: 2, difficulty: { mean: GOOD, variance: 0.4 } }),
    ];
    expect(selectNext(ctx({ mode: 'sequential', candidates: list })).itemId).toBe('first');
  });

  it('cycles by least recently answered once everything is seen', () => {
    const s = new Map([
      ['c1', seen({ lastAnsweredAt: AT - 1 * HOUR })],
      ['c2', seen({ lastAnsweredAt: AT - 3 * HOUR })],
      ['c3', seen({ lastAnsweredAt: AT - 2 * HOUR })],
    ]);
    expect(selectNext(ctx({ mode: 'sequential', candidates, seen: s })).itemId).toBe('c2');
    // c2 just answered (in `recent`): the next least recent.
    expect(selectNext(ctx({ mode: 'sequential', candidates, seen: s, recent: ['c2'] })).itemId).toBe('c3');
  });

  it('repeats the least recent item when every item is too soon', () => {
    const s = new Map([
      ['c1', seen({ lastAnsweredAt: AT - 1 * MINUTE })],
      ['c2', seen({ lastAnsweredAt: AT - 3 * MINUTE })],
      ['c3', seen({ lastAnsweredAt: AT - 2 * MINUTE })],
    ]);
    expect(selectNext(ctx({ mode: 'sequential', candidates, seen: s, recent: ['c1', 'c3', 'c2'] }))).toEqual({
      itemId: 'c2',
      reason: 'sequential',
    });
  });
});

describe('mistakes mode', () => {
  const candidates = [
    cand('m1', { order: 1 }),
    cand('m2', { order: 2 }),
    cand('m3', { order: 3 }),
    cand('ok', { order: 4 }),
  ];

  it('serves only items in the mistakes notebook', () => {
    const s = new Map([
      ['m2', seen({ mistake: mistake(AT - 2 * DAY) })],
      ['ok', seen()],
    ]);
    expect(selectNext(ctx({ mode: 'mistakes', candidates, seen: s }))).toEqual({ itemId: 'm2', reason: 'mistake' });
  });

  it('serves first a mistake whose recall would count, then the one not retried the longest', () => {
    const s = new Map([
      // Made an hour ago: a right answer now would not count.
      ['m1', seen({ lastAnsweredAt: AT - HOUR, mistake: mistake(AT - HOUR) })],
      // Made two days ago, recalled (counted) yesterday.
      [
        'm2',
        seen({ lastAnsweredAt: AT - 1 * DAY, mistake: { since: AT - 2 * DAY, recalls: 1, lastCountedAt: AT - DAY } }),
      ],
      // Made two days ago, not retried since.
      ['m3', seen({ lastAnsweredAt: AT - 2 * DAY, mistake: mistake(AT - 2 * DAY) })],
    ]);
    expect(selectNext(ctx({ mode: 'mistakes', candidates, seen: s })).itemId).toBe('m3');
    const onlyFresh = new Map([...s].filter(([id]) => id === 'm1'));
    expect(selectNext(ctx({ mode: 'mistakes', candidates, seen: onlyFresh })).itemId).toBe('m1');
  });

  it('lets a mistake just answered wrong again be retried at once', () => {
    const s = new Map([['m1', seen({ lastAnsweredAt: AT - MINUTE, mistake: mistake(AT - MINUTE) })]]);
    expect(selectNext(ctx({ mode: 'mistakes', candidates, seen: s, recent: ['m1'] }))).toEqual({
      itemId: 'm1',
      reason: 'mistake',
    });
  });

  it('rests a mistake just retried right for noRepeatMs', () => {
    const retried = (ago: number) =>
      new Map([['m1', seen({ lastAnsweredAt: AT - ago, mistake: mistake(AT - 2 * DAY) })]]);
    expect(selectNext(ctx({ mode: 'mistakes', candidates, seen: retried(5 * MINUTE), recent: ['m1'] }))).toEqual({
      itemId: null,
      reason: 'no-mistakes-due',
    });
    expect(
      selectNext(ctx({ mode: 'mistakes', candidates, seen: retried(SELECTION.noRepeatMs - 1) })).itemId,
    ).toBeNull();
    expect(selectNext(ctx({ mode: 'mistakes', candidates, seen: retried(SELECTION.noRepeatMs) })).itemId).toBe('m1');
  });

  it('serves another mistake while one rests', () => {
    const s = new Map([
      ['m1', seen({ lastAnsweredAt: AT - MINUTE, mistake: mistake(AT - 2 * DAY) })],
      ['m2', seen({ lastAnsweredAt: AT - HOUR, mistake: mistake(AT - HOUR) })],
    ]);
    expect(selectNext(ctx({ mode: 'mistakes', candidates, seen: s, recent: ['m1'] })).itemId).toBe('m2');
  });
});

describe('flagged mode', () => {
  const candidates = [cand('f1', { order: 1 }), cand('f2', { order: 2 }), cand('f3', { order: 3 })];

  it('serves flagged items, never-answered and least recent first, then by order', () => {
    const flagged = new Set(['f2', 'f3']);
    expect(selectNext(ctx({ mode: 'flagged', candidates, flagged }))).toEqual({ itemId: 'f2', reason: 'flagged' });
    const s = new Map([
      ['f2', seen({ lastAnsweredAt: AT - HOUR })],
      ['f3', seen({ lastAnsweredAt: AT - DAY })],
    ]);
    expect(selectNext(ctx({ mode: 'flagged', candidates, flagged, seen: s })).itemId).toBe('f3');
    const s2 = new Map([['f3', seen({ lastAnsweredAt: AT - DAY })]]);
    expect(selectNext(ctx({ mode: 'flagged', candidates, flagged, seen: s2 })).itemId).toBe('f2');
  });

  it('goes round and round: the item just answered goes to the back, a lone flag comes straight back', () => {
    const flagged = new Set(['f1', 'f2']);
    const s = new Map([
      ['f1', seen({ lastAnsweredAt: AT - MINUTE })],
      ['f2', seen({ lastAnsweredAt: AT - HOUR })],
    ]);
    expect(selectNext(ctx({ mode: 'flagged', candidates, flagged, seen: s, recent: ['f1'] })).itemId).toBe('f2');
    expect(selectNext(ctx({ mode: 'flagged', candidates, flagged: new Set(['f1']), seen: s, recent: ['f1'] }))).toEqual(
      { itemId: 'f1', reason: 'flagged' },
    );
  });

  it('ignores flags on items outside the candidates', () => {
    expect(selectNext(ctx({ mode: 'flagged', candidates, flagged: new Set(['gone']) })).reason).toBe('no-flags');
  });
});
