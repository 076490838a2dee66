import { type Belief, type Learner, offsetAt, overallAt, successProbability, topicAbility } from './learner-model.js';
import { normal, seededUniform } from './seeded-random.js';

/**
 * The pass-probability model. A certification has several subjects, each a paper of items drawn from that
 * subject's pool with its own cut score, and every subject must be passed at one sitting.
 *
 * Given the student's abilities, each paper slot of a kind is right with the pool's average success
 * probability, so a subject's number of right answers is a sum of binomials whose exact distribution is
 * computed by convolution (exact for draws with replacement; papers drawn without replacement vary a little
 * less). Subjects are independent given the abilities. The abilities themselves are uncertain: the estimate
 * averages over draws from their beliefs (the same draws every time, so the estimate moves only with
 * evidence), and the spread of the per-draw probabilities gives the 80% interval.
 */

/** An item of a subject's pool, as the model sees it. */
export type PoolItem = {
  subjects: readonly string[];
  kind: string;
  topicId: string;
  difficulty: Belief;
  guess: number;
};

/** A pool summarised: per topic, difficulty quantile bins (so the cost does not grow with the bank). */
type Bin = { topic: number; weight: number; difficulty: Belief; guess: number };
type Slot = { count: number; bins: Bin[] };
export type ExamSection = {
  subjectId: string;
  passScore: number;
  maxScore: number;
  passCorrect: number;
  slots: Slot[];
};
export type ExamModel = { certificationId: string; topicIds: string[]; sections: ExamSection[] };

export type CertificationRules = {
  id: string;
  subjects: readonly {
    subject: string;
    passScore: number;
    maxScore: number;
    blueprint: { items: Partial<Record<string, number>> };
  }[];
};

export type SubjectEstimate = {
  subjectId: string;
  probability: number;
  low: number;
  high: number;
  expectedScore: number;
  passScore: number;
};
export type PassEstimate = { probability: number; low: number; high: number; subjects: SubjectEstimate[] };

export const PASS_MODEL = { samples: 200, binsPerTopic: 6, seed: 20_240_601 } as const;

/** Splits one topic's items, sorted by difficulty, into up to `n` bins of nearly equal size. */
function binTopic(items: PoolItem[], topic: number, poolSize: number, n: number): Bin[] {
  const sorted = [...items].sort((a, b) => a.difficulty.mean - b.difficulty.mean);
  const bins: Bin[] = [];
  const k = Math.min(n, sorted.length);
  for (let i = 0; i < k; i++) {
    const chunk = sorted.slice(Math.floor((i * sorted.length) / k), Math.floor(((i + 1) * sorted.length) / k));
    const mean = chunk.reduce((s, x) => s + x.difficulty.mean, 0) / chunk.length;
    // The spread of difficulties inside a bin counts as uncertainty about a drawn item's difficulty.
    const variance =
      chunk.reduce((s, x) => s + x.difficulty.variance + (x.difficulty.mean - mean) ** 2, 0) / chunk.length;
    const guess = chunk.reduce((s, x) => s + x.guess, 0) / chunk.length;
    bins.push({ topic, weight: chunk.length / poolSize, difficulty: { mean, variance }, guess });
  }
  return bins;
}

/**
 * The exam as the model sees it: per subject, the blueprint's slots with their pools, and how many right
 * answers pass (the cut score scaled to the paper's length). Kinds with an empty pool are left out.
 */
export function buildExamModel(rules: CertificationRules, pool: readonly PoolItem[]): ExamModel {
  const topicIds: string[] = [];
  const topicIndex = new Map<string, number>();
  const indexOf = (id: string) => {
    let i = topicIndex.get(id);
    if (i === undefined) {
      i = topicIds.push(id) - 1;
      topicIndex.set(id, i);
    }
    return i;
  };
  const sections = rules.subjects.map((s) => {
    const slots: Slot[] = [];
    for (const [kind, wanted] of Object.entries(s.blueprint.items)) {
      const items = pool.filter((it) => it.kind === kind && it.subjects.includes(s.subject));
      if (!wanted || items.length === 0) continue;
      const byTopic = new Map<string, PoolItem[]>();
      for (const it of items) byTopic.set(it.topicId, [...(byTopic.get(it.topicId) ?? []), it]);
      const bins = [...byTopic].flatMap(([t, xs]) => binTopic(xs, indexOf(t), items.length, PASS_MODEL.binsPerTopic));
      slots.push({ count: wanted, bins });
    }
    const length = slots.reduce((n, x) => n + x.count, 0);
    const passCorrect = Math.max(0, Math.ceil((s.passScore / s.maxScore) * length - 1e-9));
    return { subjectId: s.subject, passScore: s.passScore, maxScore: s.maxScore, passCorrect, slots };
  });
  return { certificationId: rules.id, topicIds, sections };
}

/**
 * The distribution of the number of right answers: one Bernoulli convolution per paper item. Working item by
 * item keeps every term a probability (a closed-form binomial underflows on long papers).
 */
function rightAnswers(slots: readonly { count: number; p: number }[]): Float64Array {
  const length = slots.reduce((n, s) => n + s.count, 0);
  const dist = new Float64Array(length + 1);
  dist[0] = 1;
  let n = 0;
  for (const { count, p } of slots) {
    for (let i = 0; i < count; i++) {
      n++;
      for (let k = n; k > 0; k--) dist[k] = (dist[k] as number) * (1 - p) + (dist[k - 1] as number) * p;
      dist[0] = (dist[0] as number) * (1 - p);
    }
  }
  return dist;
}

/**
 * The exact score distribution of one subject's paper for known abilities (`theta[topic]`), as the chance
 * of reaching the cut and the expected number of right answers.
 */
export function sectionOutcome(section: ExamSection, theta: ArrayLike<number>): { pass: number; expected: number } {
  const slots = section.slots.map((slot) => {
    let p = 0;
    for (const bin of slot.bins)
      p += bin.weight * successProbability({ mean: theta[bin.topic] as number, variance: 0 }, bin);
    return { count: slot.count, p: Math.min(1, Math.max(0, p)) };
  });
  const dist = rightAnswers(slots);
  let pass = 0;
  for (let k = section.passCorrect; k < dist.length; k++) pass += dist[k] as number;
  return { pass: Math.min(1, pass), expected: slots.reduce((s, x) => s + x.count * x.p, 0) };
}

const quantile = (sorted: readonly number[], q: number) => {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo);
};

/**
 * The probability of passing every subject at one sitting, with an 80% interval, and per subject.
 * @example passProbability(buildExamModel(rules, pool), learner, Date.parse('2026-12-01'))
 */
export function passProbability(exam: ExamModel, learner: Learner, at: number): PassEstimate {
  const uniform = seededUniform(PASS_MODEL.seed);
  const overall = overallAt(learner, at);
  const offsets = exam.topicIds.map((t) => {
    const d = offsetAt(learner, t, at);
    return { mean: d.mean, sd: Math.sqrt(d.variance) };
  });
  const overallSd = Math.sqrt(overall.variance);
  const joint: number[] = [];
  const perSubject = exam.sections.map(() => ({ pass: [] as number[], expected: 0 }));
  const theta = new Float64Array(exam.topicIds.length);
  for (let s = 0; s < PASS_MODEL.samples; s++) {
    const g = overall.mean + overallSd * normal(uniform);
    offsets.forEach((d, i) => {
      theta[i] = g + d.mean + d.sd * normal(uniform);
    });
    let all = 1;
    exam.sections.forEach((section, i) => {
      const outcome = sectionOutcome(section, theta);
      const acc = perSubject[i] as { pass: number[]; expected: number };
      acc.pass.push(outcome.pass);
      acc.expected += outcome.expected;
      all *= outcome.pass;
    });
    joint.push(all);
  }
  const summary = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const probability = xs.reduce((a, b) => a + b, 0) / xs.length;
    // Far from the cut the draws are lopsided and their mean can sit outside their 10–90% range: the band is
    // widened to contain the estimate it is shown around.
    return {
      probability,
      low: Math.min(probability, quantile(sorted, 0.1)),
      high: Math.max(probability, quantile(sorted, 0.9)),
    };
  };
  return {
    ...summary(joint),
    subjects: exam.sections.map((section, i) => {
      const acc = perSubject[i] as { pass: number[]; expected: number };
      const length = section.slots.reduce((n, x) => n + x.count, 0);
      return {
        subjectId: section.subjectId,
        ...summary(acc.pass),
        expectedScore: length === 0 ? 0 : (acc.expected / PASS_MODEL.samples / length) * section.maxScore,
        passScore: section.passScore,
      };
    }),
  };
}

const SQRT2 = Math.SQRT2;
/** erf by Abramowitz & Stegun 7.1.26 (absolute error below 1.5e-7). */
function erf(x: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return x >= 0 ? y : -y;
}
/** φ(z)/Φ(z): how fast log P(pass) grows with the expected score, stable far below the cut. */
export function millsRatio(z: number): number {
  if (z < -4) {
    const z2 = z * z;
    return -z / (1 - 1 / z2 + 3 / (z2 * z2) - 15 / (z2 * z2 * z2));
  }
  const pdf = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
  return pdf / (0.5 * (1 + erf(z / SQRT2)));
}

/**
 * How much a little more ability in each topic would raise the (log) probability of passing: the gradient
 * the selector climbs. Uses a normal approximation of each paper's score around the student's current
 * beliefs; a subject already safely passed contributes almost nothing, one far below its cut contributes most.
 * Returns a weight per topic id (topics outside the exam are absent).
 */
export function topicWeights(exam: ExamModel, learner: Learner, at: number): Map<string, number> {
  const abilities = exam.topicIds.map((t) => topicAbility(learner, t, at));
  const weights = new Float64Array(exam.topicIds.length);
  for (const section of exam.sections) {
    let mean = 0;
    let variance = 0;
    const slope = new Float64Array(exam.topicIds.length);
    for (const slot of section.slots) {
      let p = 0;
      for (const bin of slot.bins) {
        const ability = abilities[bin.topic] as Belief;
        const q = successProbability(ability, bin);
        p += bin.weight * q;
        // d q / d θ for the logistic part, flattened by the uncertainty like q itself.
        const k = 1 / Math.sqrt(1 + (Math.PI * (ability.variance + bin.difficulty.variance)) / 8);
        const s = (q - bin.guess) / (1 - bin.guess);
        slope[bin.topic] = (slope[bin.topic] as number) + slot.count * bin.weight * (1 - bin.guess) * k * s * (1 - s);
      }
      mean += slot.count * p;
      variance += slot.count * p * (1 - p);
    }
    const sd = Math.sqrt(variance + 0.25);
    const lambda = millsRatio((mean - (section.passCorrect - 0.5)) / sd) / sd;
    for (let t = 0; t < weights.length; t++) weights[t] = (weights[t] as number) + lambda * (slope[t] as number);
  }
  return new Map(exam.topicIds.map((t, i) => [t, weights[i] as number]));
}
