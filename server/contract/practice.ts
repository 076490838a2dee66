import { z } from 'zod';
import { ITEM_LANGUAGES } from '../domain/items/item.js';
import { PRACTICE_MODES } from '../domain/learning/selection.js';
import { ItemId } from './item-source.js';
import { LearnerItemView } from './items.js';

export { PRACTICE_MODES } from '../domain/learning/selection.js';

const CertificationId = z.string().trim().min(1).max(64);
const TopicId = z.string().trim().min(1).max(64);

export const NextItemRequest = z.object({
  mode: z.enum(PRACTICE_MODES),
  certificationId: CertificationId.optional(),
  topicId: TopicId.optional(),
  subjectId: z.string().trim().min(1).max(64).optional(),
  /** The language to present the item in (it falls back to the item's own). */
  lang: z.enum(ITEM_LANGUAGES).optional(),
});
export type NextItemRequest = z.infer<typeof NextItemRequest>;

/** An item ready to answer: what the learner sees, never the key or the explanation. */
export const PracticeItem = z.object({
  id: ItemId,
  version: z.number().int(),
  topicId: z.string(),
  topicTitle: z.string(),
  topicTitleZh: z.string(),
  /** Counts towards a safety subject: a confident error here is the dangerous kind. */
  safety: z.boolean(),
  flagged: z.boolean(),
  /** Why the engine chose it: a due review, the best next item, the next in the chapter, a mistake, a flag. */
  reason: z.enum(['review', 'learn', 'sequential', 'mistake', 'flagged']),
  view: LearnerItemView,
});
export type PracticeItem = z.infer<typeof PracticeItem>;

export const NextItemResponse = z.object({
  item: PracticeItem.nullable(),
  /** Why nothing was served (`item` is null): nothing in that mode right now. */
  emptyReason: z.enum(['no-items', 'no-reviews-due', 'no-mistakes-due', 'no-flags']).nullable(),
  reviewsDue: z.number().int(),
});
export type NextItemResponse = z.infer<typeof NextItemResponse>;

export const AnswerRequest = z.object({
  itemId: ItemId,
  itemVersion: z.number().int().min(1),
  response: z.unknown(),
  clientAnswerId: z.uuid(),
  elapsedMs: z
    .number()
    .int()
    .min(0)
    .max(24 * 3600 * 1000),
  confidence: z.enum(['sure', 'unsure']).optional(),
  mode: z.enum(PRACTICE_MODES).optional(),
  certificationId: CertificationId.optional(),
  /**
   * When the student answered, for answers queued offline and sent later. The server keeps it between the
   * student's previous answer and now, and no more than a week back.
   */
  answeredAt: z.iso.datetime({ offset: true }).optional(),
  /** The language of the explanation in the result. */
  lang: z.enum(ITEM_LANGUAGES).optional(),
});
export type AnswerRequest = z.infer<typeof AnswerRequest>;

export const Interval = z.object({ probability: z.number(), low: z.number(), high: z.number() });

export const Mastery = z.object({
  topicId: z.string(),
  /** The chance of answering a typical item of the topic right, with an 80% interval. */
  level: z.number(),
  low: z.number(),
  high: z.number(),
  answers: z.number().int(),
});
export type Mastery = z.infer<typeof Mastery>;

export const SubjectPass = Interval.extend({ subjectId: z.string(), expectedScore: z.number(), passScore: z.number() });

export const PassEstimate = Interval.extend({
  certificationId: z.string(),
  subjects: z.array(SubjectPass),
});
export type PassEstimate = z.infer<typeof PassEstimate>;

export const AnswerResult = z.object({
  correct: z.boolean(),
  score: z.number(),
  correctResponse: z.unknown(),
  explanation: z.string(),
  references: z.array(z.string()),
  mastery: Mastery,
  passProbability: PassEstimate.nullable(),
  /** Answered wrong while sure, on a safety item. */
  confidentError: z.boolean(),
  /** In the mistakes notebook after this answer. */
  inMistakes: z.boolean(),
  nextReviewAt: z.iso.datetime(),
});
export type AnswerResult = z.infer<typeof AnswerResult>;

export const FlagParam = z.object({ id: ItemId });

export const GoalRequest = z.object({
  certificationId: CertificationId,
  /** The exam day (YYYY-MM-DD), or null when not known yet. */
  examDate: z.iso.date().nullable(),
});
export type GoalRequest = z.infer<typeof GoalRequest>;
export const Goal = z.object({ certificationId: z.string(), examDate: z.string().nullable() });
export type Goal = z.infer<typeof Goal>;

export const ProgressQuery = z.object({
  certificationId: CertificationId.optional(),
  lang: z.enum(ITEM_LANGUAGES).optional(),
});
export type ProgressQuery = z.infer<typeof ProgressQuery>;

export const Progress = z.object({
  goal: Goal.nullable(),
  certificationId: z.string().nullable(),
  passProbability: PassEstimate.nullable(),
  /** One point per day with answers, oldest first. */
  trend: z.array(Interval.extend({ day: z.string() })),
  topics: z.array(
    Mastery.extend({ title: z.string(), titleZh: z.string(), areaId: z.string(), subjectIds: z.array(z.string()) }),
  ),
  answers: z.number().int(),
  reviewsDue: z.number().int(),
  mistakes: z.number().int(),
  flagged: z.number().int(),
  confidentErrors: z.array(
    z.object({ itemId: z.string(), topicId: z.string(), stem: z.string(), answeredAt: z.iso.datetime() }),
  ),
  /** The one thing to do next. */
  next: z.object({
    mode: z.enum(PRACTICE_MODES),
    topicId: z.string().nullable(),
    why: z.enum(['reviews-due', 'weak-topic', 'mistakes', 'start', 'keep-going']),
  }),
});
export type Progress = z.infer<typeof Progress>;
