import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ItemContent, ItemKind, ItemLanguage } from '../../domain/items/item.js';
import { users } from './accounts.js';

/** Exam subjects (scored separately by a certification). */
export const subjects = pgTable('subjects', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  titleZh: text('title_zh').notNull(),
});

/** The syllabus tree: areas and their topics. */
export const syllabusAreas = pgTable('syllabus_areas', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  titleZh: text('title_zh').notNull(),
  position: integer('position').notNull(),
});

export const topics = pgTable('topics', {
  id: text('id').primaryKey(),
  areaId: text('area_id')
    .notNull()
    .references(() => syllabusAreas.id),
  title: text('title').notNull(),
  titleZh: text('title_zh').notNull(),
  position: integer('position').notNull(),
});

export type CertificationDefinition = {
  subjects: {
    subject: string;
    passScore: number;
    maxScore: number;
    blueprint: { durationMinutes: number; items: Partial<Record<ItemKind, number>> };
  }[];
};

/** Exam definitions: subjects, cut scores and mock-exam blueprints are data, never code. */
export const certifications = pgTable('certifications', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  titleZh: text('title_zh').notNull(),
  post: text('post').$type<'driver' | 'maintainer'>().notNull(),
  definition: jsonb('definition').$type<CertificationDefinition>().notNull(),
});

export const ITEM_STATUSES = ['draft', 'in_review', 'published', 'retired'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** An item's identity, lifecycle and metadata; its content lives in versions. */
export const items = pgTable(
  'items',
  {
    /** Stable id, e.g. `brakes-0007` for bank items. */
    id: text('id').primaryKey(),
    kind: text('kind').$type<ItemKind>().notNull(),
    status: text('status').$type<ItemStatus>().notNull(),
    currentVersion: integer('current_version').notNull(),
    topicId: text('topic_id')
      .notNull()
      .references(() => topics.id),
    subjects: text('subjects').array().notNull(),
    post: text('post').$type<'driver' | 'maintainer' | 'both'>().notNull(),
    source: text('source').$type<'teacher' | 'craftsman'>().notNull(),
    /** Authored prior on the logit scale (easy −1, medium 0, hard +1). */
    difficulty: real('difficulty').notNull(),
    lang: text('lang').$type<ItemLanguage>().notNull(),
    tags: text('tags').array().notNull().default(sql`'{}'`),
    models: text('models').array().notNull().default(sql`'{}'`),
    references: text('references').array().notNull(),
    rules: text('rules'),
    /** Where the item came from: the bank files, the authoring UI, or an import. */
    origin: text('origin').$type<'bank' | 'authored' | 'imported'>().notNull(),
    metaHash: text('meta_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('items_topic_idx').on(t.topicId), index('items_status_idx').on(t.status)],
);

/** Immutable item versions: answers point at the version they answered. */
export const itemVersions = pgTable(
  'item_versions',
  {
    itemId: text('item_id')
      .notNull()
      .references(() => items.id),
    version: integer('version').notNull(),
    content: jsonb('content').$type<ItemContent>().notNull(),
    /** Hash of the content as authored (before opaque ids were assigned), to detect changes. */
    contentHash: text('content_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.version] })],
);
