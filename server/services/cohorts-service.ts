import type { User } from '../contract/auth.js';
import type { Cohort, CohortDetail, CreateCohortRequest } from '../contract/cohorts.js';
import type { PageQuery } from '../contract/common.js';
import {
  addMember,
  findCohortByCode,
  findMembership,
  insertCohort,
  listCohorts,
  listMembers,
  removeMember,
  updateJoinCode,
} from '../db/repositories/cohorts.js';
import { findOrganisation } from '../db/repositories/organisations.js';
import { findUserById } from '../db/repositories/users.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../domain/errors.js';
import { joinCode, normaliseJoinCode } from '../domain/join-code.js';
import { toPage, window } from './pages.js';

type Listed = Awaited<ReturnType<typeof listCohorts>>['rows'][number];

const isAdmin = (u: User) => u.roles.includes('admin');

function toCohort(r: Listed, viewer: User): Cohort {
  const manages = isAdmin(viewer) || r.myRole === 'teacher';
  return {
    id: r.cohort.id,
    name: r.cohort.name,
    schoolId: r.cohort.schoolId,
    schoolName: r.schoolName,
    enterpriseId: r.cohort.enterpriseId,
    enterpriseName: r.enterpriseName,
    joinCode: manages ? r.cohort.joinCode : null,
    memberCount: r.memberCount,
    myRole: r.myRole,
    createdAt: r.cohort.createdAt.toISOString(),
  };
}

/** Admins see every cohort; everyone else sees the cohorts they belong to. */
export async function listCohortsFor(deps: Deps, viewer: User, query: PageQuery) {
  const { rows, total } = await listCohorts(deps.database.db, viewer.id, {
    memberOnly: !isAdmin(viewer),
    q: query.q,
    ...window(query),
  });
  return toPage(
    rows.map((r) => toCohort(r, viewer)),
    total,
    query,
  );
}

/** One cohort; its member list only for the people who run it (its teachers, mentors and admins). */
export async function getCohort(deps: Deps, viewer: User, id: string): Promise<CohortDetail> {
  const { rows } = await listCohorts(deps.database.db, viewer.id, {
    memberOnly: !isAdmin(viewer),
    id,
    limit: 1,
    offset: 0,
  });
  const row = rows[0];
  if (!row) throw new DomainError('not_found', 'No such cohort.');
  const seesMembers = isAdmin(viewer) || row.myRole === 'teacher' || row.myRole === 'mentor';
  const members = seesMembers ? await listMembers(deps.database.db, id) : [];
  return {
    ...toCohort(row, viewer),
    members: members.map((m) => ({ ...m, joinedAt: m.joinedAt.toISOString() })),
  };
}

const MAX_CODE_ATTEMPTS = 5;

export async function createCohort(deps: Deps, creator: User, input: CreateCohortRequest): Promise<CohortDetail> {
  const { db } = deps.database;
  if (input.schoolId && !(await findOrganisation(db, 'school', input.schoolId)))
    throw new DomainError('validation_failed', 'No such school.', { field: 'schoolId' });
  if (input.enterpriseId && !(await findOrganisation(db, 'enterprise', input.enterpriseId)))
    throw new DomainError('validation_failed', 'No such enterprise.', { field: 'enterpriseId' });
  const id = await db.transaction(async (tx) => {
    for (let attempt = 0; attempt < MAX_CODE_ATTEMPTS; attempt++) {
      const row = await insertCohort(tx, {
        name: input.name,
        schoolId: input.schoolId ?? null,
        enterpriseId: input.enterpriseId ?? null,
        joinCode: joinCode(deps.random.int),
        createdBy: creator.id,
        createdAt: deps.clock(),
      });
      if (!row) continue;
      if (creator.roles.includes('teacher')) await addMember(tx, row.id, creator.id, 'teacher', deps.clock());
      return row.id;
    }
    throw new DomainError('conflict', 'Could not find a free join code; try again.');
  });
  return getCohort(deps, creator, id);
}

export async function joinCohort(deps: Deps, student: User, code: string): Promise<CohortDetail> {
  const { db } = deps.database;
  const cohort = await findCohortByCode(db, normaliseJoinCode(code));
  if (!cohort) throw new DomainError('invalid_join_code', 'No cohort has this join code. Check it with your teacher.');
  const added = await addMember(db, cohort.id, student.id, 'student', deps.clock());
  if (!added) throw new DomainError('already_member', 'You are already in this cohort.');
  return getCohort(deps, student, cohort.id);
}

/** Only the cohort's teachers and admins may change who is in it. */
async function assertManages(deps: Deps, actor: User, cohortId: string) {
  if (isAdmin(actor)) {
    await getCohort(deps, actor, cohortId); // 404 for an unknown cohort
    return;
  }
  const m = await findMembership(deps.database.db, cohortId, actor.id);
  if (!m) throw new DomainError('not_found', 'No such cohort.');
  if (m.role !== 'teacher') throw new DomainError('forbidden', 'Only the cohort’s teachers can do this.');
}

export async function addMentor(deps: Deps, actor: User, cohortId: string, userId: string) {
  await assertManages(deps, actor, cohortId);
  const user = await findUserById(deps.database.db, userId);
  if (!user?.active || !user.roles.includes('craftsman'))
    throw new DomainError('validation_failed', 'Mentors must be active craftsman accounts.', { field: 'userId' });
  const added = await addMember(deps.database.db, cohortId, userId, 'mentor', deps.clock());
  if (!added) throw new DomainError('already_member', 'This person is already in the cohort.');
  return getCohort(deps, actor, cohortId);
}

export async function removeCohortMember(deps: Deps, actor: User, cohortId: string, userId: string) {
  await assertManages(deps, actor, cohortId);
  if (!(await removeMember(deps.database.db, cohortId, userId)))
    throw new DomainError('not_found', 'This person is not in the cohort.');
  return getCohort(deps, actor, cohortId);
}

export async function regenerateJoinCode(deps: Deps, actor: User, cohortId: string) {
  await assertManages(deps, actor, cohortId);
  for (let attempt = 0; attempt < MAX_CODE_ATTEMPTS; attempt++) {
    if (await updateJoinCode(deps.database.db, cohortId, joinCode(deps.random.int)))
      return getCohort(deps, actor, cohortId);
  }
  throw new DomainError('conflict', 'Could not find a free join code; try again.');
}
