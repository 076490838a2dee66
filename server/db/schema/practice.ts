import {
  bigint,
  boolean,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { AnswerResult } from '../../contract/practice.js';
import type { Response } from '../../domain/items/item.js';
import type { Confidence, MemoryCard } from '../../domain/learning/memory.js';
import type { MistakeEntry } from '../../domain/learning/mistakes.js';
import type { SubjectEstimate } from '../../domain/learning/pass-probability.js';
import type { PracticeMode } from '../../domain/learning/selection.js';
import { users } from './accounts.js';
import { certifications, items, itemVersions } from './bank.js';

/**
 * The response log: every answer, append-only, the source of truth everything below is projected from.
 * `seq` orders the log; answers of one student, and answers to one item, are appended in `seq` order.
 */
export const responses = pgTable(
  'responses',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** Made by the client: the same answer sent twice is one answer. */
    clientAnswerId: uuid('client_answer_id').notNull(),
    itemId: text('item_id').notNull(),
    itemVersion: integer('item_version').notNull(),
    response: jsonb('response').$type<Response>().notNull(),
    correct: boolean('correct').notNull(),
    score: real('score').notNull(),
    elapsedMs: integer('elapsed_ms').notNull(),
    confidence: text('confidence').$type<Confidence>(),
    mode: text('mode').$type<PracticeMode>().notNull(),
    /** The certification and exam date the answer was scheduled towards (the student's goal at the time). */
    certificationId: text('certification_id'),
    examDate: date('exam_date'),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull(),
    /** What the client was told, so a retry gets the very same answer. */
    result: jsonb('result').$type<AnswerResult>().notNull(),
  },
  (t) => [
    unique('responses_client_answer_uq').on(t.userId, t.clientAnswerId),
    index('responses_user_idx').on(t.userId, t.seq),
    foreignKey({ columns: [t.itemId, t.itemVersion], foreignColumns: [itemVersions.itemId, itemVersions.version] }),
  ],
);

/** Projection: a student's ability beliefs, overall (`scope` = '*') and per topic offset. */
export const learnerAbilities = pgTable(
  'learner_abilities',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    scope: text('scope').notNull(),
    mean: doublePrecision('mean').notNull(),
    variance: doublePrecision('variance').notNull(),
    answers: integer('answers').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.scope] })],
);

/** Projection: each item's calibrated difficulty, from every student's answers. */
export const itemCalibrations = pgTable('item_calibrations', {
  itemId: text('item_id')
    .primaryKey()
    .references(() => items.id),
  mean: doublePrecision('mean').notNull(),
  variance: doublePrecision('variance').notNull(),
  answers: integer('answers').notNull(),
  correct: integer('correct').notNull(),
});

/** Projection: what one student's history says about one item: FSRS card, notebook entry, last answer. */
export const memoryCards = pgTable(
  'memory_cards',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    itemId: text('item_id')
      .notNull()
      .references(() => items.id),
    card: jsonb('card').$type<MemoryCard>().notNull(),
    due: timestamp('due', { withTimezone: true, precision: 3 }).notNull(),
    retention: real('retention').notNull(),
    mistake: jsonb('mistake').$type<MistakeEntry>(),
    lastAnsweredAt: timestamp('last_answered_at', { withTimezone: true, precision: 3 }).notNull(),
    lastCorrect: boolean('last_correct').notNull(),
    answers: integer('answers').notNull(),
    /** The latest wrong answer given with confidence on a safety item, while it is still in the notebook. */
    confidentErrorAt: timestamp('confident_error_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.itemId] }), index('memory_cards_due_idx').on(t.userId, t.due)],
);

/** Projection: the pass probability at the end of each day a student answered, for the trend. */
export const passSnapshots = pgTable(
  'pass_snapshots',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    certificationId: text('certification_id')
      .notNull()
      .references(() => certifications.id),
    day: date('day').notNull(),
    probability: doublePrecision('probability').notNull(),
    low: doublePrecision('low').notNull(),
    high: doublePrecision('high').notNull(),
    subjects: jsonb('subjects').$type<SubjectEstimate[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.certificationId, t.day] })],
);

/** Items a student flagged to come back to (their choice, not a projection). */
export const flags = pgTable(
  'flags',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    itemId: text('item_id')
      .notNull()
      .references(() => items.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.itemId] })],
);

/** The exam a student prepares for, and its date when known. */
export const learnerGoals = pgTable('learner_goals', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  certificationId: text('certification_id')
    .notNull()
    .references(() => certifications.id),
  examDate: date('exam_date'),
});
