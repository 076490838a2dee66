import type { User } from '../contract/auth.js';
import { addMember, insertCohort } from '../db/repositories/cohorts.js';
import { findOrganisationByName, insertOrganisation } from '../db/repositories/organisations.js';
import { certificationById, saveGoal } from '../db/repositories/practice.js';
import { findUserByEmail, insertUser } from '../db/repositories/users.js';
import type { Deps } from '../deps.js';
import { joinCode } from '../domain/join-code.js';
import type { Role } from '../domain/roles.js';
import { hashPassword } from './passwords.js';

export const DEMO_SCHOOL = 'Roundhouse Railway Vocational College (demo)';
export const DEMO_ENTERPRISE = 'Riverside Locomotive Depot (demo)';
export const DEMO_COHORT = 'Locomotive driving 2026 (demo)';

export const DEMO_ACCOUNTS: readonly { email: string; displayName: string; role: Role }[] = [
  { email: 'student@roundhouse.test', displayName: 'Li Wei (demo student)', role: 'student' },
  { email: 'teacher@roundhouse.test', displayName: 'Zhang Min (demo teacher)', role: 'teacher' },
  { email: 'craftsman@roundhouse.test', displayName: 'Wang Qiang (demo craftsman)', role: 'craftsman' },
  { email: 'admin@roundhouse.test', displayName: 'Demo administrator', role: 'admin' },
];

/**
 * Creates the demo school, enterprise, cohort and the four demo accounts, leaving anything that already
 * exists alone. Returns the accounts and the demo cohort's join code (null if the cohort already existed).
 */
export async function ensureDemoAccounts(deps: Deps) {
  const { db } = deps.database;
  return db.transaction(async (tx) => {
    const school =
      (await findOrganisationByName(tx, 'school', DEMO_SCHOOL)) ??
      (await insertOrganisation(tx, 'school', DEMO_SCHOOL));
    const enterprise =
      (await findOrganisationByName(tx, 'enterprise', DEMO_ENTERPRISE)) ??
      (await insertOrganisation(tx, 'enterprise', DEMO_ENTERPRISE));
    const passwordHash = await hashPassword(deps.config.demoPassword);
    const created: User[] = [];
    for (const a of DEMO_ACCOUNTS) {
      if (await findUserByEmail(tx, a.email)) continue;
      const row = await insertUser(tx, {
        email: a.email,
        displayName: a.displayName,
        passwordHash,
        roles: [a.role],
        schoolId: a.role === 'craftsman' ? null : (school?.id ?? null),
        enterpriseId: a.role === 'craftsman' ? (enterprise?.id ?? null) : null,
        createdAt: deps.clock(),
      });
      if (row) created.push({ id: row.id, email: row.email, displayName: row.displayName, roles: row.roles });
    }
    // The demo student prepares for the driver exam (no date yet), so the progress page has a goal to show.
    const student = created.find((u) => u.roles.includes('student'));
    if (student && (await certificationById(tx, 'driver-theory')))
      await saveGoal(tx, { userId: student.id, certificationId: 'driver-theory', examDate: null });
    const teacher = created.find((u) => u.roles.includes('teacher'));
    const craftsman = created.find((u) => u.roles.includes('craftsman'));
    let code: string | null = null;
    if (teacher) {
      const cohort = await insertCohort(tx, {
        name: DEMO_COHORT,
        schoolId: school?.id ?? null,
        enterpriseId: enterprise?.id ?? null,
        joinCode: joinCode(deps.random.int),
        createdBy: teacher.id,
        createdAt: deps.clock(),
      });
      if (cohort) {
        code = cohort.joinCode;
        await addMember(tx, cohort.id, teacher.id, 'teacher', deps.clock());
        if (craftsman) await addMember(tx, cohort.id, craftsman.id, 'mentor', deps.clock());
      }
    }
    return { created, joinCode: code };
  });
}
