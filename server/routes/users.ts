import { OpenAPIHono } from '@hono/zod-openapi';
import {
  AdminUser,
  AdminUserPage,
  CraftsmanPage,
  CreateUserRequest,
  ResetPasswordResponse,
  UpdateUserRequest,
  UserListQuery,
} from '../contract/admin.js';
import { IdParam, PageQuery } from '../contract/common.js';
import { type AppEnv, currentUser } from '../middleware/app-env.js';
import { changeUser, createUser, listAllUsers, listCraftsmenPage, resetPassword } from '../services/users-service.js';
import { defineRoute, json, jsonBody } from './define-route.js';

const admins = { roles: ['admin'] } as const;

const list = defineRoute(admins, {
  method: 'get',
  path: '/api/users',
  summary: 'List and search users',
  request: { query: UserListQuery },
  responses: { 200: json(AdminUserPage, 'A page of users') },
});

const create = defineRoute(admins, {
  method: 'post',
  path: '/api/users',
  summary: 'Create a user with any roles',
  request: jsonBody(CreateUserRequest),
  responses: { 201: json(AdminUser, 'Created') },
});

const update = defineRoute(admins, {
  method: 'patch',
  path: '/api/users/{id}',
  summary: 'Change a user: name, roles, organisations, or deactivate',
  request: { params: IdParam, ...jsonBody(UpdateUserRequest) },
  responses: { 200: json(AdminUser, 'Updated') },
});

const reset = defineRoute(admins, {
  method: 'post',
  path: '/api/users/{id}/password-reset',
  summary: 'Set a new temporary password (shown once) and end the user’s sessions',
  request: { params: IdParam },
  responses: { 200: json(ResetPasswordResponse, 'The temporary password') },
});

const craftsmen = defineRoute(
  { roles: ['teacher', 'admin'] },
  {
    method: 'get',
    path: '/api/craftsmen',
    summary: 'Active craftsmen, for choosing cohort mentors',
    request: { query: PageQuery },
    responses: { 200: json(CraftsmanPage, 'A page of craftsmen') },
  },
);

export const userRoutes = new OpenAPIHono<AppEnv>()
  .openapi(list, async (c) => {
    const q = c.req.valid('query');
    const active = q.active === undefined ? undefined : q.active === 'true';
    return c.json(await listAllUsers(c.get('deps'), { ...q, active }), 200);
  })
  .openapi(create, async (c) => c.json(await createUser(c.get('deps'), c.req.valid('json')), 201))
  .openapi(update, async (c) =>
    c.json(await changeUser(c.get('deps'), currentUser(c).id, c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(reset, async (c) => c.json(await resetPassword(c.get('deps'), c.req.valid('param').id), 200))
  .openapi(craftsmen, async (c) => c.json(await listCraftsmenPage(c.get('deps'), c.req.valid('query')), 200));
