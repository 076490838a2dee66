/**
 * The learner model: what we believe about a student's ability and an item's difficulty, on one logit scale.
 *
 * A student's ability in topic t is θ_t = g + d_t: an overall level g shared by every topic plus a topic offset
 * d_t. Both are independent Gaussian beliefs, so a topic never practised starts from the student's overall
 * level (d_t from its prior around 0) and every answer also moves g, sharing strength across topics. An item
 * has a difficulty belief b, starting from its authored prior and calibrated online from every student's
 * answers. The chance of a right answer is a Rasch model with a guessing floor c (choice items can be guessed):
 *
 *     P(right) = c + (1 − c) · σ(θ_t − b)
 *
 * After each answer the three beliefs are updated by assumed-density filtering (a Kalman step on the
 * linearised likelihood, as Glicko and TrueSkill do): the surprise is shared among g, d_t and b in proportion
 * to how uncertain each is. Beliefs about a student go stale with time (learning and forgetting), so their
 * variance grows by a small drift per day, up to the prior's.
 */

import type { ItemKey } from '../items/item.js';

/** A Gaussian belief about a number on the logit scale. */
export type Belief = { mean: number; variance: number };

/** A belief about a student's ability (overall, or a topic's offset), with how much evidence went into it. */
export type AbilityBelief = Belief & { answers: number /** ms since the epoch */; updatedAt: number };

/** Everything the engine believes about one student. Topic offsets absent from `topics` are at their prior. */
export type Learner = { overall: AbilityBelief; topics: Readonly<Record<string, AbilityBelief>> };

/** What the model needs to know about an item. */
export type ItemParameters = { topicId: string; difficulty: Belief; guess: number };

/** The model's parameters (logits; variances per day where they are drifts). */
export const LEARNER_MODEL = {
  /** A new student: average, and quite uncertain. */
  overallPrior: { mean: 0, variance: 1 },
  /** How far one topic's ability may sit from the student's overall level, a priori. */
  topicPriorVariance: 0.35,
  /** Variance added per day without evidence: abilities move as students learn and forget. */
  driftPerDay: { overall: 0.004, topic: 0.01 },
  /** An item's authored difficulty is a guess: how uncertain. */
  itemPriorVariance: 0.4,
  /** Calibration never becomes certain, so an item whose wording changes can still move. */
  itemMinVariance: 0.01,
} as const;

const DAY_MS = 86_400_000;
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** A student nothing is known about yet. */
export function newLearner(at: number): Learner {
  return { overall: { ...LEARNER_MODEL.overallPrior, answers: 0, updatedAt: at }, topics: {} };
}

/** The prior belief about an item's difficulty from the author's estimate (easy −1, medium 0, hard +1). */
export function difficultyPrior(authored: number): Belief {
  return { mean: authored, variance: LEARNER_MODEL.itemPriorVariance };
}

/**
 * The chance of a right answer by guessing alone: one option in n for single choice, one pattern in 2ⁿ − 1 for
 * multiple choice, one in two for true/false; typed and constructed answers cannot be guessed.
 */
export function guessRate(key: ItemKey): number {
  if (key.kind === 'true_false') return 0.5;
  if (key.kind === 'single') return 1 / key.optionIds.length;
  if (key.kind === 'multiple') return 1 / (2 ** key.optionIds.length - 1);
  return 0;
}

/** A belief grown by drift since it was last updated, capped at `cap`. */
function aged(b: AbilityBelief, drift: number, cap: number, at: number): AbilityBelief {
  const days = Math.max(0, at - b.updatedAt) / DAY_MS;
  return { ...b, variance: Math.min(cap, b.variance + drift * days), updatedAt: Math.max(at, b.updatedAt) };
}

/** The belief about the student's overall level at time `at`. */
export function overallAt(learner: Learner, at: number): AbilityBelief {
  const { overallPrior, driftPerDay } = LEARNER_MODEL;
  return aged(learner.overall, driftPerDay.overall, overallPrior.variance, at);
}

/** The belief about how far the student's ability in one topic sits from their overall level, at time `at`. */
export function offsetAt(learner: Learner, topicId: string, at: number): AbilityBelief {
  const prior = LEARNER_MODEL.topicPriorVariance;
  const b = learner.topics[topicId];
  if (!b) return { mean: 0, variance: prior, answers: 0, updatedAt: at };
  return aged(b, LEARNER_MODEL.driftPerDay.topic, prior, at);
}

/**
 * The belief about the student's ability in one topic at time `at`: overall level plus topic offset.
 * @example topicAbility(newLearner(0), 'brakes-air', 0) // { mean: 0, variance: 1.35 }
 */
export function topicAbility(learner: Learner, topicId: string, at: number): Belief {
  const g = overallAt(learner, at);
  const d = offsetAt(learner, topicId, at);
  return { mean: g.mean + d.mean, variance: g.variance + d.variance };
}

/** How much uncertainty flattens the logistic curve (the probit approximation). */
const flattening = (variance: number) => 1 / Math.sqrt(1 + (Math.PI * variance) / 8);

/**
 * The chance of a right answer, integrating over the uncertainty of both ability and difficulty.
 * @example successProbability({ mean: 0, variance: 0 }, { difficulty: { mean: 0, variance: 0 }, guess: 0.25 }) // 0.625
 */
export function successProbability(ability: Belief, item: Pick<ItemParameters, 'difficulty' | 'guess'>): number {
  const k = flattening(ability.variance + item.difficulty.variance);
  return item.guess + (1 - item.guess) * sigmoid(k * (ability.mean - item.difficulty.mean));
}

/**
 * Updates the beliefs after one answer at time `at` (ms): the student's overall level, their offset in the
 * item's topic, and the item's difficulty. Pure: returns new values.
 */
export function observe(
  learner: Learner,
  item: ItemParameters,
  correct: boolean,
  at: number,
): { learner: Learner; difficulty: Belief } {
  const g = overallAt(learner, at);
  const d = offsetAt(learner, item.topicId, at);
  const b = item.difficulty;
  const total = g.variance + d.variance + b.variance;
  const k = flattening(total);
  const s = sigmoid(k * (g.mean + d.mean - b.mean));
  const p = item.guess + (1 - item.guess) * s;
  const slope = (1 - item.guess) * k * s * (1 - s);
  const gradient = correct ? slope / p : -slope / (1 - p);
  const information = (slope * slope) / (p * (1 - p));
  const denominator = 1 + total * information;
  const step = gradient / denominator;
  const shrink = information / denominator;
  const next = <B extends Belief>(x: B, sign: number): B => ({
    ...x,
    mean: x.mean + sign * x.variance * step,
    variance: x.variance - x.variance * x.variance * shrink,
  });
  return {
    learner: {
      overall: { ...next(g, 1), answers: g.answers + 1, updatedAt: at },
      topics: { ...learner.topics, [item.topicId]: { ...next(d, 1), answers: d.answers + 1, updatedAt: at } },
    },
    difficulty: (() => {
      const nb = next(b, -1);
      return { mean: nb.mean, variance: Math.max(LEARNER_MODEL.itemMinVariance, nb.variance) };
    })(),
  };
}

const Z80 = 1.2815515655446004;

/**
 * How well the student knows a topic: the chance of answering an item of typical difficulty right on
 * knowledge alone (no guessing), with an 80% interval from the ability's uncertainty.
 * @example mastery({ mean: 0, variance: 0 }, 0) // { level: 0.5, low: 0.5, high: 0.5 }
 */
export function mastery(ability: Belief, typicalDifficulty: number): { level: number; low: number; high: number } {
  const sd = Math.sqrt(ability.variance);
  const at = (theta: number) => sigmoid(theta - typicalDifficulty);
  return {
    level: successProbability(ability, { difficulty: { mean: typicalDifficulty, variance: 0 }, guess: 0 }),
    low: at(ability.mean - Z80 * sd),
    high: at(ability.mean + Z80 * sd),
  };
}
