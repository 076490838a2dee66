import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ItemSource } from '../../contract/item-source.js';
import type { ItemContent, ItemKind, ItemLanguage } from '../../domain/items/item.js';
import type { ItemAction, ItemStatus, ReportReason } from '../../domain/items/lifecycle.js';
import { users } from './accounts.js';

/** Exam subjects (scored separately by a certification). */
export const subjects = pgTable('subjects', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  titleZh: text('title_zh').notNull(),
  /** Safety regulations: higher retention, and confident errors are flagged. */
  safety: boolean('safety').notNull().default(false),
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
    /** Lower-cased text of every language (stem, options, explanation), id and tags, for search. */
    searchText: text('search_text').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('items_topic_idx').on(t.topicId),
    index('items_status_idx').on(t.status),
    index('items_search_idx').using('gin', sql`to_tsvector('simple', ${t.searchText})`),
  ],
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
    /** The item as authored (the bank-file form), for editing, diffs and export. */
    authored: jsonb('authored').$type<ItemSource>().notNull(),
    /** Hash of the content as authored (before opaque ids were assigned), to detect changes. */
    contentHash: text('content_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.version] })],
);

/** Who did what to an item, when: the audit trail of its lifecycle and the review conversation. */
export const itemEvents = pgTable(
  'item_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    itemId: text('item_id')
      .notNull()
      .references(() => items.id),
    version: integer('version').notNull(),
    action: text('action').$type<ItemAction | 'created' | 'edited' | 'commented' | 'synced'>().notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    comment: text('comment'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('item_events_item_idx').on(t.itemId, t.at)],
);

/** A learner's report of a problem with an item; it lands in the review queue until resolved. */
export const itemReports = pgTable(
  'item_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: text('item_id')
      .notNull()
      .references(() => items.id),
    version: integer('version').notNull(),
    reporterId: uuid('reporter_id')
      .notNull()
      .references(() => users.id),
    reason: text('reason').$type<ReportReason>().notNull(),
    comment: text('comment').notNull(),
    status: text('status').$type<'open' | 'resolved' | 'dismissed'>().notNull().default('open'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    resolvedBy: uuid('resolved_by').references(() => users.id),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolution: text('resolution'),
  },
  (t) => [index('item_reports_item_idx').on(t.itemId), index('item_reports_status_idx').on(t.status)],
);

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/** Images uploaded in the editor or extracted from imports (the seed bank's media are files). */
export const media = pgTable('media', {
  name: text('name').primaryKey(),
  mime: text('mime').notNull(),
  bytes: bytea('bytes').notNull(),
  size: integer('size').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});
