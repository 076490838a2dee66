/** Who a user is on the platform. A user may hold several roles. */
export const ROLES = ['student', 'teacher', 'craftsman', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What a user is within one cohort. */
export const COHORT_ROLES = ['student', 'teacher', 'mentor'] as const;
export type CohortRole = (typeof COHORT_ROLES)[number];

/**
 * Who may call a route: everyone, any signed-in user, or signed-in users holding one of the roles.
 * @example const access: Access = { roles: ['teacher', 'admin'] };
 */
export type Access = 'public' | 'signed-in' | { roles: readonly Role[] };

/** True when a user holding `roles` passes `access` (anonymous users hold no roles and are `null`). */
export function allows(access: Access, roles: readonly Role[] | null): boolean {
  if (access === 'public') return true;
  if (roles === null) return false;
  if (access === 'signed-in') return true;
  return access.roles.some((r) => roles.includes(r));
}
