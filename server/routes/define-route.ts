import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import { ErrorBody } from '../contract/common.js';
import type { Access } from '../domain/roles.js';
import { authorize } from '../middleware/authorize.js';

const errorResponses = {
  400: { description: 'Invalid request', content: { 'application/json': { schema: ErrorBody } } },
  401: { description: 'Not signed in', content: { 'application/json': { schema: ErrorBody } } },
  403: { description: 'Not allowed', content: { 'application/json': { schema: ErrorBody } } },
} as const;

/**
 * A route that declares who may call it. The declaration is enforced by middleware and published in the
 * OpenAPI document (`security` and `x-access`), so the route table itself says what is public.
 * @example defineRoute({ roles: ['admin'] }, { method: 'get', path: '/api/users', responses: { … } })
 */
export function defineRoute<const R extends Omit<RouteConfig, 'middleware' | 'security'>>(access: Access, config: R) {
  return createRoute({
    ...config,
    responses: { ...errorResponses, ...config.responses },
    middleware: [authorize(access)] as const,
    security: access === 'public' ? [] : [{ session: [] }],
    'x-access': access === 'public' || access === 'signed-in' ? access : { roles: [...access.roles] },
  });
}

/** A JSON request body that must be present and valid. */
export const jsonBody = <T>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });

/** A JSON response with a description. */
export const json = <T>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
