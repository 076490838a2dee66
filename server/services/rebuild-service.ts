import {
  allCertifications,
  allItemFacts,
  answersAfter,
  type CardRow,
  clearProjections,
  lastAnswersOfDays,
  lockLog,
  practiceItems,
  type SnapshotRow,
  safetySubjects,
  saveAbilities,
  saveCalibrations,
  saveCards,
  saveSnapshots,
} from '../db/repositories/practice.js';
import type { Deps } from '../deps.js';
import type { ItemKey } from '../domain/items/item.js';
import { applyAnswer, retentionFor } from '../domain/learning/answer-step.js';
import { type Belief, difficultyPrior, guessRate, type Learner, newLearner } from '../domain/learning/learner-model.js';
import { passProbability } from '../domain/learning/pass-probability.js';
import { abilityRows, candidatesFrom, cardRow, cardState, examDateMs, examModelOf } from './learning-state.js';
import { snapshotRow } from './practice-service.js';

const PAGE = 2000;

/**
 * Rebuilds every projection of the response log from the log alone: replays it in order through the same
 * `applyAnswer` step the answering service uses, in memory, then writes the result. One transaction, with
 * the log locked against new answers, so readers see either the old projections or the new ones.
 */
export async function rebuildState(deps: Deps): Promise<{ answers: number; students: number; items: number }> {
  return deps.database.db.transaction(async (tx) => {
    await lockLog(tx);
    await clearProjections(tx);
    const [facts, safety, lastOfDay, certifications, published] = await Promise.all([
      allItemFacts(tx),
      safetySubjects(tx),
      lastAnswersOfDays(tx, deps.config.timeZone),
      allCertifications(tx),
      practiceItems(tx),
    ]);
    const meta = new Map(facts.meta.map((m) => [m.id, m]));
    const keys = new Map(facts.versions.map((v) => [`${v.itemId}@${v.version}`, v.key as ItemKey]));
    const certificationById = new Map(certifications.map((c) => [c.id, c]));

    const learners = new Map<string, Learner>();
    const calibrations = new Map<string, { belief: Belief; answers: number; correct: number }>();
    const cards = new Map<string, CardRow>();
    const snapshots = new Map<string, SnapshotRow>();

    let seq = 0;
    let answers = 0;
    for (;;) {
      const page = await answersAfter(tx, seq, PAGE);
      for (const row of page) {
        seq = row.seq;
        answers++;
        const item = meta.get(row.itemId);
        const key = keys.get(`${row.itemId}@${row.itemVersion}`);
        if (!item || !key) throw new Error(`answer ${row.seq} points at a missing item version`);
        const at = row.answeredAt.getTime();
        const isSafety = item.subjects.some((s) => safety.has(s));
        const calibration = calibrations.get(row.itemId);
        const cardKey = `${row.userId}|${row.itemId}`;
        const stored = cards.get(cardKey) ?? null;
        const { state } = applyAnswer(
          {
            learner: learners.get(row.userId) ?? newLearner(at),
            difficulty: calibration?.belief ?? difficultyPrior(item.difficulty),
            ...cardState(stored),
          },
          {
            topicId: item.topicId,
            guess: guessRate(key),
            safety: isSafety,
            correct: row.correct,
            elapsedMs: row.elapsedMs,
            confidence: row.confidence,
            at,
            examDate: examDateMs(row.examDate),
          },
        );
        learners.set(row.userId, state.learner);
        calibrations.set(row.itemId, {
          belief: state.difficulty,
          answers: (calibration?.answers ?? 0) + 1,
          correct: (calibration?.correct ?? 0) + Number(row.correct),
        });
        cards.set(
          cardKey,
          cardRow(row.userId, row.itemId, state, {
            at,
            correct: row.correct,
            retention: retentionFor(isSafety),
            previousAnswers: stored?.answers ?? 0,
          }),
        );
        const certification = row.certificationId ? certificationById.get(row.certificationId) : undefined;
        if (certification && lastOfDay.has(row.seq)) {
          const pool = candidatesFrom(
            published
              .filter((p) => p.post === certification.post || p.post === 'both')
              .map((p) => {
                const c = calibrations.get(p.id)?.belief;
                return { ...p, calibratedMean: c?.mean ?? null, calibratedVariance: c?.variance ?? null };
              }),
          );
          const estimate = passProbability(examModelOf(certification, pool), state.learner, at);
          const snapshot = snapshotRow(row.userId, certification.id, at, deps.config.timeZone, estimate);
          snapshots.set(`${snapshot.userId}|${snapshot.certificationId}|${snapshot.day}`, snapshot);
        }
      }
      if (page.length < PAGE) break;
    }

    await saveAbilities(
      tx,
      [...learners].flatMap(([userId, learner]) => abilityRows(userId, learner, Object.keys(learner.topics))),
    );
    await saveCalibrations(
      tx,
      [...calibrations].map(([itemId, c]) => ({ itemId, ...c.belief, answers: c.answers, correct: c.correct })),
    );
    await saveCards(tx, [...cards.values()]);
    await saveSnapshots(tx, [...snapshots.values()]);
    return { answers, students: learners.size, items: calibrations.size };
  });
}
