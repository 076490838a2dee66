/**
 * The practice policies and the practice loop they share.
 *
 * Every policy runs the same loop: it picks an item, the hidden model answers it, the engine's state is
 * updated with the server's own answer step (observe → learner and item difficulty, review →
 * FSRS card, noteAnswer → mistakes notebook), and the hidden student learns. So the engine's beliefs, and its pass prediction, exist
 * for every policy; only the choice of the next item differs.
 *
 * One run ("arm") is one policy at one budget for the whole cohort, on its own copy of the item calibration:
 * students start over two months and their sessions are interleaved in calendar order, so each student's
 * answers calibrate the items for the students who practise after them, as on a live platform.
 */

import { performance } from 'node:perf_hooks';
import { applyAnswer, retentionFor } from '../../server/domain/learning/answer-step.js';
import { difficultyPrior, type Learner, newLearner } from '../../server/domain/learning/learner-model.js';
import {
  buildExamModel,
  type ExamModel,
  type PoolItem,
  passProbability,
  topicWeights,
} from '../../server/domain/learning/pass-probability.js';
import { hashSeed, type Uniform } from '../../server/domain/learning/seeded-random.js';
import { type Candidate, type Seen, selectNext } from '../../server/domain/learning/selection.js';
import {
  type Certification,
  DAY_MS,
  drawPapers,
  type HiddenItem,
  type HiddenStudent,
  hiddenStudent,
  Mind,
  type Outcome,
  type Plan,
  planPractice,
  type Session,
  sitExam,
  stream,
  type WorldBank,
  type WorldItem,
} from './simulated-world.js';

export const POLICY_NAMES = ['adaptive', 'random', 'sequential'] as const;
export type PolicyName = (typeof POLICY_NAMES)[number];

/** The engine's view of an item, with its kind for the exam model. */
type EngineItem = Candidate & PoolItem & { world: WorldItem };

/** What a policy may look at: only what the engine knows, never the hidden model. */
type PickInput = {
  at: number;
  seed: number;
  pool: readonly EngineItem[];
  learner: Learner;
  seen: ReadonlyMap<string, Seen>;
  recent: readonly string[];
  exam: ExamModel;
  uniform: Uniform;
};
type Pick = { item: EngineItem; reason: string };

const NO_FLAGS: ReadonlySet<string> = new Set();

/** Asks the engine's selector, as the server does for a next-item request. */
function engineChoice(mode: 'adaptive' | 'sequential', weights: Map<string, number> | null, input: PickInput): Pick {
  const { at, seed, pool, learner, seen, recent } = input;
  const s = selectNext({ mode, at, seed, candidates: pool, learner, weights, seen, recent, flagged: NO_FLAGS });
  const item = s.itemId === null ? undefined : pool.find((c) => c.id === s.itemId);
  if (!item) throw new Error(`${mode} selection served nothing (${s.reason})`);
  return { item, reason: s.reason };
}

/** The engine's choice, with the pass model's topic weights computed per request as the server does. */
const adaptive = (input: PickInput) =>
  engineChoice('adaptive', topicWeights(input.exam, input.learner, input.at), input);

/** Chapter order (syllabus area, topic, item id): the engine's own 'sequential' mode. */
const sequential = (input: PickInput) => engineChoice('sequential', null, input);

/** Uniform over the certification's pool, repeats allowed. */
function random(input: PickInput): Pick {
  const item = input.pool[Math.floor(input.uniform() * input.pool.length)] as EngineItem;
  return { item, reason: 'random' };
}

const POLICIES: Record<PolicyName, (input: PickInput) => Pick> = { adaptive, random, sequential };

// ———————————————————————————————————————— the practice loop ————————————————————————————————————————

export type ArmSpec = { policy: PolicyName; budget: number; students: number; seed: number };

/** What one simulated student did and how the exam went. */
export type StudentRecord = {
  student: number;
  certification: string;
  /** The engine's pass probability at the end of practice, for the exam date, with its 80% interval. */
  predicted: number;
  low: number;
  high: number;
  passed: boolean;
  /** Share of practice answers that were right (the baseline's only input). */
  rawCorrect: number;
  distinctItems: number;
  /** Topics of the certification's pool practised at least once. */
  topicsPractised: number;
  /** Answers served as due reviews (adaptive only). */
  reviews: number;
  /** Mean true ability over the certification's topics at the exam, minus at the start (diagnostic). */
  abilityGain: number;
};

export type ArmResult = {
  spec: ArmSpec;
  records: StudentRecord[];
  /** Per-answer engine time inside the simulation (ms), for information; engine-cost.ts is the benchmark. */
  selectMs: { mean: number; p99: number };
  updateMs: { mean: number; p99: number };
  seconds: number;
};

/** The engine's state for one student, as the server keeps it. */
type EngineStudent = {
  learner: Learner;
  seen: Map<string, Seen>;
  recent: string[];
  answers: number;
  correct: number;
  reviews: number;
};

/** Per-arm engine items: one object per bank item, shared by the certifications' pools (one calibration). */
function engineItems(bank: WorldBank): { pools: EngineItem[][] } {
  const all = bank.items.map(
    (it): EngineItem => ({
      id: it.id,
      topicId: it.topicId,
      subjects: it.subjects,
      kind: it.kind,
      difficulty: difficultyPrior(it.authored),
      guess: it.engineGuess,
      order: it.order,
      world: it,
    }),
  );
  const pools = bank.certifications.map((c) => c.pool.map((it) => all[it.index] as EngineItem));
  return { pools };
}

/** How many recent answer ids the server hands the selector (more than it ever looks at). */
const RECENT_KEPT = 50;

/**
 * Applies one answer to the engine's state with the server's own step (`applyAnswer`: observe → learner and
 * item difficulty, review → FSRS card, noteAnswer → mistakes notebook).
 */
function engineUpdate(s: EngineStudent, item: EngineItem, outcome: Outcome, at: number, examAt: number): void {
  const previous = s.seen.get(item.id);
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
      safety: item.world.safety,
      correct: outcome.correct,
      elapsedMs: outcome.elapsedMs,
      confidence: outcome.confidence,
      at,
      examDate: examAt,
    },
  );
  s.learner = state.learner;
  item.difficulty = state.difficulty;
  if (!state.card) throw new Error('applyAnswer returned no card');
  s.seen.set(item.id, {
    lastAnsweredAt: at,
    card: state.card,
    retention: retentionFor(item.world.safety),
    mistake: state.mistake,
  });
  s.recent.unshift(item.id);
  if (s.recent.length > RECENT_KEPT) s.recent.length = RECENT_KEPT;
  s.answers++;
  if (outcome.correct) s.correct++;
}

const percentile = (xs: number[], q: number) => {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
};
const summary = (xs: number[]) => ({
  mean: xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length,
  p99: percentile(xs, 0.99),
});

/** One student's run in an arm: the hidden mind, the engine's state, and their random streams. */
type Enrolment = {
  student: HiddenStudent;
  plan: Plan;
  certIndex: number;
  mind: Mind;
  state: EngineStudent;
  answerU: Uniform;
  policyU: Uniform;
};

/** Everything an arm shares across its students: the item calibration and the exam models built from it. */
type Arm = {
  spec: ArmSpec;
  bank: WorldBank;
  pick: (input: PickInput) => Pick;
  pools: EngineItem[][];
  examModel: (certIndex: number, at: number) => ExamModel;
  selectTimes: number[];
  updateTimes: number[];
};

/** The exam model per certification, rebuilt from the current item calibration once per simulated day. */
function examModels(bank: WorldBank, pools: EngineItem[][]): Arm['examModel'] {
  const cache = new Map<number, { day: number; model: ExamModel }>();
  return (certIndex, at) => {
    const day = Math.floor(at / DAY_MS);
    const cached = cache.get(certIndex);
    if (cached?.day === day) return cached.model;
    const cert = bank.certifications[certIndex] as Certification;
    const model = buildExamModel(cert.rules, pools[certIndex] as EngineItem[]);
    cache.set(certIndex, { day, model });
    return model;
  };
}

function enrol(arm: Arm, student: HiddenStudent, plan: Plan, hidden: readonly HiddenItem[], at: number): Enrolment {
  const { policy, budget, seed } = arm.spec;
  return {
    student,
    plan,
    certIndex: student.certification,
    mind: new Mind(student, arm.bank, hidden, at),
    state: { learner: newLearner(at), seen: new Map(), recent: [], answers: 0, correct: 0, reviews: 0 },
    answerU: stream(seed, 'answers', policy, budget, student.index),
    policyU: stream(seed, 'policy', policy, budget, student.index),
  };
}

/** One practice session: pick, answer (hidden), update the engine, learn (hidden), read the feedback. */
function practise(arm: Arm, e: Enrolment, session: Session): number {
  const pool = arm.pools[e.certIndex] as EngineItem[];
  let at = session.at;
  for (let n = 0; n < session.count; n++) {
    const t0 = performance.now();
    const { item, reason } = arm.pick({
      at,
      seed: hashSeed(`${arm.spec.seed}/${e.student.index}/${e.state.answers}`),
      pool,
      learner: e.state.learner,
      seen: e.state.seen,
      recent: e.state.recent,
      exam: arm.examModel(e.certIndex, at),
      uniform: e.policyU,
    });
    const t1 = performance.now();
    if (reason === 'review') e.state.reviews++;
    const outcome = e.mind.answer(item.world, at, e.answerU);
    const answeredAt = at + outcome.elapsedMs;
    const t2 = performance.now();
    engineUpdate(e.state, item, outcome, answeredAt, e.plan.examAt);
    const t3 = performance.now();
    e.mind.learn(item.world, outcome, answeredAt);
    arm.selectTimes.push(t1 - t0);
    arm.updateTimes.push(t3 - t2);
    // Reading the feedback: longer after a mistake, when the explanation matters.
    at = answeredAt + (outcome.correct ? 4_000 + 8_000 * e.answerU() : 15_000 + 25_000 * e.answerU());
  }
  return at;
}

/** Runs one policy at one budget for the whole cohort, sessions interleaved in calendar order. */
export function runArm(spec: ArmSpec, bank: WorldBank, hidden: readonly HiddenItem[]): ArmResult {
  const started = performance.now();
  const { pools } = engineItems(bank);
  const arm: Arm = {
    spec,
    bank,
    pick: POLICIES[spec.policy],
    pools,
    examModel: examModels(bank, pools),
    selectTimes: [],
    updateTimes: [],
  };
  const students = Array.from({ length: spec.students }, (_, i) => hiddenStudent(bank, spec.seed, i));
  const plans = students.map((st) => planPractice(st, spec.budget, spec.seed));
  const sessions = plans
    .flatMap((plan, student) => plan.sessions.map((s, i) => ({ ...s, student, last: i === plan.sessions.length - 1 })))
    .sort((a, b) => a.at - b.at || a.student - b.student);

  const enrolments = new Map<number, Enrolment>();
  const records: StudentRecord[] = [];
  for (const session of sessions) {
    let e = enrolments.get(session.student);
    if (!e) {
      e = enrol(arm, students[session.student] as HiddenStudent, plans[session.student] as Plan, hidden, session.at);
      enrolments.set(session.student, e);
    }
    const end = practise(arm, e, session);
    if (session.last) records.push(finish(arm, e, end));
  }
  records.sort((a, b) => a.student - b.student);
  return {
    spec,
    records,
    selectMs: summary(arm.selectTimes),
    updateMs: summary(arm.updateTimes),
    seconds: (performance.now() - started) / 1000,
  };
}

/** The end of practice (at `at`): the engine's prediction, then the fresh exam graded by the hidden model. */
function finish(arm: Arm, e: Enrolment, at: number): StudentRecord {
  const { student: st, mind, state, plan } = e;
  const cert = arm.bank.certifications[e.certIndex] as Certification;
  const estimate = passProbability(arm.examModel(e.certIndex, at), state.learner, plan.examAt);
  // The paper and the exam-day luck depend on the student and budget only: the same for every policy.
  const { seed, budget } = arm.spec;
  const papers = drawPapers(cert, stream(seed, 'paper', st.index, budget));
  const { passed } = sitExam(mind, cert, papers, plan.examAt, stream(seed, 'exam', st.index, budget));
  const topics = [...new Map(cert.pool.map((it) => [it.topic, it.area])).entries()];
  const meanAbility = (when: number | null) =>
    topics.reduce((sum, [t, a]) => sum + (when === null ? (st.base[t] ?? 0) : mind.ability(t, a, when)), 0) /
    topics.length;
  return {
    student: st.index,
    certification: cert.id,
    predicted: estimate.probability,
    low: estimate.low,
    high: estimate.high,
    passed,
    rawCorrect: state.answers === 0 ? 0 : state.correct / state.answers,
    distinctItems: state.seen.size,
    topicsPractised: new Set(cert.pool.filter((it) => state.seen.has(it.id)).map((it) => it.topic)).size,
    reviews: state.reviews,
    abilityGain: meanAbility(plan.examAt) - meanAbility(null),
  };
}
