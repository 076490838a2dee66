import { asc, count, eq, ilike } from 'drizzle-orm';
import type { Db } from '../client.js';
import { enterprises, schools } from '../schema/index.js';
import { containsPattern } from './like.js';

export type OrganisationKind = 'school' | 'enterprise';
const tables = { school: schools, enterprise: enterprises } as const;

export async function listOrganisations(
  db: Db,
  kind: OrganisationKind,
  q: string | undefined,
  limit: number,
  offset: number,
) {
  const t = tables[kind];
  const where = q ? ilike(t.name, containsPattern(q)) : undefined;
  const [rows, [total]] = await Promise.all([
    db.select().from(t).where(where).orderBy(asc(t.name)).limit(limit).offset(offset),
    db.select({ n: count() }).from(t).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Inserts an organisation; undefined when the name is taken. */
export async function insertOrganisation(db: Db, kind: OrganisationKind, name: string) {
  const t = tables[kind];
  const [row] = await db.insert(t).values({ name }).onConflictDoNothing({ target: t.name }).returning();
  return row;
}

export async function findOrganisation(db: Db, kind: OrganisationKind, id: string) {
  const t = tables[kind];
  const [row] = await db.select().from(t).where(eq(t.id, id));
  return row;
}

export async function findOrganisationByName(db: Db, kind: OrganisationKind, name: string) {
  const t = tables[kind];
  const [row] = await db.select().from(t).where(eq(t.name, name));
  return row;
}
