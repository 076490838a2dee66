import { and, count, desc, eq, exists, ilike, sql } from 'drizzle-orm';
import type { CohortRole } from '../../domain/roles.js';
import type { Db } from '../client.js';
import { cohortMembers, cohorts, enterprises, schools, users } from '../schema/index.js';
import { containsPattern } from './like.js';

export type CohortRow = typeof cohorts.$inferSelect;

export async function insertCohort(db: Db, cohort: typeof cohorts.$inferInsert): Promise<CohortRow | undefined> {
  const [row] = await db.insert(cohorts).values(cohort).onConflictDoNothing({ target: cohorts.joinCode }).returning();
  return row;
}

export async function updateJoinCode(db: Db, id: string, joinCode: string): Promise<boolean> {
  const rows = await db
    .update(cohorts)
    .set({ joinCode })
    .where(eq(cohorts.id, id))
    .returning({ id: cohorts.id })
    .catch((e: unknown) => {
      if (isUniqueViolation(e)) return [];
      throw e;
    });
  return rows.length > 0;
}

export async function findCohortByCode(db: Db, joinCode: string): Promise<CohortRow | undefined> {
  const [row] = await db.select().from(cohorts).where(eq(cohorts.joinCode, joinCode));
  return row;
}

/**
 * Cohorts with their school, enterprise, member count and the viewer's role in each.
 * `memberOnly` restricts the list to cohorts the viewer belongs to.
 */
export async function listCohorts(
  db: Db,
  viewerId: string,
  opts: { memberOnly: boolean; id?: string; q?: string | undefined; limit: number; offset: number },
) {
  const mine = db
    .select({ cohortId: cohortMembers.cohortId, role: cohortMembers.role })
    .from(cohortMembers)
    .where(eq(cohortMembers.userId, viewerId))
    .as('mine');
  const where = and(
    opts.memberOnly
      ? exists(
          db
            .select({ one: sql`1` })
            .from(cohortMembers)
            .where(and(eq(cohortMembers.cohortId, cohorts.id), eq(cohortMembers.userId, viewerId))),
        )
      : undefined,
    opts.id ? eq(cohorts.id, opts.id) : undefined,
    opts.q ? ilike(cohorts.name, containsPattern(opts.q)) : undefined,
  );
  const memberCount = sql<number>`(select count(*)::int from ${cohortMembers} where ${cohortMembers.cohortId} = ${cohorts.id} and ${cohortMembers.role} = 'student')`;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        cohort: cohorts,
        schoolName: schools.name,
        enterpriseName: enterprises.name,
        memberCount,
        myRole: mine.role,
      })
      .from(cohorts)
      .leftJoin(schools, eq(schools.id, cohorts.schoolId))
      .leftJoin(enterprises, eq(enterprises.id, cohorts.enterpriseId))
      .leftJoin(mine, eq(mine.cohortId, cohorts.id))
      .where(where)
      .orderBy(desc(cohorts.createdAt), cohorts.name)
      .limit(opts.limit)
      .offset(opts.offset),
    db.select({ n: count() }).from(cohorts).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function listMembers(db: Db, cohortId: string) {
  return db
    .select({
      userId: cohortMembers.userId,
      displayName: users.displayName,
      email: users.email,
      role: cohortMembers.role,
      joinedAt: cohortMembers.joinedAt,
    })
    .from(cohortMembers)
    .innerJoin(users, eq(users.id, cohortMembers.userId))
    .where(eq(cohortMembers.cohortId, cohortId))
    .orderBy(cohortMembers.role, users.displayName);
}

export async function findMembership(db: Db, cohortId: string, userId: string) {
  const [row] = await db
    .select()
    .from(cohortMembers)
    .where(and(eq(cohortMembers.cohortId, cohortId), eq(cohortMembers.userId, userId)));
  return row;
}

/** Adds a member; false when they already belong to the cohort. */
export async function addMember(db: Db, cohortId: string, userId: string, role: CohortRole, at: Date) {
  const rows = await db
    .insert(cohortMembers)
    .values({ cohortId, userId, role, joinedAt: at })
    .onConflictDoNothing()
    .returning({ userId: cohortMembers.userId });
  return rows.length > 0;
}

export async function removeMember(db: Db, cohortId: string, userId: string): Promise<boolean> {
  const rows = await db
    .delete(cohortMembers)
    .where(and(eq(cohortMembers.cohortId, cohortId), eq(cohortMembers.userId, userId)))
    .returning({ userId: cohortMembers.userId });
  return rows.length > 0;
}

function isUniqueViolation(e: unknown): boolean {
  const code =
    (e as { code?: string; cause?: { code?: string } })?.code ?? (e as { cause?: { code?: string } })?.cause?.code;
  return code === '23505';
}
