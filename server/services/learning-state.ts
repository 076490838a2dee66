import type { AbilityRow, CardRow, PracticeItemRow } from '../db/repositories/practice.js';
import type { AnswerState } from '../domain/learning/answer-step.js';
import {
  type AbilityBelief,
  difficultyPrior,
  guessRate,
  type Learner,
  newLearner,
} from '../domain/learning/learner-model.js';
import { buildExamModel, type CertificationRules, type ExamModel } from '../domain/learning/pass-probability.js';
import type { Candidate, Seen } from '../domain/learning/selection.js';

/**
 * Converts between the database's projection rows and the engine's plain values. The answering service, the
 * selector, the progress page and the rebuild all read and write state through these, so they agree.
 */

const OVERALL = '*';

type StoredAbility = { scope: string; mean: number; variance: number; answers: number; updatedAt: Date };

/** The engine's learner from a student's ability rows (a new learner when there are none). */
export function learnerFrom(rows: readonly StoredAbility[], at: number): Learner {
  const belief = (r: StoredAbility): AbilityBelief => ({
    mean: r.mean,
    variance: r.variance,
    answers: r.answers,
    updatedAt: r.updatedAt.getTime(),
  });
  const overall = rows.find((r) => r.scope === OVERALL);
  return {
    overall: overall ? belief(overall) : newLearner(at).overall,
    topics: Object.fromEntries(rows.filter((r) => r.scope !== OVERALL).map((r) => [r.scope, belief(r)])),
  };
}

/** Ability rows for the overall level and the given topics of a learner. */
export function abilityRows(userId: string, learner: Learner, topicIds: Iterable<string>): AbilityRow[] {
  const row = (scope: string, b: AbilityBelief): AbilityRow => ({
    userId,
    scope,
    mean: b.mean,
    variance: b.variance,
    answers: b.answers,
    updatedAt: new Date(b.updatedAt),
  });
  const rows = [row(OVERALL, learner.overall)];
  for (const t of topicIds) {
    const b = learner.topics[t];
    if (b) rows.push(row(t, b));
  }
  return rows;
}

/** An item's difficulty belief: its calibration when it has answers, else the author's prior. */
export const difficultyOf = (authored: number, calibration: { mean: number | null; variance: number | null } | null) =>
  calibration && calibration.mean !== null && calibration.variance !== null
    ? { mean: calibration.mean, variance: calibration.variance }
    : difficultyPrior(authored);

/** The selector's candidates, in syllabus order. */
export function candidatesFrom(rows: readonly PracticeItemRow[]): (Candidate & { kind: string })[] {
  return rows.map((r, order) => ({
    id: r.id,
    kind: r.kind,
    topicId: r.topicId,
    subjects: r.subjects,
    difficulty: difficultyOf(r.difficulty, { mean: r.calibratedMean, variance: r.calibratedVariance }),
    guess: guessRate(r.key),
    order,
  }));
}

/** The pass-probability model's view of a certification over a pool of candidates. */
export const examModelOf = (
  certification: { id: string; definition: Pick<CertificationRules, 'subjects'> },
  pool: readonly (Candidate & { kind: string })[],
): ExamModel => buildExamModel({ id: certification.id, subjects: certification.definition.subjects }, pool);

type StoredCard = Pick<CardRow, 'card' | 'mistake' | 'confidentErrorAt' | 'retention' | 'lastAnsweredAt'>;

/** The selector's view of a student's cards. */
export const seenFrom = (rows: readonly (StoredCard & { itemId: string })[]): Map<string, Seen> =>
  new Map(
    rows.map((r) => [
      r.itemId,
      { lastAnsweredAt: r.lastAnsweredAt.getTime(), card: r.card, retention: r.retention, mistake: r.mistake ?? null },
    ]),
  );

/** The per-item part of the answer step's state from a stored card (or none). */
export const cardState = (row: StoredCard | null): Pick<AnswerState, 'card' | 'mistake' | 'confidentErrorAt'> => ({
  card: row?.card ?? null,
  mistake: row?.mistake ?? null,
  confidentErrorAt: row?.confidentErrorAt ? row.confidentErrorAt.getTime() : null,
});

/** A stored card after an answer. */
export function cardRow(
  userId: string,
  itemId: string,
  state: AnswerState,
  answer: { at: number; correct: boolean; retention: number; previousAnswers: number },
): CardRow {
  const card = state.card;
  if (!card) throw new Error('an answered item always has a card');
  return {
    userId,
    itemId,
    card,
    due: new Date(card.due),
    retention: answer.retention,
    mistake: state.mistake,
    lastAnsweredAt: new Date(answer.at),
    lastCorrect: answer.correct,
    answers: answer.previousAnswers + 1,
    confidentErrorAt: state.confidentErrorAt === null ? null : new Date(state.confidentErrorAt),
  };
}

/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
export const dayOf = (at: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

/** An exam date (YYYY-MM-DD) as ms since the epoch, or null. */
export const examDateMs = (examDate: string | null | undefined) =>
  examDate ? Date.parse(`${examDate}T00:00:00Z`) : null;
