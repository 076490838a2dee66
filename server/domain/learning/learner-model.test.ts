import { describe, expect, it } from 'vitest';
import type { ItemKey } from '../items/item.js';
import {
  type AbilityBelief,
  type Belief,
  difficultyPrior,
  guessRate,
  type ItemParameters,
  LEARNER_MODEL,
  type Learner,
  mastery,
  newLearner,
  observe,
  offsetAt,
  overallAt,
  successProbability,
  topicAbility,
} from './learner-model.js';

const T0 = Date.UTC(2026, 0, 5, 8);
const DAY = 86_400_000;
const MINUTE = 60_000;
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

const item = (over: Partial<ItemParameters> = {}): ItemParameters => ({
  topicId: 'brakes',
  difficulty: difficultyPrior(0),
  guess: 0,
  ...over,
});
const ability = (mean: number, variance: number, answers = 10, updatedAt = T0): AbilityBelief => ({
  mean,
  variance,
  answers,
  updatedAt,
});
const learnerWith = (overall: AbilityBelief, topics: Record<string, AbilityBelief> = {}): Learner => ({
  overall,
  topics,
});

/** Answers `n` items of one topic in a row, a minute apart; returns the learner and the time after. */
function practise(learner: Learner, topicId: string, n: number, correct: boolean, from = T0) {
  let l = learner;
  let at = from;
  for (let i = 0; i < n; i++) {
    at = from + i * MINUTE;
    l = observe(l, item({ topicId }), correct, at).learner;
  }
  return { learner: l, at };
}

describe('parameters and priors', () => {
  it('starts a new student at the overall prior with no topics', () => {
    expect(newLearner(T0)).toEqual({ overall: { mean: 0, variance: 1, answers: 0, updatedAt: T0 }, topics: {} });
    expect(LEARNER_MODEL.overallPrior).toEqual({ mean: 0, variance: 1 });
  });

  it('turns the authored difficulty into a prior belief', () => {
    expect(difficultyPrior(-1)).toEqual({ mean: -1, variance: LEARNER_MODEL.itemPriorVariance });
    expect(difficultyPrior(0)).toEqual({ mean: 0, variance: 0.4 });
    expect(difficultyPrior(1)).toEqual({ mean: 1, variance: 0.4 });
  });

  it('gives every topic ability of a new student as overall prior plus topic prior', () => {
    expect(topicAbility(newLearner(T0), 'brakes-air', T0)).toEqual({ mean: 0, variance: 1.35 });
    expect(offsetAt(newLearner(T0), 'anything', T0 + DAY)).toEqual({
      mean: 0,
      variance: LEARNER_MODEL.topicPriorVariance,
      answers: 0,
      updatedAt: T0 + DAY,
    });
  });

  it('adds the overall level and the topic offset', () => {
    const l = learnerWith(ability(0.8, 0.2), { signals: ability(-0.3, 0.1) });
    const a = topicAbility(l, 'signals', T0);
    expect(a.mean).toBeCloseTo(0.5, 12);
    expect(a.variance).toBeCloseTo(0.3, 12);
  });
});

describe('guessRate', () => {
  const cases: [string, ItemKey, number][] = [
    ['single, 4 options', { kind: 'single', optionIds: ['a', 'b', 'c', 'd'], correct: 'a' }, 1 / 4],
    ['single, 3 options', { kind: 'single', optionIds: ['a', 'b', 'c'], correct: 'a' }, 1 / 3],
    [
      'multiple, 4 options',
      { kind: 'multiple', optionIds: ['a', 'b', 'c', 'd'], correct: ['a', 'b'], scoring: 'all-or-nothing' },
      1 / 15,
    ],
    [
      'multiple, 3 options',
      { kind: 'multiple', optionIds: ['a', 'b', 'c'], correct: ['a'], scoring: 'partial' },
      1 / 7,
    ],
    ['true/false', { kind: 'true_false', answer: true }, 1 / 2],
    ['fill in the blank', { kind: 'fill_blank', caseSensitive: false }, 0],
    ['numeric', { kind: 'numeric', answer: 3.5, tolerance: 0.1, unit: 'bar' }, 0],
    ['ordering', { kind: 'ordering', order: ['a', 'b', 'c'] }, 0],
    ['matching', { kind: 'matching', pairs: { p: 'a' }, answerIds: ['a', 'b'] }, 0],
    ['hotspot', { kind: 'hotspot', image: 'cab.png', regions: [{ x: 0, y: 0, w: 0.1, h: 0.1 }] }, 0],
  ];
  it.each(cases)('%s', (_name, key, expected) => {
    expect(guessRate(key)).toBeCloseTo(expected, 15);
  });
});

describe('drift', () => {
  it('grows the overall variance by driftPerDay per day', () => {
    const l = learnerWith(ability(0.5, 0.2));
    const later = overallAt(l, T0 + 10 * DAY);
    expect(later.variance).toBeCloseTo(0.2 + 10 * LEARNER_MODEL.driftPerDay.overall, 12);
    expect(later.mean).toBe(0.5);
    expect(later.answers).toBe(10);
    expect(later.updatedAt).toBe(T0 + 10 * DAY);
  });

  it('grows a topic offset variance faster than the overall one', () => {
    const l = learnerWith(ability(0, 0.2), { brakes: ability(0.1, 0.05) });
    const d = offsetAt(l, 'brakes', T0 + 5 * DAY);
    expect(d.variance).toBeCloseTo(0.05 + 5 * LEARNER_MODEL.driftPerDay.topic, 12);
    expect(d.mean).toBe(0.1);
  });

  it('is proportional to fractions of a day', () => {
    const l = learnerWith(ability(0, 0.2));
    expect(overallAt(l, T0 + DAY / 2).variance).toBeCloseTo(0.2 + 0.002, 12);
  });

  it('never grows a variance above its prior', () => {
    const l = learnerWith(ability(1, 0.2), { brakes: ability(0.3, 0.05) });
    expect(overallAt(l, T0 + 10_000 * DAY).variance).toBe(LEARNER_MODEL.overallPrior.variance);
    expect(offsetAt(l, 'brakes', T0 + 10_000 * DAY).variance).toBe(LEARNER_MODEL.topicPriorVariance);
    expect(topicAbility(l, 'brakes', T0 + 10_000 * DAY).variance).toBeCloseTo(1.35, 12);
  });

  it('does nothing for a time before the last update', () => {
    const l = learnerWith(ability(0, 0.2));
    expect(overallAt(l, T0 - 3 * DAY)).toEqual(l.overall);
  });

  it('increases monotonically with time', () => {
    const l = learnerWith(ability(0, 0.1), { brakes: ability(0, 0.02) });
    let previous = 0;
    for (const days of [0, 1, 7, 30, 90, 365, 1000]) {
      const v = topicAbility(l, 'brakes', T0 + days * DAY).variance;
      expect(v).toBeGreaterThanOrEqual(previous);
      previous = v;
    }
  });
});

describe('successProbability', () => {
  const exact: Belief = { mean: 0, variance: 0 };
  const known = (mean: number) => ({ mean, variance: 0 });

  it('is the guess floor plus the rest of a coin flip when ability equals difficulty', () => {
    expect(successProbability(exact, { difficulty: known(0), guess: 0.25 })).toBeCloseTo(0.625, 15);
    expect(successProbability(exact, { difficulty: known(0), guess: 0 })).toBeCloseTo(0.5, 15);
    expect(successProbability(known(2), { difficulty: known(2), guess: 0.5 })).toBeCloseTo(0.75, 15);
  });

  it('is c + (1 − c)·σ(θ − b) for known values', () => {
    // σ(ln 3) = 0.75
    expect(successProbability(known(Math.log(3)), { difficulty: known(0), guess: 0.25 })).toBeCloseTo(0.8125, 12);
    expect(successProbability(known(0), { difficulty: known(Math.log(3)), guess: 0 })).toBeCloseTo(0.25, 12);
    expect(successProbability(known(1), { difficulty: known(-1), guess: 0 })).toBeCloseTo(sigmoid(2), 12);
  });

  it('flattens the curve by 1/√(1 + πv/8) for uncertainty in ability and difficulty', () => {
    // v = 8/π: the logit is divided by √2, however v is shared between ability and item.
    const v = 8 / Math.PI;
    const expected = sigmoid(Math.log(3) / Math.SQRT2);
    expect(successProbability({ mean: Math.log(3), variance: v }, { difficulty: known(0), guess: 0 })).toBeCloseTo(
      expected,
      12,
    );
    expect(
      successProbability(
        { mean: Math.log(3), variance: v / 2 },
        { difficulty: { mean: 0, variance: v / 2 }, guess: 0 },
      ),
    ).toBeCloseTo(expected, 12);
  });

  it('pulls predictions toward the middle when uncertain, but never past it', () => {
    const sure = successProbability({ mean: 2, variance: 0 }, { difficulty: known(0), guess: 0 });
    const unsure = successProbability({ mean: 2, variance: 3 }, { difficulty: known(0), guess: 0 });
    expect(unsure).toBeLessThan(sure);
    expect(unsure).toBeGreaterThan(0.5);
  });

  it('rises with ability, from the guess floor towards 1', () => {
    const item = { difficulty: known(0), guess: 0.25 };
    let previous = 0;
    for (const mean of [-30, -3, -1, 0, 1, 3, 30]) {
      const p = successProbability({ mean, variance: 0.5 }, item);
      expect(p).toBeGreaterThan(previous);
      expect(p).toBeGreaterThanOrEqual(0.25);
      expect(p).toBeLessThanOrEqual(1);
      previous = p;
    }
    expect(successProbability({ mean: -30, variance: 0 }, item)).toBeCloseTo(0.25, 10);
    expect(successProbability({ mean: 30, variance: 0 }, item)).toBeCloseTo(1, 10);
  });

  it('falls with difficulty', () => {
    const a = { mean: 0, variance: 1 };
    expect(successProbability(a, { difficulty: difficultyPrior(-1), guess: 0 })).toBeGreaterThan(
      successProbability(a, { difficulty: difficultyPrior(1), guess: 0 }),
    );
  });
});

describe('observe', () => {
  it('raises g and d_t and lowers b after a right answer', () => {
    const l = newLearner(T0);
    const { learner, difficulty } = observe(l, item(), true, T0);
    expect(learner.overall.mean).toBeGreaterThan(0);
    expect(learner.topics.brakes?.mean).toBeGreaterThan(0);
    expect(difficulty.mean).toBeLessThan(0);
  });

  it('lowers g and d_t and raises b after a wrong answer', () => {
    const { learner, difficulty } = observe(newLearner(T0), item(), false, T0);
    expect(learner.overall.mean).toBeLessThan(0);
    expect(learner.topics.brakes?.mean).toBeLessThan(0);
    expect(difficulty.mean).toBeGreaterThan(0);
  });

  it('moves symmetrically for right and wrong when success was a coin flip', () => {
    const right = observe(newLearner(T0), item(), true, T0);
    const wrong = observe(newLearner(T0), item(), false, T0);
    expect(right.learner.overall.mean).toBeCloseTo(-wrong.learner.overall.mean, 12);
    expect(right.difficulty.mean).toBeCloseTo(-wrong.difficulty.mean, 12);
    expect(right.learner.overall.variance).toBeCloseTo(wrong.learner.overall.variance, 12);
  });

  it('shares the surprise among g, d_t and b in proportion to their variances', () => {
    const l = learnerWith(ability(0, 0.6), { brakes: ability(0, 0.2) });
    const { learner, difficulty } = observe(l, item({ difficulty: { mean: 0, variance: 0.3 } }), true, T0);
    const dg = learner.overall.mean;
    const dd = learner.topics.brakes?.mean ?? Number.NaN;
    const db = difficulty.mean;
    expect(dd / dg).toBeCloseTo(0.2 / 0.6, 10);
    expect(db / dg).toBeCloseTo(-0.3 / 0.6, 10);
  });

  it('is a linearised Kalman step: exact numbers for a new student and a fill-in item', () => {
    // total variance 1 + 0.35 + 0.4, s = p = 1/2, slope = k/4, information = k²/4.
    const total = 1.75;
    const k = 1 / Math.sqrt(1 + (Math.PI * total) / 8);
    const information = (k * k) / 4;
    const step = k / 2 / (1 + total * information);
    const shrink = information / (1 + total * information);
    const { learner, difficulty } = observe(newLearner(T0), item(), true, T0);
    expect(learner.overall.mean).toBeCloseTo(step, 12);
    expect(learner.overall.variance).toBeCloseTo(1 - shrink, 12);
    expect(learner.topics.brakes?.mean).toBeCloseTo(0.35 * step, 12);
    expect(learner.topics.brakes?.variance).toBeCloseTo(0.35 - 0.35 ** 2 * shrink, 12);
    expect(difficulty.mean).toBeCloseTo(-0.4 * step, 12);
    expect(difficulty.variance).toBeCloseTo(0.4 - 0.16 * shrink, 12);
  });

  it('shrinks every variance after evidence, right or wrong', () => {
    for (const correct of [true, false]) {
      const l = newLearner(T0);
      const { learner, difficulty } = observe(l, item(), correct, T0);
      expect(learner.overall.variance).toBeLessThan(1);
      expect(learner.topics.brakes?.variance).toBeLessThan(LEARNER_MODEL.topicPriorVariance);
      expect(difficulty.variance).toBeLessThan(LEARNER_MODEL.itemPriorVariance);
      expect(learner.overall.variance).toBeGreaterThan(0);
    }
  });

  it('counts answers and stamps the time of the answer', () => {
    const first = observe(newLearner(T0), item(), true, T0 + MINUTE).learner;
    const second = observe(first, item(), false, T0 + 2 * MINUTE).learner;
    expect(second.overall.answers).toBe(2);
    expect(second.overall.updatedAt).toBe(T0 + 2 * MINUTE);
    expect(second.topics.brakes).toMatchObject({ answers: 2, updatedAt: T0 + 2 * MINUTE });
  });

  it('touches only the item’s topic', () => {
    const signals = ability(0.4, 0.1);
    const l = learnerWith(ability(0, 0.5), { signals });
    const { learner } = observe(l, item({ topicId: 'brakes' }), true, T0);
    expect(learner.topics.signals).toEqual(signals);
    expect(Object.keys(learner.topics).sort()).toEqual(['brakes', 'signals']);
  });

  it('starts a new topic from the student’s overall level', () => {
    const { learner, at } = practise(newLearner(T0), 'A', 20, true);
    const a = topicAbility(learner, 'A', at);
    const b = topicAbility(learner, 'B', at);
    expect(b.mean).toBeGreaterThan(0);
    expect(b.mean).toBeLessThan(a.mean);
    expect(b.mean).toBeCloseTo(learner.overall.mean, 12);
    // B's offset is still at its prior, so B is more uncertain than A.
    expect(b.variance).toBeCloseTo(learner.overall.variance + LEARNER_MODEL.topicPriorVariance, 12);
    expect(b.variance).toBeGreaterThan(a.variance);
  });

  it('moves ability less for a right answer that could have been guessed', () => {
    const trueFalse = observe(newLearner(T0), item({ guess: 0.5 }), true, T0).learner;
    const single = observe(newLearner(T0), item({ guess: 0.25 }), true, T0).learner;
    const fillIn = observe(newLearner(T0), item({ guess: 0 }), true, T0).learner;
    expect(trueFalse.overall.mean).toBeGreaterThan(0);
    expect(trueFalse.overall.mean).toBeLessThan(single.overall.mean);
    expect(single.overall.mean).toBeLessThan(fillIn.overall.mean);
    // A guessable right answer is also less information.
    expect(trueFalse.overall.variance).toBeGreaterThan(fillIn.overall.variance);
  });

  it('moves more on a surprising answer than on an expected one', () => {
    const l = newLearner(T0);
    const easy = item({ difficulty: difficultyPrior(-2) });
    const hard = item({ difficulty: difficultyPrior(2) });
    // Right on a hard item is a surprise; right on an easy one is expected.
    expect(observe(l, hard, true, T0).learner.overall.mean).toBeGreaterThan(
      observe(l, easy, true, T0).learner.overall.mean,
    );
    // Wrong on an easy item is a surprise; wrong on a hard one is expected.
    expect(observe(l, easy, false, T0).learner.overall.mean).toBeLessThan(
      observe(l, hard, false, T0).learner.overall.mean,
    );
  });

  it('moves a confident belief less than an uncertain one', () => {
    const unsure = learnerWith(ability(0, 1));
    const sure = learnerWith(ability(0, 0.05));
    expect(observe(sure, item(), true, T0).learner.overall.mean).toBeLessThan(
      observe(unsure, item(), true, T0).learner.overall.mean,
    );
  });

  it('ages the beliefs before updating them', () => {
    const l = learnerWith(ability(0, 0.1, 50), { brakes: ability(0, 0.02, 30) });
    const now = observe(l, item(), true, T0).learner;
    const later = observe(l, item(), true, T0 + 60 * DAY).learner;
    // Two months of drift: the same answer moves the stale belief more, and it stays more uncertain.
    expect(later.overall.mean).toBeGreaterThan(now.overall.mean);
    expect(later.overall.variance).toBeGreaterThan(now.overall.variance);
    expect(later.topics.brakes?.mean).toBeGreaterThan(now.topics.brakes?.mean ?? 0);
  });

  it('never lets an item’s difficulty variance fall below itemMinVariance', () => {
    const { itemMinVariance } = LEARNER_MODEL;
    const calibrated = { mean: 0.2, variance: itemMinVariance };
    expect(observe(newLearner(T0), item({ difficulty: calibrated }), true, T0).difficulty.variance).toBe(
      itemMinVariance,
    );
    // Many students answering the same item: the variance falls towards the floor and never below it.
    let difficulty = difficultyPrior(0);
    let previous = difficulty.variance;
    for (let i = 0; i < 300; i++) {
      difficulty = observe(newLearner(T0), item({ difficulty }), i % 3 !== 0, T0).difficulty;
      expect(difficulty.variance).toBeLessThanOrEqual(previous);
      expect(difficulty.variance).toBeGreaterThanOrEqual(itemMinVariance);
      previous = difficulty.variance;
    }
    expect(difficulty.variance).toBeLessThan(0.05);
  });

  it('keeps the mean finite and the variances positive over a long run', () => {
    let l = newLearner(T0);
    for (let i = 0; i < 500; i++) {
      const topicId = `t${i % 5}`;
      l = observe(
        l,
        item({ topicId, difficulty: difficultyPrior((i % 3) - 1), guess: 0.25 }),
        i % 4 !== 0,
        T0 + i * MINUTE,
      ).learner;
    }
    expect(Number.isFinite(l.overall.mean)).toBe(true);
    expect(l.overall.variance).toBeGreaterThan(0);
    for (const t of Object.values(l.topics)) expect(t.variance).toBeGreaterThan(0);
    expect(l.overall.answers).toBe(500);
  });

  it('is pure: identical inputs give identical outputs, and the input is not mutated', () => {
    const l = learnerWith(ability(0.2, 0.4), { brakes: ability(-0.1, 0.2) });
    const snapshot = structuredClone(l);
    const frozen = Object.freeze({
      ...l,
      overall: Object.freeze({ ...l.overall }),
      topics: Object.freeze({ ...l.topics }),
    });
    const it1 = item({ difficulty: Object.freeze({ mean: 0.3, variance: 0.4 }) });
    const a = observe(frozen, it1, true, T0 + DAY);
    const b = observe(frozen, it1, true, T0 + DAY);
    expect(a).toEqual(b);
    expect(l).toEqual(snapshot);
    expect(it1.difficulty).toEqual({ mean: 0.3, variance: 0.4 });
  });
});

describe('mastery', () => {
  it('is σ(θ − b) with an empty interval when the ability is known', () => {
    expect(mastery({ mean: 0, variance: 0 }, 0)).toEqual({ level: 0.5, low: 0.5, high: 0.5 });
    const m = mastery({ mean: 1, variance: 0 }, -0.5);
    expect(m.level).toBeCloseTo(sigmoid(1.5), 12);
    expect(m.low).toBeCloseTo(sigmoid(1.5), 12);
    expect(m.high).toBeCloseTo(sigmoid(1.5), 12);
  });

  it('has an 80% interval at θ ± 1.2816·sd', () => {
    const m = mastery({ mean: 0.5, variance: 0.25 }, 0);
    expect(m.low).toBeCloseTo(sigmoid(0.5 - 1.2815515655446004 * 0.5), 12);
    expect(m.high).toBeCloseTo(sigmoid(0.5 + 1.2815515655446004 * 0.5), 12);
  });

  it('ignores guessing: it is about knowledge', () => {
    expect(mastery({ mean: -10, variance: 0 }, 0).level).toBeLessThan(0.001);
  });

  it('contains the level in its interval for realistic abilities', () => {
    for (const mean of [-3, -1.5, -0.2, 0, 0.7, 2, 3])
      for (const variance of [0.01, 0.1, 0.5, 1.35]) {
        const m = mastery({ mean, variance }, 0.3);
        expect(m.low).toBeLessThanOrEqual(m.level);
        expect(m.level).toBeLessThanOrEqual(m.high);
        expect(m.low).toBeLessThan(m.high);
      }
  });

  it('narrows with evidence', () => {
    let l = newLearner(T0);
    const widths: number[] = [];
    for (let i = 0; i < 40; i++) {
      if (i % 10 === 0) {
        const m = mastery(topicAbility(l, 'brakes', T0 + i * MINUTE), 0);
        widths.push(m.high - m.low);
      }
      l = observe(l, item(), i % 3 !== 0, T0 + i * MINUTE).learner;
    }
    for (let i = 1; i < widths.length; i++) expect(widths[i]).toBeLessThan(widths[i - 1] as number);
  });

  it('rises with right answers and falls with wrong ones', () => {
    const start = mastery(topicAbility(newLearner(T0), 'A', T0), 0).level;
    const good = practise(newLearner(T0), 'A', 10, true);
    const bad = practise(newLearner(T0), 'A', 10, false);
    expect(mastery(topicAbility(good.learner, 'A', good.at), 0).level).toBeGreaterThan(start);
    expect(mastery(topicAbility(bad.learner, 'A', bad.at), 0).level).toBeLessThan(start);
  });
});
