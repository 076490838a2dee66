import type { AdminUser, CreateUserRequest, UpdateUserRequest } from '../contract/admin.js';
import type { PageQuery } from '../contract/common.js';
import { findOrganisation } from '../db/repositories/organisations.js';
import {
  deleteSessionsOfUser,
  findUserById,
  insertUser,
  listCraftsmen,
  listUsers,
  type UserFilter,
  type UserRow,
  updateUser,
} from '../db/repositories/users.js';
import type { Deps } from '../deps.js';
import { normaliseEmail } from '../domain/email.js';
import { DomainError } from '../domain/errors.js';
import { token } from '../random.js';
import { toPage, window } from './pages.js';
import { hashPassword } from './passwords.js';

export const toAdminUser = (row: UserRow): AdminUser => ({
  id: row.id,
  email: row.email,
  displayName: row.displayName,
  roles: row.roles,
  active: row.active,
  schoolId: row.schoolId,
  enterpriseId: row.enterpriseId,
  createdAt: row.createdAt.toISOString(),
});

export async function listAllUsers(deps: Deps, query: PageQuery & UserFilter) {
  const { rows, total } = await listUsers(deps.database.db, query, window(query).limit, window(query).offset);
  return toPage(rows.map(toAdminUser), total, query);
}

async function assertOrganisations(deps: Deps, schoolId?: string | null, enterpriseId?: string | null) {
  const { db } = deps.database;
  if (schoolId && !(await findOrganisation(db, 'school', schoolId)))
    throw new DomainError('validation_failed', 'No such school.', { field: 'schoolId' });
  if (enterpriseId && !(await findOrganisation(db, 'enterprise', enterpriseId)))
    throw new DomainError('validation_failed', 'No such enterprise.', { field: 'enterpriseId' });
}

export async function createUser(deps: Deps, input: CreateUserRequest): Promise<AdminUser> {
  await assertOrganisations(deps, input.schoolId, input.enterpriseId);
  const row = await insertUser(deps.database.db, {
    email: normaliseEmail(input.email),
    displayName: input.displayName,
    passwordHash: await hashPassword(input.password),
    roles: [...new Set(input.roles)],
    schoolId: input.schoolId ?? null,
    enterpriseId: input.enterpriseId ?? null,
    createdAt: deps.clock(),
  });
  if (!row) throw new DomainError('email_taken', 'An account with this email already exists.');
  return toAdminUser(row);
}

/** Admin edits; deactivating a user also ends all their sessions. An admin cannot lock themself out. */
export async function changeUser(deps: Deps, actorId: string, id: string, patch: UpdateUserRequest) {
  const { db } = deps.database;
  if (actorId === id && (patch.active === false || (patch.roles && !patch.roles.includes('admin'))))
    throw new DomainError('conflict', 'You cannot deactivate yourself or remove your own admin role.');
  await assertOrganisations(deps, patch.schoolId, patch.enterpriseId);
  return db.transaction(async (tx) => {
    const before = await findUserById(tx, id);
    if (!before) throw new DomainError('not_found', 'No such user.');
    const row = await updateUser(tx, id, {
      ...patch,
      ...(patch.roles ? { roles: [...new Set(patch.roles)] } : {}),
      ...(patch.active === false && before.active ? { deactivatedAt: deps.clock() } : {}),
      ...(patch.active === true ? { deactivatedAt: null } : {}),
    });
    if (patch.active === false) await deleteSessionsOfUser(tx, id);
    return toAdminUser(row ?? before);
  });
}

/** Sets a new random temporary password, ends the user's sessions, and returns the password once. */
export async function resetPassword(deps: Deps, id: string) {
  const temporaryPassword = token(deps.random, 12);
  const { db } = deps.database;
  await db.transaction(async (tx) => {
    const row = await updateUser(tx, id, { passwordHash: await hashPassword(temporaryPassword) });
    if (!row) throw new DomainError('not_found', 'No such user.');
    await deleteSessionsOfUser(tx, id);
  });
  return { temporaryPassword };
}

export async function listCraftsmenPage(deps: Deps, query: PageQuery) {
  const { rows, total } = await listCraftsmen(deps.database.db, query.q, window(query).limit, window(query).offset);
  return toPage(rows, total, query);
}
