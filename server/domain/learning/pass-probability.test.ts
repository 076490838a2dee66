import { describe, expect, it } from 'vitest';
import { type AbilityBelief, type Learner, newLearner } from './learner-model.js';
import {
  buildExamModel,
  type CertificationRules,
  type ExamModel,
  type ExamSection,
  millsRatio,
  PASS_MODEL,
  type PoolItem,
  passProbability,
  sectionOutcome,
  topicWeights,
} from './pass-probability.js';

const T0 = Date.UTC(2026, 5, 1);
const DAY = 86_400_000;

const poolItem = (subjects: string[], kind: string, topicId: string, difficulty: number, guess: number): PoolItem => ({
  subjects,
  kind,
  topicId,
  difficulty: { mean: difficulty, variance: 0.4 },
  guess,
});

/** Two subjects: rules (signals, brakes; cut 60%) and traction (motors; cut 80%); no matching items at all. */
function syntheticPool(): PoolItem[] {
  const pool: PoolItem[] = [];
  for (let i = 0; i < 8; i++) {
    const d = (i % 4) - 1.5;
    pool.push(poolItem(['rules'], 'single', 'signals', d, 0.25));
    pool.push(poolItem(['rules'], 'single', 'brakes', d, 0.25));
    pool.push(poolItem(['rules'], 'true_false', 'signals', d, 0.5));
    pool.push(poolItem(['traction'], 'single', 'motors', d, 0.25));
    pool.push(poolItem(['traction'], 'true_false', 'motors', d, 0.5));
  }
  // An item shared by both subjects, and one of a kind no blueprint asks for.
  pool.push(poolItem(['rules', 'traction'], 'single', 'brakes', 0, 0.25));
  pool.push(poolItem(['rules'], 'ordering', 'signals', 0, 0));
  return pool;
}

const RULES: CertificationRules = {
  id: 'driver-cert',
  subjects: [
    { subject: 'rules', passScore: 60, maxScore: 100, blueprint: { items: { single: 20, true_false: 10 } } },
    {
      subject: 'traction',
      passScore: 80,
      maxScore: 100,
      blueprint: { items: { single: 10, true_false: 10, matching: 5, multiple: 0 } },
    },
  ],
};

const belief = (mean: number, variance: number, answers = 50): AbilityBelief => ({
  mean,
  variance,
  answers,
  updatedAt: T0,
});
const learner = (mean: number, variance: number, topics: Record<string, AbilityBelief> = {}): Learner => ({
  overall: belief(mean, variance),
  topics,
});

/** A section of one slot with one bin in topic 0 of known difficulty: p = guess + (1 − guess)·σ(θ − mean). */
function oneBinSection(count: number, passCorrect: number, difficulty = 0, guess = 0): ExamSection {
  return {
    subjectId: 's',
    passScore: 60,
    maxScore: 100,
    passCorrect,
    slots: [{ count, bins: [{ topic: 0, weight: 1, difficulty: { mean: difficulty, variance: 0 }, guess }] }],
  };
}

/** A one-subject exam of `count` single-choice items in one topic. */
function oneSubjectExam(count: number, passScore: number, topicId = 't'): ExamModel {
  const pool = [-2, -1, 0, 1, 2].map((d) => poolItem(['a'], 'single', topicId, d, 0.25));
  return buildExamModel(
    { id: 'c', subjects: [{ subject: 'a', passScore, maxScore: 100, blueprint: { items: { single: count } } }] },
    pool,
  );
}

const binomialTail = (n: number, p: number, k: number) => {
  let sum = 0;
  for (let j = k; j <= n; j++) {
    let c = 1;
    for (let i = 0; i < j; i++) c = (c * (n - i)) / (i + 1);
    sum += c * p ** j * (1 - p) ** (n - j);
  }
  return sum;
};

describe('buildExamModel', () => {
  const exam = buildExamModel(RULES, syntheticPool());

  it('keeps the certification, the subjects in order, and their cut scores', () => {
    expect(exam.certificationId).toBe('driver-cert');
    expect(exam.sections.map((s) => [s.subjectId, s.passScore, s.maxScore])).toEqual([
      ['rules', 60, 100],
      ['traction', 80, 100],
    ]);
  });

  it('indexes every topic of the pools once, in order of first appearance', () => {
    expect(exam.topicIds).toEqual(['signals', 'brakes', 'motors']);
  });

  it('makes one slot per blueprint kind with a non-empty pool, dropping empty ones', () => {
    const [rules, traction] = exam.sections;
    expect(rules?.slots.map((s) => s.count)).toEqual([20, 10]);
    // matching has no items and multiple wants none: only single and true_false remain.
    expect(traction?.slots.map((s) => s.count)).toEqual([10, 10]);
  });

  it('scales the cut score to the paper that is left', () => {
    const [rules, traction] = exam.sections;
    expect(rules?.passCorrect).toBe(18); // 60% of 30
    expect(traction?.passCorrect).toBe(16); // 80% of 20 (the 5 matching slots are gone)
  });

  it('bins each topic’s pool with weights summing to 1 per slot', () => {
    for (const section of exam.sections)
      for (const slot of section.slots) {
        const total = slot.bins.reduce((s, b) => s + b.weight, 0);
        expect(total).toBeCloseTo(1, 12);
        for (const bin of slot.bins) expect(exam.topicIds[bin.topic]).toBeDefined();
      }
    // rules/single: 8 signals + 9 brakes (one shared) → 6 bins each, weights by share of the pool.
    const single = exam.sections[0]?.slots[0];
    expect(single?.bins).toHaveLength(12);
    const brakesWeight = single?.bins.filter((b) => b.topic === 1).reduce((s, b) => s + b.weight, 0);
    expect(brakesWeight).toBeCloseTo(9 / 17, 12);
  });

  it('counts only items of the subject (shared items count in each)', () => {
    const tractionSingle = exam.sections[1]?.slots[0];
    const topics = new Set(tractionSingle?.bins.map((b) => exam.topicIds[b.topic]));
    expect(topics).toEqual(new Set(['motors', 'brakes']));
    expect(tractionSingle?.bins.find((b) => b.topic === 1)?.weight).toBeCloseTo(1 / 9, 12);
  });

  it('sorts a topic by difficulty into at most binsPerTopic bins, spread counting as uncertainty', () => {
    // 12 items of difficulty −5.5 … 5.5: six bins of two, each ±0.5 around its mean.
    const pool = Array.from({ length: 12 }, (_, i) => poolItem(['a'], 'single', 't', 5.5 - i, 0.25));
    const model = buildExamModel(
      { id: 'c', subjects: [{ subject: 'a', passScore: 50, maxScore: 100, blueprint: { items: { single: 10 } } }] },
      pool,
    );
    const bins = model.sections[0]?.slots[0]?.bins ?? [];
    expect(bins).toHaveLength(PASS_MODEL.binsPerTopic);
    expect(bins.map((b) => b.difficulty.mean)).toEqual([-5, -3, -1, 1, 3, 5]);
    for (const b of bins) {
      expect(b.weight).toBeCloseTo(2 / 12, 12);
      expect(b.difficulty.variance).toBeCloseTo(0.4 + 0.25, 12);
      expect(b.guess).toBeCloseTo(0.25, 12);
    }
  });

  it('uses one bin per item when a topic has fewer items than bins', () => {
    const pool = [poolItem(['a'], 'single', 't', 1, 0.2), poolItem(['a'], 'single', 't', -1, 0.3)];
    const model = buildExamModel(
      { id: 'c', subjects: [{ subject: 'a', passScore: 50, maxScore: 100, blueprint: { items: { single: 4 } } }] },
      pool,
    );
    expect(model.sections[0]?.slots[0]?.bins).toEqual([
      { topic: 0, weight: 0.5, difficulty: { mean: -1, variance: 0.4 }, guess: 0.3 },
      { topic: 0, weight: 0.5, difficulty: { mean: 1, variance: 0.4 }, guess: 0.2 },
    ]);
  });

  it.each([
    [90, 100, 50, 45],
    [60, 100, 7, 5], // 4.2 → 5: reaching the cut needs a whole answer more
    [55, 100, 100, 55], // 0.55 × 100 = 55.000000000000007 in floating point: still 55
    [7, 100, 100, 7], // 7.000000000000001
    [80, 100, 20, 16],
    [100, 100, 10, 10],
    [30, 50, 10, 6],
  ])('pass %i of %i over a %i-item paper needs %i right', (passScore, maxScore, items, expected) => {
    const pool = [poolItem(['a'], 'single', 't', 0, 0.25)];
    const model = buildExamModel(
      { id: 'c', subjects: [{ subject: 'a', passScore, maxScore, blueprint: { items: { single: items } } }] },
      pool,
    );
    expect(model.sections[0]?.passCorrect).toBe(expected);
  });

  it('is pure', () => {
    const pool = syntheticPool();
    const copy = structuredClone(pool);
    expect(buildExamModel(RULES, pool)).toEqual(buildExamModel(RULES, pool));
    expect(pool).toEqual(copy);
  });
});

describe('sectionOutcome', () => {
  it('matches a hand-computed binomial: n = 3, p = 0.5, cut 2 → 0.5', () => {
    const out = sectionOutcome(oneBinSection(3, 2), [0]);
    expect(out.pass).toBeCloseTo(0.5, 14);
    expect(out.expected).toBeCloseTo(1.5, 14);
  });

  it('matches hand-computed tails for other cuts', () => {
    // n = 3, p = 0.5: P(X ≥ 0) = 1, P(X ≥ 1) = 7/8, P(X ≥ 3) = 1/8, P(X ≥ 4) = 0.
    expect(sectionOutcome(oneBinSection(3, 0), [0]).pass).toBeCloseTo(1, 14);
    expect(sectionOutcome(oneBinSection(3, 1), [0]).pass).toBeCloseTo(7 / 8, 14);
    expect(sectionOutcome(oneBinSection(3, 3), [0]).pass).toBeCloseTo(1 / 8, 14);
    expect(sectionOutcome(oneBinSection(3, 4), [0]).pass).toBe(0);
    // n = 4, p = 0.625 (guess 0.25 at θ = b): P(X ≥ 3) = 4p³(1 − p) + p⁴.
    const p = 0.625;
    expect(sectionOutcome(oneBinSection(4, 3, 0, 0.25), [0]).pass).toBeCloseTo(4 * p ** 3 * (1 - p) + p ** 4, 14);
  });

  it('agrees with a directly computed binomial on a 50-item paper', () => {
    const theta = Math.log(4); // σ = 0.8
    const out = sectionOutcome(oneBinSection(50, 45), [theta]);
    expect(out.pass).toBeCloseTo(binomialTail(50, 0.8, 45), 12);
    expect(out.expected).toBeCloseTo(40, 10);
  });

  it('convolves slots of different kinds', () => {
    // One item at p = 0.5 and two at p = 0.625: P(total ≥ 2).
    const section: ExamSection = {
      subjectId: 's',
      passScore: 50,
      maxScore: 100,
      passCorrect: 2,
      slots: [
        { count: 1, bins: [{ topic: 0, weight: 1, difficulty: { mean: 0, variance: 0 }, guess: 0 }] },
        { count: 2, bins: [{ topic: 0, weight: 1, difficulty: { mean: 0, variance: 0 }, guess: 0.25 }] },
      ],
    };
    const a = 0.5;
    const b = 0.625;
    const p0 = (1 - a) * (1 - b) ** 2;
    const p1 = a * (1 - b) ** 2 + (1 - a) * 2 * b * (1 - b);
    const out = sectionOutcome(section, [0]);
    expect(out.pass).toBeCloseTo(1 - p0 - p1, 14);
    expect(out.expected).toBeCloseTo(0.5 + 1.25, 14);
  });

  it('averages a slot’s success over its bins, each at its topic’s ability', () => {
    const section: ExamSection = {
      subjectId: 's',
      passScore: 50,
      maxScore: 100,
      passCorrect: 1,
      slots: [
        {
          count: 1,
          bins: [
            { topic: 0, weight: 0.5, difficulty: { mean: 0, variance: 0 }, guess: 0 },
            { topic: 1, weight: 0.5, difficulty: { mean: 0, variance: 0 }, guess: 0 },
          ],
        },
      ],
    };
    // Topic 0 at σ(ln 3) = 0.75, topic 1 at σ(−ln 3) = 0.25: p = 0.5.
    expect(sectionOutcome(section, [Math.log(3), -Math.log(3)]).pass).toBeCloseTo(0.5, 14);
    expect(sectionOutcome(section, [Math.log(3), Math.log(3)]).pass).toBeCloseTo(0.75, 14);
  });

  it('counts bin difficulty uncertainty like successProbability does', () => {
    const flat = oneBinSection(1, 1, 0, 0);
    const slot = flat.slots[0];
    if (!slot?.bins[0]) throw new Error('no bin');
    slot.bins[0].difficulty = { mean: 0, variance: 8 / Math.PI };
    // θ − b = ln 3 flattened by √2.
    const expected = 1 / (1 + Math.exp(-Math.log(3) / Math.SQRT2));
    expect(sectionOutcome(flat, [Math.log(3)]).pass).toBeCloseTo(expected, 12);
  });

  it('handles certain success and certain failure', () => {
    expect(sectionOutcome(oneBinSection(10, 10, 0, 1), [0])).toEqual({ pass: 1, expected: 10 });
    expect(sectionOutcome(oneBinSection(10, 1, 0, 0), [-1000]).pass).toBe(0);
  });

  it('rises with ability', () => {
    let previous = -1;
    for (const theta of [-3, -1, 0, 1, 3]) {
      const out = sectionOutcome(oneBinSection(20, 14, 0, 0.25), [theta]);
      expect(out.pass).toBeGreaterThan(previous);
      previous = out.pass;
    }
  });

  // Regression: a closed-form binomial starting from (1 − p)^count underflowed to 0 on long papers with p near 1.
  it('keeps a near-certain pass at 1 on a long paper (no underflow)', () => {
    const out = sectionOutcome(oneBinSection(100, 50), [10]);
    expect(out.expected).toBeGreaterThan(99.9);
    expect(out.pass).toBeCloseTo(1, 6);
  });

  // The same at realistic values: 200 single-choice items at p ≈ 0.978 (θ − b = 3.5).
  it('keeps a safe pass at 1 on a 200-item paper', () => {
    const out = sectionOutcome(oneBinSection(200, 120, -3.5, 0.25), [0]);
    expect(out.expected).toBeGreaterThan(195);
    expect(out.pass).toBeGreaterThan(0.999);
  });
});

describe('passProbability', () => {
  const exam = buildExamModel(RULES, syntheticPool());

  it('is deterministic: the same input gives the same estimate', () => {
    const l = learner(0.5, 0.6);
    expect(passProbability(exam, l, T0)).toEqual(passProbability(exam, l, T0));
    expect(passProbability(exam, newLearner(T0), T0)).toEqual(passProbability(exam, newLearner(T0), T0));
  });

  it('reports every subject with its cut, in order', () => {
    const est = passProbability(exam, learner(0.5, 0.3), T0);
    expect(est.subjects.map((s) => [s.subjectId, s.passScore])).toEqual([
      ['rules', 60],
      ['traction', 80],
    ]);
    for (const s of [est, ...est.subjects]) {
      expect(s.probability).toBeGreaterThanOrEqual(0);
      expect(s.probability).toBeLessThanOrEqual(1);
    }
    for (const s of est.subjects) {
      expect(s.expectedScore).toBeGreaterThan(0);
      expect(s.expectedScore).toBeLessThan(100);
    }
  });

  it('rises with ability, in total, per subject and in expected score', () => {
    const estimates = [-1, 0, 1, 2].map((m) => passProbability(exam, learner(m, 0.2), T0));
    for (let i = 1; i < estimates.length; i++) {
      const [a, b] = [estimates[i - 1], estimates[i]];
      if (!a || !b) throw new Error('missing');
      expect(b.probability).toBeGreaterThan(a.probability);
      b.subjects.forEach((s, j) => {
        expect(s.probability).toBeGreaterThan(a.subjects[j]?.probability ?? 1);
        expect(s.expectedScore).toBeGreaterThan(a.subjects[j]?.expectedScore ?? 100);
      });
    }
  });

  it('never puts passing everything above passing any one subject', () => {
    for (const l of [newLearner(T0), learner(-0.5, 0.5), learner(1, 0.1), learner(2.5, 0.05)]) {
      const est = passProbability(exam, l, T0);
      const weakest = Math.min(...est.subjects.map((s) => s.probability));
      expect(est.probability).toBeLessThanOrEqual(weakest + 1e-12);
    }
  });

  it('is harder to pass the subject with the higher cut score', () => {
    const est = passProbability(exam, learner(1, 0.2), T0);
    expect(est.subjects[1]?.probability).toBeLessThan(est.subjects[0]?.probability ?? 0);
  });

  it('puts the probability inside its interval, for students near the cut', () => {
    for (const m of [-1, 0, 0.5, 1, 1.5])
      for (const v of [1, 0.3, 0.05]) {
        const est = passProbability(exam, learner(m, v), T0);
        expect(est.low).toBeLessThanOrEqual(est.probability);
        expect(est.probability).toBeLessThanOrEqual(est.high);
        for (const s of est.subjects) {
          expect(s.low).toBeLessThanOrEqual(s.probability);
          expect(s.probability).toBeLessThanOrEqual(s.high);
        }
      }
  });

  // The per-draw probabilities are lopsided far from the cut (a weak, uncertain student: mean 0.0066, 10–90%
  // range [2.5e-19, 0.0013]); the band is widened to contain the estimate.
  it('puts the probability inside its interval for a weak, uncertain student', () => {
    const est = passProbability(oneSubjectExam(100, 90), learner(0, 1, { t: belief(0, 0.01) }), T0);
    expect(est.probability).toBeGreaterThan(0.001);
    expect(est.probability).toBeLessThanOrEqual(est.high);
  });

  // The mirror case: a subject safely passed by a strong student. Here the `rules` subject at θ ~ N(3, 1) is
  // estimated at 0.9978 with interval [0.9997, 1.0000]: the estimate is below its own low end.
  it('puts a subject’s probability inside its interval for a strong, uncertain student', () => {
    const est = passProbability(exam, learner(3, 1), T0);
    const rules = est.subjects[0];
    expect(rules?.low).toBeLessThanOrEqual(rules?.probability ?? 0);
  });

  it('gives a wider interval to an uncertain student than to one with lots of evidence', () => {
    const unsure = passProbability(exam, learner(1.5, 1), T0);
    const sure = passProbability(exam, learner(1.5, 0.02, { signals: belief(0, 0.01), brakes: belief(0, 0.01) }), T0);
    expect(unsure.high - unsure.low).toBeGreaterThan(sure.high - sure.low);
    expect(sure.high - sure.low).toBeGreaterThan(0);
  });

  it('grows more uncertain as the beliefs go stale', () => {
    const l = learner(1.5, 0.05, { signals: belief(0, 0.01), brakes: belief(0, 0.01), motors: belief(0, 0.01) });
    const now = passProbability(exam, l, T0);
    const later = passProbability(exam, l, T0 + 120 * DAY);
    expect(later.high - later.low).toBeGreaterThan(now.high - now.low);
  });

  it('gains more from ability in the weaker subject than in the stronger one', () => {
    const base = { signals: belief(0, 0.02), brakes: belief(0, 0.02), motors: belief(0, 0.02) };
    const l = learner(1.5, 0.05, base);
    const before = passProbability(exam, l, T0);
    // traction (motors, cut 80%) is the weaker subject.
    expect(before.subjects[1]?.probability).toBeLessThan(before.subjects[0]?.probability ?? 0);
    const betterMotors = passProbability(exam, learner(1.5, 0.05, { ...base, motors: belief(0.5, 0.02) }), T0);
    const betterSignals = passProbability(exam, learner(1.5, 0.05, { ...base, signals: belief(0.5, 0.02) }), T0);
    expect(betterMotors.probability - before.probability).toBeGreaterThan(
      betterSignals.probability - before.probability,
    );
    expect(betterSignals.probability).toBeGreaterThanOrEqual(before.probability);
  });

  it('does not mutate the learner', () => {
    const l = learner(0.3, 0.4, { motors: belief(0.2, 0.1) });
    const copy = structuredClone(l);
    passProbability(exam, l, T0 + 30 * DAY);
    expect(l).toEqual(copy);
  });

  // Questionable: a subject whose blueprint finds no items in the pool has an empty paper, needs 0 right
  // answers and is counted as passed for sure (probability 1, expected score 0).
  it('counts a subject with no items as passed', () => {
    const model = buildExamModel(
      {
        id: 'c',
        subjects: [{ subject: 'empty', passScore: 60, maxScore: 100, blueprint: { items: { single: 10 } } }],
      },
      [poolItem(['other'], 'single', 't', 0, 0.25)],
    );
    expect(model.sections[0]?.slots).toEqual([]);
    // Math.ceil(0 − 1e-9) is −0: fine as a count.
    expect(model.sections[0]?.passCorrect === 0).toBe(true);
    const est = passProbability(model, newLearner(T0), T0);
    expect(est.probability).toBe(1);
    expect(est.subjects[0]?.expectedScore).toBe(0);
  });

  // Regression for the underflow: a stronger student never gets a lower estimate on a long paper.
  it('never gives a stronger student a lower pass probability on a long paper', () => {
    const long = oneSubjectExam(200, 60);
    const strong = passProbability(long, learner(3, 0.05, { t: belief(0, 0.01) }), T0);
    const stronger = passProbability(long, learner(5, 0.05, { t: belief(0, 0.01) }), T0);
    expect(strong.probability).toBeGreaterThan(0.99);
    expect(stronger.probability).toBeGreaterThanOrEqual(strong.probability);
  });
});

describe('millsRatio', () => {
  const phi = (z: number) => Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);

  it('is 2φ(0) at z = 0', () => {
    expect(millsRatio(0)).toBeCloseTo(0.7978845608, 8);
  });

  it('matches known values of φ(z)/Φ(z)', () => {
    expect(millsRatio(-2)).toBeCloseTo(0.05399096651 / 0.02275013195, 4);
    expect(millsRatio(-1)).toBeCloseTo(0.24197072452 / 0.15865525393, 5);
    expect(millsRatio(1)).toBeCloseTo(0.24197072452 / 0.84134474607, 6);
    expect(millsRatio(2)).toBeCloseTo(0.05399096651 / 0.97724986805, 6);
    expect(Math.abs(millsRatio(-4) / (phi(4) / 3.167124183e-5) - 1)).toBeLessThan(0.005);
  });

  it('is about −z far below, without overflow or NaN', () => {
    for (const z of [-5, -10, -50, -1e3]) {
      const r = millsRatio(z);
      expect(Number.isFinite(r)).toBe(true);
      expect(r).toBeGreaterThan(-z);
      expect(r / -z).toBeLessThan(1 + 1.5 / (z * z));
    }
    expect(millsRatio(-10)).toBeCloseTo(10.098, 2);
  });

  it('goes to 0 far above', () => {
    expect(millsRatio(6)).toBeLessThan(1e-8);
    expect(millsRatio(6)).toBeCloseTo(phi(6), 12);
  });

  it('is continuous at z = −4, where it switches to the asymptotic series', () => {
    const inside = millsRatio(-4);
    const outside = millsRatio(-4 - 1e-9);
    expect(Math.abs(outside - inside) / inside).toBeLessThan(0.005);
  });

  it('decreases as z rises', () => {
    let previous = Number.POSITIVE_INFINITY;
    for (let z = -8; z <= 8; z += 0.05) {
      const r = millsRatio(z);
      expect(r).toBeLessThan(previous);
      expect(r).toBeGreaterThan(0);
      previous = r;
    }
  });
});

describe('topicWeights', () => {
  /** Subject `far` (topic x, cut 95%) and subject `safe` (topic y, cut 20%) with the same items. */
  const exam = buildExamModel(
    {
      id: 'c',
      subjects: [
        { subject: 'far', passScore: 95, maxScore: 100, blueprint: { items: { single: 40 } } },
        { subject: 'safe', passScore: 20, maxScore: 100, blueprint: { items: { single: 40 } } },
      ],
    },
    [-1, 0, 1].flatMap((d) => [poolItem(['far'], 'single', 'x', d, 0.25), poolItem(['safe'], 'single', 'y', d, 0.25)]),
  );

  it('gives a non-negative weight to every exam topic and nothing else', () => {
    const w = topicWeights(exam, newLearner(T0), T0);
    expect([...w.keys()]).toEqual(['x', 'y']);
    for (const v of w.values()) {
      expect(Number.isFinite(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(0);
    }
  });

  it('weighs a topic of a subject far below its cut above one of a subject safely above its cut', () => {
    const w = topicWeights(exam, newLearner(T0), T0);
    expect(w.get('x')).toBeGreaterThan(10 * (w.get('y') ?? 0));
  });

  it('fades as a subject becomes safe', () => {
    const weights = [0, 1, 2, 3].map((m) => topicWeights(exam, learner(m, 0.1), T0).get('y') ?? 0);
    for (let i = 1; i < weights.length; i++) expect(weights[i]).toBeLessThan(weights[i - 1] as number);
  });

  it('adds up the contributions of every subject a topic appears in', () => {
    const shared = buildExamModel(
      {
        id: 'c',
        subjects: [
          { subject: 'a', passScore: 70, maxScore: 100, blueprint: { items: { single: 20 } } },
          { subject: 'b', passScore: 70, maxScore: 100, blueprint: { items: { single: 20 } } },
        ],
      },
      [poolItem(['a', 'b'], 'single', 'both', 0, 0.25), poolItem(['a'], 'single', 'onlyA', 0, 0.25)],
    );
    const w = topicWeights(shared, newLearner(T0), T0);
    expect(w.get('both')).toBeGreaterThan(w.get('onlyA') ?? Number.POSITIVE_INFINITY);
  });

  it('is deterministic and pure', () => {
    const l = learner(0.4, 0.3, { x: belief(-0.2, 0.1) });
    const copy = structuredClone(l);
    expect(topicWeights(exam, l, T0)).toEqual(topicWeights(exam, l, T0));
    expect(l).toEqual(copy);
  });
});
