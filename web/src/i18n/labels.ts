import { msg } from '@lit/localize';
import type { Role } from '../../../server/contract/index.js';

/** Translated names of platform roles. */
export const roleLabel = (role: Role): string =>
  ({ student: msg('Student'), teacher: msg('Teacher'), craftsman: msg('Craftsman'), admin: msg('Administrator') })[
    role
  ];

/** Translated names of the roles within a cohort. */
export const cohortRoleLabel = (role: 'student' | 'teacher' | 'mentor'): string =>
  ({ student: msg('Student'), teacher: msg('Teacher'), mentor: msg('Mentor') })[role];
