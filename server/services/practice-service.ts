import type { User } from '../contract/auth.js';
import type {
  AnswerRequest,
  AnswerResult,
  Goal,
  GoalRequest,
  NextItemRequest,
  NextItemResponse,
} from '../contract/practice.js';
import type { Db } from '../db/client.js';
import {
  abilitiesOf,
  addFlag,
  answerCount,
  calibrationOf,
  cardOf,
  cardsOf,
  certificationById,
  currentContent,
  dueCount,
  findAnswer,
  flaggedIds,
  goalOf,
  insertAnswer,
  itemVersionForAnswer,
  lastAnswerAt,
  lockAnswer,
  practiceItems,
  recentItemIds,
  removeFlag,
  safetySubjects,
  saveAbilities,
  saveCalibrations,
  saveCards,
  saveGoal,
  saveSnapshots,
} from '../db/repositories/practice.js';
import type { Deps } from '../deps.js';

type Certification = NonNullable<Awaited<ReturnType<typeof certificationById>>>;

import { DomainError } from '../domain/errors.js';
import type { ItemContent, ItemLanguage } from '../domain/items/item.js';
import { gradeResponse, questionKind } from '../domain/items/registry.js';
import { applyAnswer, retentionFor } from '../domain/learning/answer-step.js';
import { guessRate, type Learner, mastery, topicAbility } from '../domain/learning/learner-model.js';
import { type PassEstimate, passProbability, topicWeights } from '../domain/learning/pass-probability.js';
import { hashSeed, seededShuffle } from '../domain/learning/seeded-random.js';
import { SELECTION, selectNext } from '../domain/learning/selection.js';
import {
  abilityRows,
  candidatesFrom,
  cardRow,
  cardState,
  dayOf,
  difficultyOf,
  examDateMs,
  examModelOf,
  learnerFrom,
  seenFrom,
} from './learning-state.js';

/** The certification a request is about: the one named, else the student's goal; a named one must exist. */
async function certificationFor(db: Db, userId: string, named: string | undefined) {
  if (named) {
    const cert = await certificationById(db, named);
    if (!cert) throw new DomainError('validation_failed', `No certification "${named}".`);
    return cert;
  }
  const goal = await goalOf(db, userId);
  return goal ? await certificationById(db, goal.certificationId) : null;
}

/** The student's pass estimate for a certification, over its published pool as calibrated now. */
async function estimatePass(db: Db, certification: Certification, learner: Learner, at: number) {
  const pool = candidatesFrom(await practiceItems(db, certification.post));
  return passProbability(examModelOf(certification, pool), learner, at);
}

/**
 * The next item to practise in a mode, presented without its key. Adaptive modes climb the gradient of the
 * pass probability of the student's certification (or treat every topic alike when there is none).
 */
export async function nextItem(deps: Deps, user: User, req: NextItemRequest): Promise<NextItemResponse> {
  const db = deps.database.db;
  const at = deps.clock().getTime();
  const certification = await certificationFor(db, user.id, req.certificationId);
  const [rows, abilities, cards, recent, flagged, answers, reviewsDue] = await Promise.all([
    practiceItems(db, certification?.post),
    abilitiesOf(db, user.id),
    cardsOf(db, user.id),
    recentItemIds(db, user.id, SELECTION.noRepeatAnswers),
    flaggedIds(db, user.id),
    answerCount(db, user.id),
    dueCount(db, user.id, new Date(at)),
  ]);
  const learner = learnerFrom(abilities, at);
  const candidates = candidatesFrom(rows);
  const exam = certification ? examModelOf(certification, candidates) : null;
  const selection = selectNext({
    mode: req.mode,
    at,
    seed: hashSeed(`${user.id}:${answers}`),
    candidates: exam
      ? candidates.filter((c) => c.subjects.some((s) => exam.sections.some((x) => x.subjectId === s)))
      : candidates,
    scope: {
      ...(req.topicId ? { topicId: req.topicId } : {}),
      ...(req.subjectId ? { subjectId: req.subjectId } : {}),
    },
    learner,
    weights: exam ? topicWeights(exam, learner, at) : null,
    seen: seenFrom(cards),
    recent,
    flagged,
  });
  if (selection.itemId === null) return { item: null, emptyReason: selection.reason, reviewsDue };
  const found = await currentContent(db, selection.itemId);
  if (!found) throw new Error(`selected item ${selection.itemId} vanished`);
  const content = found.content;
  const lang: ItemLanguage = req.lang ?? content.lang;
  const view = questionKind(content.key.kind).present(
    content.key,
    content,
    lang,
    seededShuffle(hashSeed(`${user.id}:${selection.itemId}:${found.version}`)),
  );
  const safety = await safetySubjects(db);
  return {
    item: {
      id: selection.itemId,
      version: found.version,
      topicId: found.topicId,
      topicTitle: found.topicTitle,
      topicTitleZh: found.topicTitleZh,
      safety: found.subjects.some((s) => safety.has(s)),
      flagged: flagged.has(selection.itemId),
      reason: selection.reason,
      view,
    },
    emptyReason: null,
    reviewsDue,
  };
}

const explanationOf = (content: ItemContent, lang: ItemLanguage) =>
  (content.texts[lang] ?? content.texts[content.lang])?.explanation ?? '';

/**
 * Grades an answer, appends it to the log and updates every projection in the same transaction. The same
 * `clientAnswerId` sent again (even concurrently) returns the first result and counts once.
 */
export async function answerItem(deps: Deps, user: User, req: AnswerRequest): Promise<AnswerResult> {
  const db = deps.database.db;
  const found = await itemVersionForAnswer(db, req.itemId, req.itemVersion);
  if (!found || found.status === 'draft' || found.status === 'in_review')
    throw new DomainError('not_found', `No item ${req.itemId} at version ${req.itemVersion}.`);
  const content = found.content as ItemContent;
  const graded = gradeResponse(content, req.response);
  if (!graded.ok) throw new DomainError('validation_failed', graded.message);

  return db.transaction(async (tx) => {
    await lockAnswer(tx, user.id, req.itemId);
    const earlier = await findAnswer(tx, user.id, req.clientAnswerId);
    if (earlier) return earlier.result;

    const at = answerTime(deps.clock().getTime(), req.answeredAt, await lastAnswerAt(tx, user.id));
    const goal = await goalOf(tx, user.id);
    const certification = await certificationFor(tx, user.id, req.certificationId);
    const examDate = certification && goal?.certificationId === certification.id ? goal.examDate : null;
    const [abilities, calibration, stored, safety] = await Promise.all([
      abilitiesOf(tx, user.id),
      calibrationOf(tx, req.itemId),
      cardOf(tx, user.id, req.itemId),
      safetySubjects(tx),
    ]);
    const isSafety = found.subjects.some((s) => safety.has(s));
    const { state, confidentError } = applyAnswer(
      {
        learner: learnerFrom(abilities, at),
        difficulty: difficultyOf(found.difficulty, calibration),
        ...cardState(stored),
      },
      {
        topicId: found.topicId,
        guess: guessRate(content.key),
        safety: isSafety,
        correct: graded.grade.correct,
        elapsedMs: req.elapsedMs,
        confidence: req.confidence ?? null,
        at,
        examDate: examDateMs(examDate),
      },
    );
    await saveAbilities(tx, abilityRows(user.id, state.learner, [found.topicId]));
    await saveCalibrations(tx, [
      {
        itemId: req.itemId,
        ...state.difficulty,
        answers: (calibration?.answers ?? 0) + 1,
        correct: (calibration?.correct ?? 0) + Number(graded.grade.correct),
      },
    ]);
    const card = cardRow(user.id, req.itemId, state, {
      at,
      correct: graded.grade.correct,
      retention: retentionFor(isSafety),
      previousAnswers: stored?.answers ?? 0,
    });
    await saveCards(tx, [card]);

    let pass: AnswerResult['passProbability'] = null;
    if (certification) {
      const estimate = await estimatePass(tx, certification, state.learner, at);
      await saveSnapshots(tx, [snapshotRow(user.id, certification.id, at, deps.config.timeZone, estimate)]);
      pass = { certificationId: certification.id, ...estimate };
    }
    const kind = questionKind(content.key.kind);
    const lang = req.lang ?? content.lang;
    const result: AnswerResult = {
      correct: graded.grade.correct,
      score: graded.grade.score,
      correctResponse: kind.correctResponse(content.key, content),
      explanation: explanationOf(content, lang),
      references: found.references,
      mastery: {
        topicId: found.topicId,
        ...mastery(topicAbility(state.learner, found.topicId, at), 0),
        answers: state.learner.topics[found.topicId]?.answers ?? 0,
      },
      passProbability: pass,
      confidentError,
      inMistakes: state.mistake !== null,
      nextReviewAt: card.due.toISOString(),
    };
    await insertAnswer(tx, {
      userId: user.id,
      clientAnswerId: req.clientAnswerId,
      itemId: req.itemId,
      itemVersion: req.itemVersion,
      response: graded.response,
      correct: graded.grade.correct,
      score: graded.grade.score,
      elapsedMs: req.elapsedMs,
      confidence: req.confidence ?? null,
      mode: req.mode ?? 'adaptive',
      certificationId: certification?.id ?? null,
      examDate,
      answeredAt: new Date(at),
      result,
    });
    return result;
  });
}

const OFFLINE_LIMIT_MS = 7 * 86_400_000;

/**
 * When an answer counts as given: the client's time (answers queued offline arrive late), but never in the
 * future, never before the student's previous answer (the log stays in time order), never over a week back.
 */
export function answerTime(now: number, claimed: string | undefined, previous: number | null): number {
  const at = claimed ? Date.parse(claimed) : now;
  return Math.min(now, Math.max(at, now - OFFLINE_LIMIT_MS, previous ?? Number.NEGATIVE_INFINITY));
}

/** The trend's point for a student's day: the estimate after their latest answer that day. */
export const snapshotRow = (
  userId: string,
  certificationId: string,
  at: number,
  timeZone: string,
  e: PassEstimate,
) => ({
  userId,
  certificationId,
  day: dayOf(at, timeZone),
  probability: e.probability,
  low: e.low,
  high: e.high,
  subjects: e.subjects,
});

export async function setFlag(deps: Deps, user: User, itemId: string, flagged: boolean) {
  const db = deps.database.db;
  if (!(await currentContent(db, itemId))) throw new DomainError('not_found', `No item ${itemId}.`);
  if (flagged) await addFlag(db, user.id, itemId, deps.clock());
  else await removeFlag(db, user.id, itemId);
}

export async function setGoal(deps: Deps, user: User, req: GoalRequest): Promise<Goal> {
  const db = deps.database.db;
  if (!(await certificationById(db, req.certificationId)))
    throw new DomainError('validation_failed', `No certification "${req.certificationId}".`);
  await saveGoal(db, { userId: user.id, certificationId: req.certificationId, examDate: req.examDate });
  return { certificationId: req.certificationId, examDate: req.examDate };
}
