import { and, arrayContains, count, desc, eq, ilike, like, or, type SQL, sql } from 'drizzle-orm';
import type { ItemKind, ItemLanguage } from '../../domain/items/item.js';
import type { ItemStatus } from '../../domain/items/lifecycle.js';
import type { Db } from '../client.js';
import { itemEvents, itemReports, items, itemVersions, topics, users } from '../schema/index.js';
import { containsPattern } from './like.js';

export type ItemFilter = {
  q?: string | undefined;
  area?: string | undefined;
  topic?: string | undefined;
  subject?: string | undefined;
  kind?: ItemKind | undefined;
  status?: ItemStatus | undefined;
  source?: 'teacher' | 'craftsman' | undefined;
  lang?: ItemLanguage | undefined;
  reported?: boolean | undefined;
  /** Restricts to published items plus those this user created (craftsmen's view). */
  visibleTo?: string | undefined;
};

const openReports = sql<number>`(select count(*)::int from ${itemReports} where ${itemReports.itemId} = ${items.id} and ${itemReports.status} = 'open')`;

function itemWhere(f: ItemFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (f.q) {
    // Words match through the full-text index; any substring (Chinese has no spaces) through ILIKE.
    parts.push(
      or(
        sql`to_tsvector('simple', ${items.searchText}) @@ websearch_to_tsquery('simple', ${f.q})`,
        ilike(items.searchText, containsPattern(f.q.toLowerCase())),
      ),
    );
  }
  if (f.area) parts.push(like(items.topicId, `${f.area.replace(/[\\%_]/g, '')}.%`));
  if (f.topic) parts.push(eq(items.topicId, f.topic));
  if (f.subject) parts.push(arrayContains(items.subjects, [f.subject]));
  if (f.kind) parts.push(eq(items.kind, f.kind));
  if (f.status) parts.push(eq(items.status, f.status));
  if (f.source) parts.push(eq(items.source, f.source));
  if (f.lang) parts.push(eq(items.lang, f.lang));
  if (f.reported)
    parts.push(
      sql`exists (select 1 from ${itemReports} where ${itemReports.itemId} = ${items.id} and ${itemReports.status} = 'open')`,
    );
  if (f.visibleTo) parts.push(or(eq(items.status, 'published'), eq(items.createdBy, f.visibleTo)));
  return and(...parts);
}

/** A page of items with their current version's content, newest change first. */
export async function listItems(db: Db, filter: ItemFilter, limit: number, offset: number) {
  const where = itemWhere(filter);
  const [rows, [total]] = await Promise.all([
    db
      .select({ item: items, content: itemVersions.content, openReports })
      .from(items)
      .innerJoin(itemVersions, and(eq(itemVersions.itemId, items.id), eq(itemVersions.version, items.currentVersion)))
      .where(where)
      .orderBy(desc(items.updatedAt), items.id)
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(items).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function findItem(db: Db, id: string) {
  const [row] = await db
    .select({ item: items, version: itemVersions, openReports })
    .from(items)
    .innerJoin(itemVersions, and(eq(itemVersions.itemId, items.id), eq(itemVersions.version, items.currentVersion)))
    .where(eq(items.id, id));
  return row;
}

export async function findItemVersion(db: Db, id: string, version: number) {
  const [row] = await db
    .select()
    .from(itemVersions)
    .where(and(eq(itemVersions.itemId, id), eq(itemVersions.version, version)));
  return row;
}

export async function listItemVersions(db: Db, id: string) {
  return db
    .select({ version: itemVersions.version, createdAt: itemVersions.createdAt, createdBy: users.displayName })
    .from(itemVersions)
    .leftJoin(users, eq(users.id, itemVersions.createdBy))
    .where(eq(itemVersions.itemId, id))
    .orderBy(itemVersions.version);
}

/** The highest 4-digit number used by an area's item ids (`brakes-0048` → 48), or 0. */
export async function highestItemNumber(db: Db, area: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number | null>`max(substring(${items.id} from '-(\\d+)$')::int)` })
    .from(items)
    .where(like(items.id, `${area}-%`));
  return row?.n ?? 0;
}

export async function topicExists(db: Db, id: string) {
  const [row] = await db.select({ id: topics.id }).from(topics).where(eq(topics.id, id));
  return Boolean(row);
}

export async function insertItem(db: Db, row: typeof items.$inferInsert) {
  await db.insert(items).values(row);
}

export async function insertVersion(db: Db, row: typeof itemVersions.$inferInsert) {
  await db.insert(itemVersions).values(row);
}

/** Updates an item only if it is still at `expectedVersion`; false when someone else changed it first. */
export async function updateItemIfVersion(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: Partial<typeof items.$inferInsert>,
) {
  const rows = await db
    .update(items)
    .set(patch)
    .where(and(eq(items.id, id), eq(items.currentVersion, expectedVersion)))
    .returning({ id: items.id });
  return rows.length > 0;
}

/** Replaces the authored form of a version whose content is unchanged (a metadata-only edit). */
export async function updateVersionAuthored(
  db: Db,
  id: string,
  version: number,
  authored: (typeof itemVersions.$inferInsert)['authored'],
) {
  await db
    .update(itemVersions)
    .set({ authored })
    .where(and(eq(itemVersions.itemId, id), eq(itemVersions.version, version)));
}

export async function insertEvent(db: Db, row: typeof itemEvents.$inferInsert) {
  await db.insert(itemEvents).values(row);
}

export async function listEvents(db: Db, itemId: string) {
  return db
    .select({
      action: itemEvents.action,
      version: itemEvents.version,
      comment: itemEvents.comment,
      at: itemEvents.at,
      actor: users.displayName,
    })
    .from(itemEvents)
    .leftJoin(users, eq(users.id, itemEvents.actorId))
    .where(eq(itemEvents.itemId, itemId))
    .orderBy(desc(itemEvents.at), desc(itemEvents.id));
}

export async function insertReport(db: Db, row: typeof itemReports.$inferInsert) {
  const [created] = await db.insert(itemReports).values(row).returning();
  return created;
}

export async function listReports(db: Db, itemId: string) {
  return db
    .select({ report: itemReports, reporter: users.displayName })
    .from(itemReports)
    .innerJoin(users, eq(users.id, itemReports.reporterId))
    .where(eq(itemReports.itemId, itemId))
    .orderBy(desc(itemReports.createdAt));
}

export async function closeReport(
  db: Db,
  id: string,
  patch: { status: 'resolved' | 'dismissed'; resolvedBy: string; resolvedAt: Date; resolution: string | null },
) {
  const [row] = await db
    .update(itemReports)
    .set(patch)
    .where(and(eq(itemReports.id, id), eq(itemReports.status, 'open')))
    .returning();
  return row;
}

/** Every item's current authored form with its status, ordered by id (for exports). */
export async function listCurrentSources(db: Db) {
  return db
    .select({ status: items.status, authored: itemVersions.authored })
    .from(items)
    .innerJoin(itemVersions, and(eq(itemVersions.itemId, items.id), eq(itemVersions.version, items.currentVersion)))
    .orderBy(items.id);
}
