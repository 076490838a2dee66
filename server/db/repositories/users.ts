import { and, arrayContains, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Role } from '../../domain/roles.js';
import type { Db } from '../client.js';
import { enterprises, sessions, users } from '../schema/index.js';
import { containsPattern } from './like.js';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email));
  return row;
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** Inserts a user; returns undefined when the email is already taken. */
export async function insertUser(db: Db, user: NewUser): Promise<UserRow | undefined> {
  const [row] = await db.insert(users).values(user).onConflictDoNothing({ target: users.email }).returning();
  return row;
}

export async function updateUser(db: Db, id: string, patch: Partial<NewUser>): Promise<UserRow | undefined> {
  const [row] = await db.update(users).set(patch).where(eq(users.id, id)).returning();
  return row;
}

export type UserFilter = { q?: string | undefined; role?: Role | undefined; active?: boolean | undefined };

export async function listUsers(db: Db, filter: UserFilter, limit: number, offset: number) {
  const where = userWhere(filter);
  const [rows, [total]] = await Promise.all([
    db.select().from(users).where(where).orderBy(desc(users.createdAt), users.email).limit(limit).offset(offset),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

function userWhere({ q, role, active }: UserFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (q) {
    parts.push(or(ilike(users.email, containsPattern(q)), ilike(users.displayName, containsPattern(q))));
  }
  if (role) parts.push(arrayContains(users.roles, [role]));
  if (active !== undefined) parts.push(eq(users.active, active));
  return and(...parts);
}

export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Active craftsmen with their enterprise, for choosing cohort mentors. */
export async function listCraftsmen(db: Db, q: string | undefined, limit: number, offset: number) {
  const where = userWhere({ q, role: 'craftsman', active: true });
  const [rows, [total]] = await Promise.all([
    db
      .select({ id: users.id, displayName: users.displayName, enterpriseName: enterprises.name })
      .from(users)
      .leftJoin(enterprises, eq(enterprises.id, users.enterpriseId))
      .where(where)
      .orderBy(users.displayName)
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}
