import { OpenAPIHono } from '@hono/zod-openapi';
import { Health } from '../contract/auth.js';
import { ErrorBody } from '../contract/common.js';
import type { AppEnv } from '../middleware/app-env.js';
import { errorResponse } from '../middleware/error-handler.js';
import { defineRoute, json } from './define-route.js';

const health = defineRoute('public', {
  method: 'get',
  path: '/api/health',
  summary: 'Liveness and database reachability',
  responses: { 200: json(Health, 'Up'), 503: json(ErrorBody, 'The database is unreachable') },
});

export const healthRoutes = new OpenAPIHono<AppEnv>().openapi(health, async (c) => {
  const { database, logger } = c.get('deps');
  try {
    await database.ping();
  } catch (e) {
    logger.error('health check failed', { error: String(e) });
    return errorResponse(c, 'database_unavailable', 'The database is unreachable.') as never;
  }
  return c.json({ status: 'ok' as const, database: database.kind }, 200);
});
