import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './app-env.js';

/** One structured log line per request, tagged with the request id (also returned as `X-Request-Id`). */
export const requestLog = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now();
    await next();
    const status = c.res.status;
    const { logger } = c.get('deps');
    const line = {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      userId: c.get('session')?.user.id,
    };
    if (status >= 500) logger.error('request', line);
    else logger.info('request', line);
  });
