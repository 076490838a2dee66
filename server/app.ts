import { existsSync } from 'node:fs';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import type { Deps } from './deps.js';
import type { AppEnv } from './middleware/app-env.js';
import { errorResponse, onError, onNotFound } from './middleware/error-handler.js';
import { requestLog } from './middleware/request-log.js';
import { securityHeaders } from './middleware/security-headers.js';
import { csrfProtection, loadSession } from './middleware/session.js';
import { authRoutes } from './routes/auth.js';
import { catalogueRoutes } from './routes/catalogue.js';
import { cohortRoutes } from './routes/cohorts.js';
import { healthRoutes } from './routes/health.js';
import { itemRoutes } from './routes/items.js';
import { mediaRoutes } from './routes/media.js';
import { organisationRoutes } from './routes/organisations.js';
import { practiceRoutes } from './routes/practice.js';
import { userRoutes } from './routes/users.js';

const JSON_BODY_LIMIT = 1024 * 1024;
/** Uploads (images up to 2 MiB, import files up to 10 MiB) plus the multipart envelope. */
const UPLOAD_BODY_LIMIT = 10 * 1024 * 1024 + 64 * 1024;

/** Turns zod failures into our 400 error body, naming the first problem in the message. */
const validationHook = (
  result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } },
  c: Parameters<typeof errorResponse>[0],
) => {
  if (result.success || !result.error) return;
  const issues = result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  const first = issues[0];
  const message = first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : 'Invalid request.';
  return errorResponse(c, 'validation_failed', message, { issues });
};

function apiRoutes() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .route('/', healthRoutes)
    .route('/', authRoutes)
    .route('/', userRoutes)
    .route('/', organisationRoutes)
    .route('/', cohortRoutes)
    .route('/', catalogueRoutes)
    .route('/', itemRoutes)
    .route('/', mediaRoutes)
    .route('/', practiceRoutes);
}

/** The API's type, for the web app's typed client (`hc<AppType>`). */
export type AppType = ReturnType<typeof apiRoutes>;

/**
 * Builds the whole application (API, OpenAPI document, and the built web app when it exists) on the
 * given dependencies. Nothing is module-level: tests build one per in-memory database.
 */
export function createApp(deps: Deps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use('*', requestId(), async (c, next) => {
    c.set('deps', deps);
    c.set('session', null);
    await next();
  });
  app.use('*', securityHeaders());
  const limit = (maxSize: number) =>
    bodyLimit({ maxSize, onError: (c) => errorResponse(c, 'payload_too_large', 'The request body is too large.') });
  const jsonLimit = limit(JSON_BODY_LIMIT);
  const uploadLimit = limit(UPLOAD_BODY_LIMIT);
  app.use('/api/*', requestLog(), (c, next) =>
    (c.req.path === '/api/media' || c.req.path === '/api/imports' ? uploadLimit : jsonLimit)(c, next),
  );
  app.use('/api/*', loadSession(), csrfProtection());
  app.onError(onError);

  const api = apiRoutes();
  app.route('/', api);
  app.get('/api/openapi.json', (c) =>
    c.json(
      api.getOpenAPIDocument({
        openapi: '3.0.3',
        info: { title: 'Roundhouse API', version: '1' },
        servers: [{ url: '/' }],
      }),
    ),
  );
  app.all('/api/*', onNotFound);

  if (existsSync(deps.config.webDist)) {
    app.use('/*', serveStatic({ root: deps.config.webDist }));
    // Client-side routes: any other GET gets the app shell.
    app.get('*', serveStatic({ root: deps.config.webDist, path: 'index.html' }));
  }
  app.notFound(onNotFound);
  return app;
}
