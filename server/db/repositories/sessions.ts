import { and, count, eq, gte, lt, min, or } from 'drizzle-orm';
import type { Db } from '../client.js';
import { loginFailures, sessions, users } from '../schema/index.js';

export type SessionRow = typeof sessions.$inferSelect;

export async function insertSession(db: Db, session: SessionRow): Promise<void> {
  await db.insert(sessions).values(session);
}

/** The session and its user, if the session exists (expiry is the caller's rule). */
export async function findSession(db: Db, idHash: string) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.idHash, idHash));
  return row;
}

export async function touchSession(db: Db, idHash: string, at: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.idHash, idHash));
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, idHash));
}

/** Removes sessions past their absolute expiry or idle for longer than `idleMs`. */
export async function deleteStaleSessions(db: Db, now: Date, idleMs: number): Promise<void> {
  await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, new Date(now.getTime() - idleMs))));
}

export async function recordLoginFailure(db: Db, email: string, ip: string, at: Date): Promise<void> {
  await db.insert(loginFailures).values({ email, ip, at });
}

/** How many failures, and the oldest one, for a column value since `since`. */
export async function loginFailuresSince(db: Db, by: 'email' | 'ip', value: string, since: Date) {
  const column = by === 'email' ? loginFailures.email : loginFailures.ip;
  const [row] = await db
    .select({ n: count(), oldest: min(loginFailures.at) })
    .from(loginFailures)
    .where(and(eq(column, value), gte(loginFailures.at, since)));
  return { n: row?.n ?? 0, oldest: row?.oldest ?? null };
}

export async function clearLoginFailures(db: Db, email: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.email, email));
}

export async function deleteOldLoginFailures(db: Db, before: Date): Promise<void> {
  await db.delete(loginFailures).where(lt(loginFailures.at, before));
}
