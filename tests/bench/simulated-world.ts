/**
 * The simulated world: the real seed question bank, a hidden truth about every item and student, and the exam.
 *
 * Nothing here is visible to the engine. The engine only ever sees which item was served, whether the answer
 * was right, how long it took and the confidence the student reported. The hidden model deliberately differs
 * from the engine's assumptions (see README.md): items discriminate unequally, students slip and guess at
 * rates the engine does not know, abilities are correlated within a syllabus area, learning depends on the
 * effort an item demanded, and forgetting follows its own two-store curve (not FSRS's, not a Gaussian drift).
 */

import { checkBank } from '../../server/bank/check-bank.js';
import { loadBank } from '../../server/bank/load-bank.js';
import { prepareItem } from '../../server/bank/prepare-item.js';
import { positionalIds } from '../../server/bank/to-item-content.js';
import type { ItemKind } from '../../server/domain/items/item.js';
import { guessRate } from '../../server/domain/learning/learner-model.js';
import type { CertificationRules } from '../../server/domain/learning/pass-probability.js';
import { hashSeed, normal, seededUniform, type Uniform } from '../../server/domain/learning/seeded-random.js';

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Day 0 of the simulation (a Monday, 00:00 UTC). */
export const EPOCH = Date.UTC(2026, 0, 5);

/** Subjects whose items are scheduled for the higher (safety) retention. */
const SAFETY_SUBJECTS = new Set(['traffic-safety', 'maintenance-safety']);

/**
 * The hidden truth's parameters (logit scale unless stated). Chosen to be plausible for adult learners and
 * different in form from the engine's model, and tuned only so that pass rates land in a useful range.
 */
export const HIDDEN = {
  student: {
    /** Overall ability ~ N(mean, sd²); area and topic offsets make topics of one area correlated. */
    generalMean: 1.0,
    generalSd: 1.0,
    areaSd: 0.45,
    topicSd: 0.3,
    /** Multiplies every learning gain: some students learn faster (lognormal). */
    learnRateSd: 0.35,
    /** Fragile (recent) learning decays with this time constant in days, per student (lognormal around it). */
    fragileDays: 6,
    fragileDaysSd: 0.35,
  },
  item: {
    /** True difficulty = scale × authored (−1/0/+1) + kind shift + N(0, noise²): authors are only roughly right. */
    authoredScale: 0.8,
    noiseSd: 0.55,
    kindShift: {
      single: 0,
      multiple: 0.5,
      true_false: -0.2,
      fill_blank: 0.3,
      numeric: 0.3,
      ordering: 0.2,
      matching: 0.2,
      hotspot: 0.1,
    } satisfies Record<ItemKind, number>,
    /** Discrimination ~ lognormal(0, sd): the engine's Rasch model assumes 1 for every item. */
    discriminationSd: 0.3,
    /** A student who knows the answer still gets it wrong this often (uniform range, per item). */
    slip: [0.02, 0.07],
  },
  learning: {
    /** Logits gained by one answer at the best effort, before the student's rate and diminishing returns. */
    rate: 0.14,
    /** Gains halve after this many answers in the same topic (diminishing returns). */
    topicHalfAnswers: 12,
    /** Part of every gain that carries over to the other topics of the same area, and to all topics. */
    areaTransfer: 0.25,
    generalTransfer: 0.05,
    /** The share of fragile learning that consolidates into durable learning as it fades. */
    consolidation: 0.4,
    /** Gain multipliers by outcome: knew it (retrieval), guessed right, answered wrong (learned from feedback). */
    outcomeWeight: { knew: 1, lucky: 0.5, wrong: 0.6 },
    /** Even an item far too easy or too hard teaches this fraction of the peak. */
    effortFloor: 0.2,
  },
  /** Recognising an item seen before: a logit bonus of `boost` × (1 − ½ⁿ) after n exposures, fading over τ₀ × n days. */
  itemMemory: { boost: 0.8, baseDays: 3 },
} as const;

// ———————————————————————————————————————— the bank ————————————————————————————————————————

export type WorldItem = {
  id: string;
  index: number;
  kind: ItemKind;
  topicId: string;
  topic: number;
  area: number;
  subjects: readonly string[];
  post: 'driver' | 'maintainer' | 'both';
  /** Authored difficulty prior: −1, 0 or +1. */
  authored: number;
  /** Options shown (choice items), 0 otherwise. */
  options: number;
  /** The engine's guessing floor for this item (`guessRate`). */
  engineGuess: number;
  /** Place in the syllabus: area order, topic order, then item id. */
  order: number;
  /** Scheduled for the safety retention. */
  safety: boolean;
};

export type Certification = {
  id: string;
  post: 'driver' | 'maintainer';
  rules: CertificationRules;
  /** The items a student of this certification practises: published, of the post (or both), of its subjects. */
  pool: WorldItem[];
  /** Per subject, per blueprint kind: how many items and from which pool the paper draws them. */
  papers: { subject: string; passCorrect: number; length: number; slots: { count: number; pool: WorldItem[] }[] }[];
};

export type WorldBank = {
  items: WorldItem[];
  topicIds: string[];
  /** The area index of each topic (same order as topicIds). */
  topicAreas: number[];
  areaIds: string[];
  certifications: Certification[];
};

/** Loads and checks the seed bank; throws with every problem when it is not valid. */
export function loadWorldBank(dir: string): WorldBank {
  const bank = loadBank(dir);
  const problems = bank.problems.length > 0 ? bank.problems : checkBank(bank);
  if (problems.length > 0)
    throw new Error(
      `invalid question bank ${dir}:\n${problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n')}`,
    );

  const areaIds = bank.areas.map((a) => a.id);
  const topicIds = bank.areas.flatMap((a) => a.topics.map((t) => t.id));
  const topicIndex = new Map(topicIds.map((t, i) => [t, i]));
  const areaOfTopic = new Map(bank.areas.flatMap((a, i) => a.topics.map((t) => [t.id, i] as const)));

  const sorted = [...bank.items].sort(
    (a, b) =>
      (topicIndex.get(a.item.topic) ?? 0) - (topicIndex.get(b.item.topic) ?? 0) || a.item.id.localeCompare(b.item.id),
  );
  const items: WorldItem[] = sorted.map(({ item }, index) => {
    const { meta, content } = prepareItem(item, positionalIds);
    return {
      id: item.id,
      index,
      kind: meta.kind,
      topicId: meta.topicId,
      topic: topicIndex.get(meta.topicId) ?? 0,
      area: areaOfTopic.get(meta.topicId) ?? 0,
      subjects: meta.subjects,
      post: meta.post,
      authored: meta.difficulty,
      options: item.type === 'single' || item.type === 'multiple' ? item.options.length : 0,
      engineGuess: guessRate(content.key),
      order: index,
      safety: meta.subjects.some((s) => SAFETY_SUBJECTS.has(s)),
    };
  });

  const certifications = bank.certifications.map((c): Certification => {
    const subjects = new Set(c.subjects.map((s) => s.subject));
    const pool = items.filter(
      (it) => (it.post === 'both' || it.post === c.post) && it.subjects.some((s) => subjects.has(s)),
    );
    const papers = c.subjects.map((s) => {
      const slots = Object.entries(s.blueprint.items).flatMap(([kind, count]) => {
        const from = pool.filter((it) => it.kind === kind && it.subjects.includes(s.subject));
        if (!count || from.length === 0) return [];
        if (from.length < count) throw new Error(`${c.id}/${s.subject}: the paper needs ${count} ${kind} items`);
        return [{ count, pool: from }];
      });
      const length = slots.reduce((n, x) => n + x.count, 0);
      // The cut score scaled to the paper's length, as the engine's exam model counts it.
      const passCorrect = Math.ceil((s.pass_score / s.max_score) * length - 1e-9);
      return { subject: s.subject, passCorrect, length, slots };
    });
    const rules: CertificationRules = {
      id: c.id,
      subjects: c.subjects.map((s) => ({
        subject: s.subject,
        passScore: s.pass_score,
        maxScore: s.max_score,
        blueprint: { items: s.blueprint.items },
      })),
    };
    return { id: c.id, post: c.post, rules, pool, papers };
  });
  const topicAreas = topicIds.map((t) => areaOfTopic.get(t) ?? 0);
  return { items, topicIds, topicAreas, areaIds, certifications };
}

// ———————————————————————————————————————— random streams ————————————————————————————————————————

/** An independent, reproducible stream for one purpose, e.g. stream(seed, 'student', 17). */
export function stream(seed: number, ...path: (string | number)[]): Uniform {
  return seededUniform(hashSeed(`${seed}/${path.join('/')}`));
}

const between = (u: Uniform, lo: number, hi: number) => lo + (hi - lo) * u();
const lognormal = (u: Uniform, sd: number) => Math.exp(sd * normal(u));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

// ———————————————————————————————————————— hidden items ————————————————————————————————————————

export type HiddenItem = { difficulty: number; discrimination: number; guess: number; slip: number };

/** The hidden guessing chance: distractors vary in plausibility, and partial knowledge helps on multiple choice. */
function hiddenGuess(item: WorldItem, u: Uniform): number {
  switch (item.kind) {
    case 'single':
      return Math.min(0.6, (1 / Math.max(2, item.options)) * between(u, 0.7, 1.3));
    case 'true_false':
      return between(u, 0.4, 0.6);
    case 'multiple':
      return between(u, 0.05, 0.15);
    case 'hotspot':
      return 0.05;
    default:
      return 0.02;
  }
}

/** The hidden truth about every item of the bank (the same for every policy). */
export function hiddenItems(bank: WorldBank, seed: number): HiddenItem[] {
  const { item: p } = HIDDEN;
  return bank.items.map((item) => {
    const u = stream(seed, 'item', item.id);
    return {
      difficulty: p.authoredScale * item.authored + p.kindShift[item.kind] + p.noiseSd * normal(u),
      discrimination: lognormal(u, p.discriminationSd),
      guess: hiddenGuess(item, u),
      slip: between(u, p.slip[0], p.slip[1]),
    };
  });
}

// ———————————————————————————————————————— hidden students ————————————————————————————————————————

export type HiddenStudent = {
  index: number;
  certification: number;
  /** Starting ability per topic (index into bank.topicIds). */
  base: Float64Array;
  learnRate: number;
  fragileDays: number;
  /** Day (from EPOCH) of the first practice: the cohort starts over two months, so calibration data accumulates. */
  startDay: number;
  /** Chance of practising on any given day. */
  diligence: number;
  /** How often the student reports their confidence. */
  reportsConfidence: number;
  /** Days between the last practice and the exam. */
  examGapDays: number;
};

/** One student of the cohort, the same for every policy and budget (paired comparison). */
export function hiddenStudent(bank: WorldBank, seed: number, index: number): HiddenStudent {
  const u = stream(seed, 'student', index);
  const p = HIDDEN.student;
  const general = p.generalMean + p.generalSd * normal(u);
  const areas = bank.areaIds.map(() => p.areaSd * normal(u));
  const base = Float64Array.from(bank.topicAreas, (area) => general + (areas[area] ?? 0) + p.topicSd * normal(u));
  return {
    index,
    certification: index % bank.certifications.length,
    base,
    learnRate: lognormal(u, p.learnRateSd),
    fragileDays: p.fragileDays * lognormal(u, p.fragileDaysSd),
    startDay: Math.floor(u() * 60),
    diligence: between(u, 0.55, 0.95),
    reportsConfidence: between(u, 0.3, 0.9),
    examGapDays: 2 + Math.floor(u() * 4),
  };
}

// ———————————————————————————————————————— the practice plan ————————————————————————————————————————

export type Session = { at: number; count: number };
export type Plan = { sessions: Session[]; examAt: number };

/**
 * When the student practises for a budget of `budget` answers: some days off, 20–40 answers on a practice day
 * in one or two sessions, and the exam a few days after the last practice (known in advance, as the engine's
 * review scheduling assumes). The plan depends on the student and budget only, never on the policy.
 */
export function planPractice(student: HiddenStudent, budget: number, seed: number): Plan {
  const u = stream(seed, 'plan', student.index, budget);
  const sessions: Session[] = [];
  let left = budget;
  let day = student.startDay;
  while (left > 0) {
    if (u() < student.diligence) {
      const today = Math.min(left, 20 + Math.floor(u() * 21));
      const dayStart = EPOCH + day * DAY_MS;
      if (today >= 26) {
        const morning = Math.round(today / 2);
        sessions.push({ at: dayStart + (8 + 3 * u()) * HOUR_MS, count: morning });
        sessions.push({ at: dayStart + (19 + 2 * u()) * HOUR_MS, count: today - morning });
      } else sessions.push({ at: dayStart + (8 + 13 * u()) * HOUR_MS, count: today });
      left -= today;
    }
    day++;
  }
  return { sessions, examAt: EPOCH + (day - 1 + student.examGapDays) * DAY_MS + 9 * HOUR_MS };
}

// ———————————————————————————————————————— the mind: ability, learning, forgetting ————————————————————————————————————————

/** Learning that fades: fragile gains decay and partly consolidate into durable ones. */
type Store = { fragile: number; durable: number; at: number };

const newStore = (at: number): Store => ({ fragile: 0, durable: 0, at });

/** The store's value at `at` without changing it. */
function storeValue(s: Store, at: number, fragileDays: number): number {
  const kept = Math.exp(-Math.max(0, at - s.at) / DAY_MS / fragileDays);
  return s.durable + HIDDEN.learning.consolidation * s.fragile * (1 - kept) + s.fragile * kept;
}

/** Brings the store to `at` and adds a gain. */
function addToStore(s: Store, at: number, fragileDays: number, gain: number): void {
  const kept = Math.exp(-Math.max(0, at - s.at) / DAY_MS / fragileDays);
  s.durable += HIDDEN.learning.consolidation * s.fragile * (1 - kept);
  s.fragile = s.fragile * kept + gain;
  s.at = Math.max(s.at, at);
}

export type Outcome = {
  correct: boolean;
  /** Knew the answer (as opposed to guessing). */
  knew: boolean;
  /** The chance of knowing it, before answering (how much effort the item demanded). */
  know: number;
  elapsedMs: number;
  confidence: 'sure' | 'unsure' | null;
};

/** A student's hidden, changing state during one run (one policy, one budget). */
export class Mind {
  private readonly topicStores: Store[];
  private readonly areaStores: Store[];
  private readonly general: Store;
  private readonly topicAnswers: Int32Array;
  /** Per item index: exposures and the time of the last one. */
  private readonly memory = new Map<number, { n: number; at: number }>();

  constructor(
    private readonly student: HiddenStudent,
    bank: WorldBank,
    private readonly items: readonly HiddenItem[],
    start: number,
  ) {
    this.topicStores = bank.topicIds.map(() => newStore(start));
    this.areaStores = bank.areaIds.map(() => newStore(start));
    this.general = newStore(start);
    this.topicAnswers = new Int32Array(bank.topicIds.length);
  }

  /** True ability in a topic at `at`: the starting level plus what is left of the learning. */
  ability(topic: number, area: number, at: number): number {
    const { fragileDays } = this.student;
    const { areaTransfer, generalTransfer } = HIDDEN.learning;
    return (
      (this.student.base[topic] ?? 0) +
      storeValue(this.topicStores[topic] as Store, at, fragileDays) +
      areaTransfer * storeValue(this.areaStores[area] as Store, at, fragileDays) +
      generalTransfer * storeValue(this.general, at, fragileDays)
    );
  }

  /** The bonus for recognising an item answered before (with its explanation shown). */
  private familiarity(item: WorldItem, at: number): number {
    const m = this.memory.get(item.index);
    if (!m) return 0;
    const { boost, baseDays } = HIDDEN.itemMemory;
    return boost * (1 - 0.5 ** m.n) * Math.exp(-Math.max(0, at - m.at) / DAY_MS / (baseDays * m.n));
  }

  /** The chance of knowing the answer (no guessing, no slip). */
  knowProbability(item: WorldItem, at: number): number {
    const h = this.items[item.index] as HiddenItem;
    const theta = this.ability(item.topic, item.area, at);
    return sigmoid(h.discrimination * (theta - h.difficulty) + this.familiarity(item, at));
  }

  /** The chance of a right answer: know it and not slip, or guess it and not slip. */
  correctProbability(item: WorldItem, at: number): number {
    const h = this.items[item.index] as HiddenItem;
    const k = this.knowProbability(item, at);
    return (1 - h.slip) * (k + (1 - k) * h.guess);
  }

  /** Answers an item at `at` (no learning: see `learn`). */
  answer(item: WorldItem, at: number, u: Uniform): Outcome {
    const h = this.items[item.index] as HiddenItem;
    const k = this.knowProbability(item, at);
    const knew = u() < k;
    const correct = (knew || u() < h.guess) && u() >= h.slip;
    const typed = item.kind !== 'single' && item.kind !== 'multiple' && item.kind !== 'true_false';
    // Knowing is fast (faster the surer); working it out or guessing is slow; typing and ordering take longer.
    const seconds = (knew ? 5 + 20 * (1 - k) : 15 + 30 * u()) * lognormal(u, 0.35) * (typed ? 1.6 : 1);
    let confidence: Outcome['confidence'] = null;
    if (u() < this.student.reportsConfidence) {
      const sure = knew ? u() < 0.9 : u() < 0.25;
      confidence = sure ? 'sure' : 'unsure';
    }
    return { correct, knew, know: k, elapsedMs: Math.round(seconds * 1000), confidence };
  }

  /**
   * Learns from the answer and its explanation. The gain peaks for items the student had about even odds of
   * knowing (desirable difficulty), is smaller for lucky guesses and mistakes (feedback still teaches), fades
   * with repeated practice of the same topic, and spreads a little to the topic's area and to everything.
   */
  learn(item: WorldItem, outcome: Outcome, at: number): void {
    const { rate, topicHalfAnswers, outcomeWeight, effortFloor } = HIDDEN.learning;
    const effort = effortFloor + (1 - effortFloor) * 4 * outcome.know * (1 - outcome.know);
    const weight =
      outcome.knew && outcome.correct
        ? outcomeWeight.knew
        : outcome.correct
          ? outcomeWeight.lucky
          : outcomeWeight.wrong;
    const done = this.topicAnswers[item.topic] ?? 0;
    const gain = rate * this.student.learnRate * weight * effort * (topicHalfAnswers / (topicHalfAnswers + done));
    const { fragileDays } = this.student;
    addToStore(this.topicStores[item.topic] as Store, at, fragileDays, gain);
    addToStore(this.areaStores[item.area] as Store, at, fragileDays, gain);
    addToStore(this.general, at, fragileDays, gain);
    this.topicAnswers[item.topic] = done + 1;
    const m = this.memory.get(item.index);
    this.memory.set(item.index, { n: (m?.n ?? 0) + 1, at });
  }
}

// ———————————————————————————————————————— the exam ————————————————————————————————————————

/** A fresh paper: per subject, the blueprint's items drawn from the pool without replacement. */
export function drawPapers(cert: Certification, u: Uniform): WorldItem[][] {
  return cert.papers.map((paper) =>
    paper.slots.flatMap((slot) => {
      const pool = [...slot.pool];
      // A partial Fisher–Yates shuffle: the first `count` are a uniform sample without replacement.
      for (let i = 0; i < slot.count; i++) {
        const j = i + Math.floor(u() * (pool.length - i));
        [pool[i], pool[j]] = [pool[j] as WorldItem, pool[i] as WorldItem];
      }
      return pool.slice(0, slot.count);
    }),
  );
}

/** Sits the papers at `at` with the hidden model; pass means every subject reaches its cut. */
export function sitExam(
  mind: Mind,
  cert: Certification,
  papers: readonly WorldItem[][],
  at: number,
  u: Uniform,
): { passed: boolean; scores: number[] } {
  const scores = papers.map((items) => items.filter((item) => u() < mind.correctProbability(item, at)).length);
  const passed = cert.papers.every((paper, i) => (scores[i] ?? 0) >= paper.passCorrect);
  return { passed, scores };
}
