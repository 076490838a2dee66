import { z } from 'zod';
import { COHORT_ROLES } from '../domain/roles.js';
import { Id, page, text } from './common.js';

export const Cohort = z.object({
  id: z.uuid(),
  name: z.string(),
  schoolId: z.uuid().nullable(),
  schoolName: z.string().nullable(),
  enterpriseId: z.uuid().nullable(),
  enterpriseName: z.string().nullable(),
  /** Only shown to the cohort's teachers and to admins. */
  joinCode: z.string().nullable(),
  memberCount: z.number().int(),
  myRole: z.enum(COHORT_ROLES).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Cohort = z.infer<typeof Cohort>;
export const CohortPage = page(Cohort);

export const CohortMember = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  role: z.enum(COHORT_ROLES),
  joinedAt: z.iso.datetime({ offset: true }),
});
export type CohortMember = z.infer<typeof CohortMember>;
export const CohortDetail = Cohort.extend({ members: z.array(CohortMember) });
export type CohortDetail = z.infer<typeof CohortDetail>;

export const CreateCohortRequest = z.object({
  name: text(200),
  schoolId: Id.nullable().optional(),
  enterpriseId: Id.nullable().optional(),
});
export type CreateCohortRequest = z.infer<typeof CreateCohortRequest>;

export const JoinCohortRequest = z.object({ code: z.string().trim().min(4).max(20) });
export const AddMentorRequest = z.object({ userId: Id });
export const MemberParams = z.object({ id: Id, userId: Id });
