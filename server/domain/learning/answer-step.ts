import { type Belief, type Learner, observe } from './learner-model.js';
import { type Confidence, MEMORY_MODEL, type MemoryCard, ratingOf, review } from './memory.js';
import { type MistakeEntry, noteAnswer } from './mistakes.js';

/** What one answer changes: the student's beliefs, the item's difficulty, and the student's card for the item. */
export type AnswerState = {
  learner: Learner;
  difficulty: Belief;
  card: MemoryCard | null;
  mistake: MistakeEntry | null;
  /** When the student last answered this safety item wrong while sure (kept while it is in the notebook). */
  confidentErrorAt: number | null;
};

/** The facts of one logged answer, and of its item, that the projections depend on. */
export type AnswerFacts = {
  topicId: string;
  guess: number;
  /** The item counts towards a safety subject. */
  safety: boolean;
  correct: boolean;
  elapsedMs: number;
  confidence: Confidence | null;
  /** ms since the epoch */
  at: number;
  examDate: number | null;
};

/**
 * Applies one answer to everything projected from the log. Both the answering service (one answer, state from
 * the database) and the rebuild (the whole log, state in memory) call this, so they cannot disagree.
 */
export function applyAnswer(state: AnswerState, facts: AnswerFacts): { state: AnswerState; confidentError: boolean } {
  const { learner, difficulty } = observe(
    state.learner,
    { topicId: facts.topicId, difficulty: state.difficulty, guess: facts.guess },
    facts.correct,
    facts.at,
  );
  const card = review(state.card, ratingOf(facts), facts.at, {
    retention: retentionFor(facts.safety),
    examDate: facts.examDate,
  });
  const mistake = noteAnswer(state.mistake, facts.correct, facts.at);
  const confidentError = facts.safety && !facts.correct && facts.confidence === 'sure';
  const confidentErrorAt = confidentError ? facts.at : mistake ? state.confidentErrorAt : null;
  return { state: { learner, difficulty, card, mistake, confidentErrorAt }, confidentError };
}

/** The retention an item is scheduled for. */
export const retentionFor = (safety: boolean) =>
  safety ? MEMORY_MODEL.retention.safety : MEMORY_MODEL.retention.default;
