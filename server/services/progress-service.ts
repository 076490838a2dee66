import type { User } from '../contract/auth.js';
import type { Progress, ProgressQuery } from '../contract/practice.js';
import { listSyllabus } from '../db/repositories/bank.js';
import {
  abilitiesOf,
  answerCount,
  cardsOf,
  certificationById,
  confidentErrors,
  dueCount,
  flaggedIds,
  goalOf,
  practiceItems,
  snapshotsOf,
} from '../db/repositories/practice.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../domain/errors.js';
import type { ItemContent, ItemLanguage } from '../domain/items/item.js';
import { mastery, topicAbility } from '../domain/learning/learner-model.js';
import { recallCounts } from '../domain/learning/mistakes.js';
import { passProbability, topicWeights } from '../domain/learning/pass-probability.js';
import { candidatesFrom, examModelOf, learnerFrom } from './learning-state.js';

const TREND_DAYS = 90;
/** A weak topic is one the student would get wrong more than this often on a medium item. */
const WEAK_BELOW = 0.8;

/**
 * Where a student stands: the pass probability for their certification (the one asked for, else their goal)
 * with its trend, mastery per topic, their lists, and the one thing to do next.
 */
export async function progress(deps: Deps, user: User, query: ProgressQuery): Promise<Progress> {
  const db = deps.database.db;
  const at = deps.clock().getTime();
  const goal = await goalOf(db, user.id);
  const certificationId = query.certificationId ?? goal?.certificationId ?? null;
  const certification = certificationId ? await certificationById(db, certificationId) : null;
  if (certificationId && !certification)
    throw new DomainError('validation_failed', `No certification "${certificationId}".`);

  const [rows, abilities, cards, flagged, answers, reviewsDue, syllabus, errors, snapshots] = await Promise.all([
    practiceItems(db, certification?.post),
    abilitiesOf(db, user.id),
    cardsOf(db, user.id),
    flaggedIds(db, user.id),
    answerCount(db, user.id),
    dueCount(db, user.id, new Date(at)),
    listSyllabus(db),
    confidentErrors(db, user.id, 10),
    certification ? snapshotsOf(db, user.id, certification.id, TREND_DAYS) : Promise.resolve([]),
  ]);
  const learner = learnerFrom(abilities, at);
  const candidates = candidatesFrom(rows);
  const exam = certification ? examModelOf(certification, candidates) : null;
  const estimate = exam ? passProbability(exam, learner, at) : null;

  const subjectsOfTopic = new Map<string, Set<string>>();
  for (const c of candidates) {
    const set = subjectsOfTopic.get(c.topicId) ?? new Set<string>();
    for (const s of c.subjects) set.add(s);
    subjectsOfTopic.set(c.topicId, set);
  }
  const topics = syllabus.topics
    .filter((t) => subjectsOfTopic.has(t.id))
    .map((t) => ({
      topicId: t.id,
      title: t.title,
      titleZh: t.titleZh,
      areaId: t.areaId,
      subjectIds: [...(subjectsOfTopic.get(t.id) ?? [])].sort(),
      ...mastery(topicAbility(learner, t.id, at), 0),
      answers: learner.topics[t.id]?.answers ?? 0,
    }));

  const mistakes = cards.filter((c) => c.mistake);
  const lang: ItemLanguage | undefined = query.lang;
  const next = (): Progress['next'] => {
    if (reviewsDue > 0) return { mode: 'reviews', topicId: null, why: 'reviews-due' };
    if (answers === 0) return { mode: 'adaptive', topicId: null, why: 'start' };
    if (mistakes.some((c) => c.mistake && recallCounts(c.mistake, at)))
      return { mode: 'mistakes', topicId: null, why: 'mistakes' };
    const weights = exam ? topicWeights(exam, learner, at) : null;
    const weakest = topics
      .filter((t) => t.level < WEAK_BELOW)
      .sort((a, b) => (weights?.get(b.topicId) ?? 1 - b.level) - (weights?.get(a.topicId) ?? 1 - a.level))[0];
    return weakest
      ? { mode: 'topic', topicId: weakest.topicId, why: 'weak-topic' }
      : { mode: 'adaptive', topicId: null, why: 'keep-going' };
  };

  return {
    goal: goal ? { certificationId: goal.certificationId, examDate: goal.examDate } : null,
    certificationId: certification?.id ?? null,
    passProbability: certification && estimate ? { certificationId: certification.id, ...estimate } : null,
    trend: snapshots.map((s) => ({ day: s.day, probability: s.probability, low: s.low, high: s.high })).reverse(),
    topics,
    answers,
    reviewsDue,
    mistakes: mistakes.length,
    flagged: flagged.size,
    confidentErrors: errors.map((e) => {
      const content = e.content as ItemContent;
      return {
        itemId: e.itemId,
        topicId: e.topicId,
        stem: (content.texts[lang ?? content.lang] ?? content.texts[content.lang])?.stem ?? '',
        answeredAt: (e.at as Date).toISOString(),
      };
    }),
    next: next(),
  };
}
