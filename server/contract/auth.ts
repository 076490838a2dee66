import { z } from 'zod';
import { ROLES } from '../domain/roles.js';
import { text } from './common.js';

export const Email = z.email().max(254);
export const Password = z.string().min(8).max(256);

export const LoginRequest = z.object({ email: Email, password: z.string().min(1).max(256) });
export type LoginRequest = z.infer<typeof LoginRequest>;

export const User = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
});
export type User = z.infer<typeof User>;

export const LoginResponse = z.object({ user: User });
export const MeResponse = User;

export const ChangePasswordRequest = z.object({ currentPassword: z.string().min(1).max(256), newPassword: Password });
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;

export const Health = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) });

export const DisplayName = text(100);
