/**
 * The in-process cost benchmark: how long the engine takes per answer on a large bank and a long history.
 *
 * A synthetic bank of 20,000 items is generated over the real syllabus topics (each item copies the kind,
 * topic and authored difficulty of a random real item, with a seeded calibrated difficulty), all counting for
 * the driver certification's subjects. A student is built by actually running observe/review/noteAnswer on
 * 10,000 answers over ten months (about 8,000 distinct items). Then, continuing that student's practice,
 * every next-item request is timed as the server would serve it (topicWeights + selectNext), and every answer
 * as the server would record it (observe + review + noteAnswer + passProbability).
 */

import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { applyAnswer, retentionFor } from '../../server/domain/learning/answer-step.js';
import { type Learner, newLearner } from '../../server/domain/learning/learner-model.js';
import { recallProbability } from '../../server/domain/learning/memory.js';
import {
  buildExamModel,
  type ExamModel,
  type PoolItem,
  passProbability,
  topicWeights,
} from '../../server/domain/learning/pass-probability.js';
import { hashSeed, normal, type Uniform } from '../../server/domain/learning/seeded-random.js';
import { type Candidate, type Seen, selectNext } from '../../server/domain/learning/selection.js';
import { type Certification, DAY_MS, EPOCH, stream, type WorldBank } from './simulated-world.js';

export const COST = {
  bankItems: 20_000,
  studentAnswers: 10_000,
  historyDays: 300,
  calls: 1_000,
  warmUp: 50,
  learnPathCalls: 200,
} as const;

type Millis = { p50: number; p99: number };
export type EngineCost = {
  bankItems: number;
  topics: number;
  studentAnswers: number;
  seenCards: number;
  calls: number;
  selectP50Ms: number;
  selectP99Ms: number;
  updateP50Ms: number;
  updateP99Ms: number;
  parts: Record<'topicWeights' | 'selectNext' | 'applyAnswer' | 'passProbability', Millis>;
  /** Selection when no review is due (the same student with every card pushed past `at`): the learn path. */
  learnPath: Millis;
  /** The machine's load average (1 min) before and after: timings on a busy machine are not the engine's. */
  loadAverage: [number, number];
  /** Why selection costs what it does: the due-review scan (see `dueScan`). */
  diagnosis: DueScan & { reviewShare: number };
};

type DueScan = {
  /** Seen cards whose due date had passed at a selection (median over the timed calls). */
  dueCardsP50: number;
  /** Mean cost of one recallProbability call (µs), which the due scan makes for each of them. */
  recallProbabilityUs: number;
  /** The same scan without the recall probabilities: looking up 20,000 candidates in the seen map (ms). */
  scanOnlyMs: number;
};

type SyntheticItem = Candidate & PoolItem & { safety: boolean; trueDifficulty: number };

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** 20,000 items shaped like the real bank, all in the driver certification's subjects. */
function syntheticBank(bank: WorldBank, cert: Certification, u: Uniform): SyntheticItem[] {
  const [safetySubject, professionalSubject] = cert.rules.subjects.map((s) => s.subject);
  return Array.from({ length: COST.bankItems }, (_, n) => {
    const template = bank.items[Math.floor(u() * bank.items.length)] as WorldBank['items'][number];
    const trueDifficulty = template.authored + 0.6 * normal(u);
    const subject = (template.safety ? safetySubject : professionalSubject) ?? '';
    return {
      id: `syn-${String(n).padStart(5, '0')}`,
      topicId: template.topicId,
      subjects: [subject],
      kind: template.kind,
      // As if calibrated by many students already: close to the truth, fairly certain.
      difficulty: { mean: trueDifficulty + 0.2 * normal(u), variance: 0.05 },
      guess: template.engineGuess,
      order: template.topic * COST.bankItems + n,
      safety: template.safety,
      trueDifficulty,
    };
  });
}

type Student = { learner: Learner; seen: Map<string, Seen>; recent: string[]; at: number; examAt: number };

/** Records one answer the way the server does; returns the time each step took. */
function answer(s: Student, item: SyntheticItem, u: Uniform, exam: ExamModel | null) {
  const correct = u() < item.guess + (1 - item.guess) * sigmoid(0.8 - item.trueDifficulty);
  const elapsedMs = 5_000 + Math.floor(40_000 * u());
  const previous = s.seen.get(item.id);
  const t0 = performance.now();
  const { state } = applyAnswer(
    {
      learner: s.learner,
      difficulty: item.difficulty,
      card: previous?.card ?? null,
      mistake: previous?.mistake ?? null,
      confidentErrorAt: null,
    },
    {
      topicId: item.topicId,
      guess: item.guess,
      safety: item.safety,
      correct,
      elapsedMs,
      confidence: null,
      at: s.at,
      examDate: s.examAt,
    },
  );
  const t1 = performance.now();
  // The server shows the updated pass estimate after every answer.
  if (exam) passProbability(exam, state.learner, s.at);
  const t2 = performance.now();
  if (!state.card) throw new Error('applyAnswer returned no card');
  s.learner = state.learner;
  item.difficulty = state.difficulty;
  s.seen.set(item.id, {
    lastAnsweredAt: s.at,
    card: state.card,
    retention: retentionFor(item.safety),
    mistake: state.mistake,
  });
  s.recent.unshift(item.id);
  if (s.recent.length > 50) s.recent.length = 50;
  return { applyAnswer: t1 - t0, passProbability: t2 - t1, total: t2 - t0 };
}

/** A student with `COST.studentAnswers` answers spread over ten months, items drawn at random from the bank. */
function experiencedStudent(items: SyntheticItem[], u: Uniform): Student {
  const start = EPOCH;
  const s: Student = {
    learner: newLearner(start),
    seen: new Map(),
    recent: [],
    at: start,
    examAt: start + (COST.historyDays + 45) * DAY_MS,
  };
  const perDay = Math.ceil(COST.studentAnswers / COST.historyDays);
  for (let n = 0; n < COST.studentAnswers; n++) {
    s.at = start + Math.floor(n / perDay) * DAY_MS + 18 * 3_600_000 + (n % perDay) * 50_000;
    answer(s, items[Math.floor(u() * items.length)] as SyntheticItem, u, null);
  }
  return s;
}

/**
 * Replays the first step of every adaptive selection — the scan for due reviews — to split its cost: the
 * number of due cards, the cost of one recall probability, and the bare scan over the candidates.
 */
function dueScan(items: readonly SyntheticItem[], s: Student): { dueCards: number; recallUs: number; scanMs: number } {
  const t0 = performance.now();
  let dueCards = 0;
  for (const c of items) {
    const seen = s.seen.get(c.id);
    if (seen && seen.card.due <= s.at) dueCards++;
  }
  const t1 = performance.now();
  let sink = 0;
  const cards = [...s.seen.values()].map((x) => x.card);
  for (const card of cards) sink += recallProbability(card, s.at);
  const t2 = performance.now();
  if (Number.isNaN(sink)) throw new Error('recall probability is not a number');
  return { dueCards, recallUs: ((t2 - t1) * 1000) / Math.max(1, cards.length), scanMs: t1 - t0 };
}

const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};
const millis = (xs: number[]): Millis => ({ p50: quantile(xs, 0.5), p99: quantile(xs, 0.99) });

const flagged: ReadonlySet<string> = new Set();

/** One next-item request as the server serves it: topic weights, then the selector. */
function select(items: readonly SyntheticItem[], exam: ExamModel, s: Student, seed: number) {
  const t0 = performance.now();
  const weights = topicWeights(exam, s.learner, s.at);
  const t1 = performance.now();
  const { learner, seen, recent, at } = s;
  const picked = selectNext({ mode: 'adaptive', at, seed, candidates: items, learner, weights, seen, recent, flagged });
  const t2 = performance.now();
  return { picked, topicWeights: t1 - t0, selectNext: t2 - t1, total: t2 - t0 };
}

/** The same student with every card due only after `at`: selection takes the learn path over all candidates. */
function withoutBacklog(s: Student): Student {
  const seen = new Map([...s.seen].map(([id, x]) => [id, { ...x, card: { ...x.card, due: s.at + 30 * DAY_MS } }]));
  return { ...s, seen };
}

/** Times selection and update on the synthetic bank; `log` receives progress lines. */
export function measureEngineCost(bank: WorldBank, seed: number, log: (line: string) => void): EngineCost {
  const loadBefore = loadavg()[0] ?? 0;
  const u = stream(seed, 'engine-cost');
  const cert = bank.certifications.find((c) => c.post === 'driver') ?? bank.certifications[0];
  if (!cert) throw new Error('the bank has no certification');
  const items = syntheticBank(bank, cert, u);
  // Built once, as the server caches it between requests.
  const exam = buildExamModel(cert.rules, items);
  const built = performance.now();
  const student = experiencedStudent(items, u);
  log(`  built a student with ${COST.studentAnswers} answers in ${((performance.now() - built) / 1000).toFixed(1)} s`);
  const seenCards = student.seen.size;
  // The student practises on the next day, one answer every ~45 s.
  student.at = EPOCH + (COST.historyDays + 1) * DAY_MS + 18 * 3_600_000;
  const byId = new Map(items.map((it) => [it.id, it]));
  const times = {
    topicWeights: [] as number[],
    selectNext: [] as number[],
    select: [] as number[],
    update: [] as number[],
  };
  const parts = { applyAnswer: [] as number[], passProbability: [] as number[] };
  const scans: ReturnType<typeof dueScan>[] = [];
  let reviews = 0;
  for (let call = 0; call < COST.warmUp + COST.calls; call++) {
    const selection = select(items, exam, student, hashSeed(`${seed}/${call}`));
    const item = selection.picked.itemId === null ? undefined : byId.get(selection.picked.itemId);
    if (!item) throw new Error(`selection served nothing (${selection.picked.reason})`);
    const step = answer(student, item, u, exam);
    student.at += 45_000;
    if (call < COST.warmUp) continue;
    if (selection.picked.reason === 'review') reviews++;
    if (call % 50 === 0) scans.push(dueScan(items, student));
    times.topicWeights.push(selection.topicWeights);
    times.selectNext.push(selection.selectNext);
    times.select.push(selection.total);
    times.update.push(step.total);
    parts.applyAnswer.push(step.applyAnswer);
    parts.passProbability.push(step.passProbability);
  }
  const idle = withoutBacklog(student);
  const learnPath = Array.from({ length: COST.learnPathCalls }, (_, call) => select(items, exam, idle, call).total);
  const select_ = millis(times.select);
  const update = millis(times.update);
  return {
    bankItems: items.length,
    topics: new Set(items.map((it) => it.topicId)).size,
    studentAnswers: COST.studentAnswers,
    seenCards,
    calls: COST.calls,
    selectP50Ms: select_.p50,
    selectP99Ms: select_.p99,
    updateP50Ms: update.p50,
    updateP99Ms: update.p99,
    parts: {
      topicWeights: millis(times.topicWeights),
      selectNext: millis(times.selectNext),
      applyAnswer: millis(parts.applyAnswer),
      passProbability: millis(parts.passProbability),
    },
    learnPath: millis(learnPath),
    diagnosis: {
      dueCardsP50: quantile(
        scans.map((x) => x.dueCards),
        0.5,
      ),
      recallProbabilityUs: quantile(
        scans.map((x) => x.recallUs),
        0.5,
      ),
      scanOnlyMs: quantile(
        scans.map((x) => x.scanMs),
        0.5,
      ),
      reviewShare: reviews / COST.calls,
    },
    loadAverage: [loadBefore, loadavg()[0] ?? 0],
  };
}
