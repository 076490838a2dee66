import { and, asc, count, desc, eq, gt, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { ItemContent, ItemKey } from '../../domain/items/item.js';
import type { Db } from '../client.js';
import {
  certifications,
  flags,
  itemCalibrations,
  items,
  itemVersions,
  learnerAbilities,
  learnerGoals,
  memoryCards,
  passSnapshots,
  responses,
  subjects,
  syllabusAreas,
  topics,
} from '../schema/index.js';
import { upsert } from './upsert.js';

export type AnswerRow = typeof responses.$inferSelect;
export type NewAnswerRow = typeof responses.$inferInsert;
export type AbilityRow = typeof learnerAbilities.$inferInsert;
export type CalibrationRow = typeof itemCalibrations.$inferInsert;
export type CardRow = typeof memoryCards.$inferInsert;
export type SnapshotRow = typeof passSnapshots.$inferInsert;

/**
 * Serialises answers per student and per item for the rest of the transaction: the log's order (`seq`) is
 * then the order in which each student's and each item's projections were updated, so a replay in `seq`
 * order reproduces them. Always student first, then item, so two transactions never wait on each other in a
 * cycle.
 */
export async function lockAnswer(db: Db, userId: string, itemId: string) {
  await db.execute(sql`select pg_advisory_xact_lock(1, hashtext(${userId}))`);
  await db.execute(sql`select pg_advisory_xact_lock(2, hashtext(${itemId}))`);
}

/** Holds off new answers until the transaction ends (the rebuild reads a log that does not move). */
export async function lockLog(db: Db) {
  await db.execute(sql`lock table ${responses} in share row exclusive mode`);
}

export async function findAnswer(db: Db, userId: string, clientAnswerId: string) {
  const [row] = await db
    .select({ result: responses.result })
    .from(responses)
    .where(and(eq(responses.userId, userId), eq(responses.clientAnswerId, clientAnswerId)));
  return row ?? null;
}

/** When the student last answered (ms), or null. */
export async function lastAnswerAt(db: Db, userId: string): Promise<number | null> {
  const [row] = await db
    .select({ at: sql<Date | string | null>`max(${responses.answeredAt})` })
    .from(responses)
    .where(eq(responses.userId, userId));
  return row?.at ? new Date(row.at).getTime() : null;
}

export const insertAnswer = (db: Db, row: NewAnswerRow) => db.insert(responses).values(row);

/** The log in order, a page at a time (for the rebuild). */
export const answersAfter = (db: Db, seq: number, limit: number) =>
  db.select().from(responses).where(gt(responses.seq, seq)).orderBy(asc(responses.seq)).limit(limit);

/** The seq of each student's last answer of each day and certification (in `timeZone`): the trend's points. */
export async function lastAnswersOfDays(db: Db, timeZone: string): Promise<Set<number>> {
  const rows = await db
    .select({ seq: sql<number | string>`max(${responses.seq})` })
    .from(responses)
    .where(isNotNull(responses.certificationId))
    .groupBy(
      responses.userId,
      responses.certificationId,
      sql`(${responses.answeredAt} at time zone ${timeZone})::date`,
    );
  return new Set(rows.map((r) => Number(r.seq)));
}

export const abilitiesOf = (db: Db, userId: string) =>
  db.select().from(learnerAbilities).where(eq(learnerAbilities.userId, userId));
export const saveAbilities = (db: Db, rows: AbilityRow[]) =>
  upsert(db, learnerAbilities, [learnerAbilities.userId, learnerAbilities.scope], rows);

export async function calibrationOf(db: Db, itemId: string) {
  const [row] = await db.select().from(itemCalibrations).where(eq(itemCalibrations.itemId, itemId));
  return row ?? null;
}
export const saveCalibrations = (db: Db, rows: CalibrationRow[]) =>
  upsert(db, itemCalibrations, [itemCalibrations.itemId], rows);

export async function cardOf(db: Db, userId: string, itemId: string) {
  const [row] = await db
    .select()
    .from(memoryCards)
    .where(and(eq(memoryCards.userId, userId), eq(memoryCards.itemId, itemId)));
  return row ?? null;
}
export const cardsOf = (db: Db, userId: string) => db.select().from(memoryCards).where(eq(memoryCards.userId, userId));
export const saveCards = (db: Db, rows: CardRow[]) =>
  upsert(db, memoryCards, [memoryCards.userId, memoryCards.itemId], rows);

export const saveSnapshots = (db: Db, rows: SnapshotRow[]) =>
  upsert(db, passSnapshots, [passSnapshots.userId, passSnapshots.certificationId, passSnapshots.day], rows);

export const snapshotsOf = (db: Db, userId: string, certificationId: string, limit: number) =>
  db
    .select()
    .from(passSnapshots)
    .where(and(eq(passSnapshots.userId, userId), eq(passSnapshots.certificationId, certificationId)))
    .orderBy(desc(passSnapshots.day))
    .limit(limit);

/** Empties every projection of the log (the rebuild's first step). */
export async function clearProjections(db: Db) {
  await db.delete(passSnapshots);
  await db.delete(memoryCards);
  await db.delete(learnerAbilities);
  await db.delete(itemCalibrations);
}

/** An item as the engine needs it: where it sits in the syllabus, what it counts for, its key and calibration. */
export type PracticeItemRow = {
  id: string;
  kind: string;
  topicId: string;
  subjects: string[];
  post: 'driver' | 'maintainer' | 'both';
  difficulty: number;
  key: ItemKey;
  calibratedMean: number | null;
  calibratedVariance: number | null;
  areaPosition: number;
  topicPosition: number;
};

/** Published items (of one post, with 'both'), in syllabus order, with their current keys and calibrations. */
export async function practiceItems(db: Db, post?: 'driver' | 'maintainer'): Promise<PracticeItemRow[]> {
  return db
    .select({
      id: items.id,
      kind: items.kind,
      topicId: items.topicId,
      subjects: items.subjects,
      post: items.post,
      difficulty: items.difficulty,
      key: sql<ItemKey>`${itemVersions.content}->'key'`,
      calibratedMean: itemCalibrations.mean,
      calibratedVariance: itemCalibrations.variance,
      areaPosition: syllabusAreas.position,
      topicPosition: topics.position,
    })
    .from(items)
    .innerJoin(itemVersions, and(eq(itemVersions.itemId, items.id), eq(itemVersions.version, items.currentVersion)))
    .innerJoin(topics, eq(topics.id, items.topicId))
    .innerJoin(syllabusAreas, eq(syllabusAreas.id, topics.areaId))
    .leftJoin(itemCalibrations, eq(itemCalibrations.itemId, items.id))
    .where(and(eq(items.status, 'published'), post ? inArray(items.post, [post, 'both']) : undefined))
    .orderBy(asc(syllabusAreas.position), asc(topics.position), asc(items.id));
}

/** Every version's key, and each item's metadata (for the rebuild: the log points at versions). */
export async function allItemFacts(db: Db) {
  const [meta, versions] = await Promise.all([
    db
      .select({ id: items.id, topicId: items.topicId, subjects: items.subjects, difficulty: items.difficulty })
      .from(items),
    db
      .select({
        itemId: itemVersions.itemId,
        version: itemVersions.version,
        key: sql<ItemKey>`${itemVersions.content}->'key'`,
      })
      .from(itemVersions),
  ]);
  return { meta, versions };
}

/** One version of an item with what answering it needs. */
export async function itemVersionForAnswer(db: Db, itemId: string, version: number) {
  const [row] = await db
    .select({
      content: itemVersions.content,
      status: items.status,
      currentVersion: items.currentVersion,
      topicId: items.topicId,
      subjects: items.subjects,
      difficulty: items.difficulty,
      references: items.references,
    })
    .from(itemVersions)
    .innerJoin(items, eq(items.id, itemVersions.itemId))
    .where(and(eq(itemVersions.itemId, itemId), eq(itemVersions.version, version)));
  return row ?? null;
}

/** The current version of an item, to present it. */
export async function currentContent(db: Db, itemId: string) {
  const [row] = await db
    .select({
      version: items.currentVersion,
      content: itemVersions.content,
      topicId: items.topicId,
      topicTitle: topics.title,
      topicTitleZh: topics.titleZh,
      subjects: items.subjects,
    })
    .from(items)
    .innerJoin(itemVersions, and(eq(itemVersions.itemId, items.id), eq(itemVersions.version, items.currentVersion)))
    .innerJoin(topics, eq(topics.id, items.topicId))
    .where(eq(items.id, itemId));
  return row ? { ...row, content: row.content as ItemContent } : null;
}

export async function safetySubjects(db: Db): Promise<Set<string>> {
  const rows = await db.select({ id: subjects.id }).from(subjects).where(eq(subjects.safety, true));
  return new Set(rows.map((r) => r.id));
}

export const recentItemIds = async (db: Db, userId: string, limit: number) =>
  (
    await db
      .select({ itemId: responses.itemId })
      .from(responses)
      .where(eq(responses.userId, userId))
      .orderBy(desc(responses.seq))
      .limit(limit)
  ).map((r) => r.itemId);

export async function answerCount(db: Db, userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(responses).where(eq(responses.userId, userId));
  return row?.n ?? 0;
}

export const flaggedIds = async (db: Db, userId: string) =>
  new Set((await db.select({ itemId: flags.itemId }).from(flags).where(eq(flags.userId, userId))).map((r) => r.itemId));

export const addFlag = (db: Db, userId: string, itemId: string, at: Date) =>
  db.insert(flags).values({ userId, itemId, createdAt: at }).onConflictDoNothing();
export const removeFlag = (db: Db, userId: string, itemId: string) =>
  db.delete(flags).where(and(eq(flags.userId, userId), eq(flags.itemId, itemId)));

export async function goalOf(db: Db, userId: string) {
  const [row] = await db.select().from(learnerGoals).where(eq(learnerGoals.userId, userId));
  return row ?? null;
}
export const saveGoal = (db: Db, row: typeof learnerGoals.$inferInsert) =>
  upsert(db, learnerGoals, [learnerGoals.userId], [row]);

export async function certificationById(db: Db, id: string) {
  const [row] = await db.select().from(certifications).where(eq(certifications.id, id));
  return row ?? null;
}
export const allCertifications = (db: Db) => db.select().from(certifications).orderBy(asc(certifications.id));

/** Items answered wrong with confidence on safety subjects, still in the notebook, newest first. */
export const confidentErrors = (db: Db, userId: string, limit: number) =>
  db
    .select({
      itemId: memoryCards.itemId,
      at: memoryCards.confidentErrorAt,
      topicId: items.topicId,
      content: itemVersions.content,
    })
    .from(memoryCards)
    .innerJoin(items, eq(items.id, memoryCards.itemId))
    .innerJoin(itemVersions, and(eq(itemVersions.itemId, items.id), eq(itemVersions.version, items.currentVersion)))
    .where(and(eq(memoryCards.userId, userId), isNotNull(memoryCards.confidentErrorAt), isNotNull(memoryCards.mistake)))
    .orderBy(desc(memoryCards.confidentErrorAt))
    .limit(limit);

export async function dueCount(db: Db, userId: string, at: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(memoryCards)
    .where(and(eq(memoryCards.userId, userId), lte(memoryCards.due, at)));
  return row?.n ?? 0;
}
