import { createHash } from 'node:crypto';
import type { User } from '../contract/auth.js';
import {
  clearLoginFailures,
  deleteOldLoginFailures,
  deleteSession,
  deleteStaleSessions,
  findSession,
  insertSession,
  loginFailuresSince,
  recordLoginFailure,
  touchSession,
} from '../db/repositories/sessions.js';
import { findUserByEmail, findUserById, type UserRow, updateUser } from '../db/repositories/users.js';
import type { Deps } from '../deps.js';
import { normaliseEmail } from '../domain/email.js';
import { DomainError } from '../domain/errors.js';
import { token } from '../random.js';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords.js';

/** Failed sign-ins allowed per window before further attempts get 429. */
export const LOGIN_LIMITS = { windowMs: 15 * 60_000, perAccount: 5, perIp: 50 } as const;
/** Sessions are touched at most this often, so that reads do not become writes. */
const TOUCH_INTERVAL_MS = 60_000;

export type AuthenticatedSession = { user: User; csrfToken: string; idHash: string };

export const toUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  displayName: row.displayName,
  roles: row.roles,
});

const hashToken = (t: string) => createHash('sha256').update(t).digest('base64url');

/** Checks the rate limits, then the credentials; on success opens a session and returns its secret. */
export async function login(deps: Deps, input: { email: string; password: string; ip: string }) {
  const { db } = deps.database;
  const now = deps.clock();
  const email = normaliseEmail(input.email);
  await assertNotRateLimited(deps, email, input.ip, now);

  const row = await findUserByEmail(db, email);
  const ok = await verifyPassword(row?.passwordHash ?? DUMMY_HASH, input.password);
  if (!row || !ok) {
    await recordLoginFailure(db, email, input.ip, now);
    throw new DomainError('invalid_credentials', 'The email or password is not correct.');
  }
  if (!row.active) throw new DomainError('account_inactive', 'This account has been deactivated.');

  await clearLoginFailures(db, email);
  // Housekeeping that needs no scheduler: each sign-in sweeps sessions and failures nobody can use any more.
  await deleteStaleSessions(db, now, deps.config.session.idleMs);
  await deleteOldLoginFailures(db, new Date(now.getTime() - LOGIN_LIMITS.windowMs));
  const secret = token(deps.random);
  const csrfToken = token(deps.random);
  await insertSession(db, {
    idHash: hashToken(secret),
    userId: row.id,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + deps.config.session.maxAgeMs),
  });
  return { user: toUser(row), secret, csrfToken };
}

async function assertNotRateLimited(deps: Deps, email: string, ip: string, now: Date) {
  const since = new Date(now.getTime() - LOGIN_LIMITS.windowMs);
  const { db } = deps.database;
  const [byEmail, byIp] = await Promise.all([
    loginFailuresSince(db, 'email', email, since),
    loginFailuresSince(db, 'ip', ip, since),
  ]);
  const blocked = [
    byEmail.n >= LOGIN_LIMITS.perAccount ? byEmail.oldest : null,
    byIp.n >= LOGIN_LIMITS.perIp ? byIp.oldest : null,
  ].filter((d): d is Date => d !== null);
  if (blocked.length === 0) return;
  const until = Math.max(...blocked.map((d) => d.getTime() + LOGIN_LIMITS.windowMs));
  const retryAfterSeconds = Math.max(1, Math.ceil((until - now.getTime()) / 1000));
  throw new DomainError('rate_limited', 'Too many failed sign-ins. Try again later.', { retryAfterSeconds });
}

/** The session behind a cookie secret, or null when it is unknown, expired, idle too long or its user inactive. */
export async function authenticate(deps: Deps, secret: string): Promise<AuthenticatedSession | null> {
  const { db } = deps.database;
  const idHash = hashToken(secret);
  const found = await findSession(db, idHash);
  if (!found) return null;
  const now = deps.clock().getTime();
  const { session, user } = found;
  const expired =
    session.expiresAt.getTime() <= now || session.lastSeenAt.getTime() + deps.config.session.idleMs <= now;
  if (expired || !user.active) {
    await deleteSession(db, idHash);
    return null;
  }
  if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) await touchSession(db, idHash, new Date(now));
  return { user: toUser(user), csrfToken: session.csrfToken, idHash };
}

export async function logout(deps: Deps, idHash: string): Promise<void> {
  await deleteSession(deps.database.db, idHash);
}

export async function changePassword(deps: Deps, userId: string, current: string, next: string): Promise<void> {
  const { db } = deps.database;
  const row = await findUserById(db, userId);
  if (!row || !(await verifyPassword(row.passwordHash, current)))
    throw new DomainError('invalid_credentials', 'The current password is not correct.');
  await updateUser(db, userId, { passwordHash: await hashPassword(next) });
}
