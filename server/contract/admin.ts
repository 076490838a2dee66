import { z } from 'zod';
import { ROLES } from '../domain/roles.js';
import { DisplayName, Email, Password } from './auth.js';
import { Id, PageQuery, page, text } from './common.js';

export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const AdminUser = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(Role),
  active: z.boolean(),
  schoolId: z.uuid().nullable(),
  enterpriseId: z.uuid().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type AdminUser = z.infer<typeof AdminUser>;
export const AdminUserPage = page(AdminUser);

export const UserListQuery = PageQuery.extend({
  role: Role.optional(),
  active: z.enum(['true', 'false']).optional(),
});

export const CreateUserRequest = z.object({
  email: Email,
  displayName: DisplayName,
  password: Password,
  roles: z.array(Role).min(1).max(ROLES.length),
  schoolId: Id.nullable().optional(),
  enterpriseId: Id.nullable().optional(),
});
export type CreateUserRequest = z.infer<typeof CreateUserRequest>;

export const UpdateUserRequest = z
  .object({
    displayName: DisplayName,
    roles: z.array(Role).min(1).max(ROLES.length),
    active: z.boolean(),
    schoolId: Id.nullable(),
    enterpriseId: Id.nullable(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'Nothing to change');
export type UpdateUserRequest = z.infer<typeof UpdateUserRequest>;

export const ResetPasswordResponse = z.object({ temporaryPassword: z.string() });

export const Organisation = z.object({ id: z.uuid(), name: z.string(), createdAt: z.iso.datetime({ offset: true }) });
export type Organisation = z.infer<typeof Organisation>;
export const OrganisationPage = page(Organisation);
export const CreateOrganisationRequest = z.object({ name: text(200) });

/** A craftsman as teachers see them when choosing a cohort mentor. */
export const Craftsman = z.object({ id: z.uuid(), displayName: z.string(), enterpriseName: z.string().nullable() });
export const CraftsmanPage = page(Craftsman);
