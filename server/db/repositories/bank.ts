import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { certifications, items, itemVersions, subjects, syllabusAreas, topics } from '../schema/index.js';
import { upsert } from './upsert.js';

export type SubjectRow = typeof subjects.$inferSelect;
export type AreaRow = typeof syllabusAreas.$inferSelect;
export type TopicRow = typeof topics.$inferSelect;
export type CertificationRow = typeof certifications.$inferSelect;
export type ItemRow = typeof items.$inferSelect;
export type NewItem = typeof items.$inferInsert;
export type NewItemVersion = typeof itemVersions.$inferInsert;

/** Inserts or updates rows by primary key `id`. */
const upsertById = <T extends typeof subjects | typeof syllabusAreas | typeof topics | typeof certifications>(
  db: Db,
  table: T,
  rows: T['$inferInsert'][],
) => upsert(db, table, [(table as typeof subjects).id], rows);

export const upsertSubjects = (db: Db, rows: SubjectRow[]) => upsertById(db, subjects, rows);
export const upsertAreas = (db: Db, rows: AreaRow[]) => upsertById(db, syllabusAreas, rows);
export const upsertTopics = (db: Db, rows: TopicRow[]) => upsertById(db, topics, rows);
export const upsertCertifications = (db: Db, rows: CertificationRow[]) => upsertById(db, certifications, rows);

/** Each item's current content hash and metadata hash, for change detection. */
export async function itemFingerprints(db: Db) {
  const rows = await db
    .select({
      id: items.id,
      currentVersion: items.currentVersion,
      metaHash: items.metaHash,
      contentHash: itemVersions.contentHash,
    })
    .from(items)
    .innerJoin(
      itemVersions,
      sql`${itemVersions.itemId} = ${items.id} and ${itemVersions.version} = ${items.currentVersion}`,
    );
  return new Map(rows.map((r) => [r.id, r]));
}

export async function insertItems(db: Db, rows: NewItem[]) {
  if (rows.length > 0) await db.insert(items).values(rows);
}

export async function insertItemVersions(db: Db, rows: NewItemVersion[]) {
  if (rows.length > 0) await db.insert(itemVersions).values(rows);
}

export async function updateItem(db: Db, id: string, patch: Partial<NewItem>) {
  await db.update(items).set(patch).where(eq(items.id, id));
}

export async function listCertifications(db: Db) {
  return db.select().from(certifications).orderBy(asc(certifications.id));
}

export async function listSubjects(db: Db) {
  return db.select().from(subjects).orderBy(asc(subjects.id));
}

export async function listSyllabus(db: Db) {
  const [areas, topicRows] = await Promise.all([
    db.select().from(syllabusAreas).orderBy(asc(syllabusAreas.position)),
    db.select().from(topics).orderBy(asc(topics.position)),
  ]);
  return { areas, topics: topicRows };
}
