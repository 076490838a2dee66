import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

type Operation = { security?: unknown[]; 'x-access'?: unknown };
type Doc = { paths: Record<string, Record<string, Operation>> };

/** Routes served outside the OpenAPI document on purpose. */
const UNDOCUMENTED = new Set(['GET /api/openapi.json', 'ALL /api/*']);

const toOpenApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');
const concrete = (path: string) => path.replace(/:\w+/g, '00000000-0000-4000-8000-000000000000');

async function apiRoutes() {
  const doc = (await (await t.client().get('/api/openapi.json')).json()) as Doc;
  const routes = t.app.routes
    .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL')
    .map((r) => ({ method: r.method, path: r.path }));
  const unique = [...new Map(routes.map((r) => [`${r.method} ${r.path}`, r])).values()];
  return { doc, routes: unique };
}

describe('every route declares who may call it', () => {
  it('documents each API route with its access in the OpenAPI document', async () => {
    const { doc, routes } = await apiRoutes();
    expect(routes.length).toBeGreaterThan(15);
    for (const r of routes) {
      if (UNDOCUMENTED.has(`${r.method} ${r.path}`)) continue;
      const op = doc.paths[toOpenApiPath(r.path)]?.[r.method.toLowerCase()];
      expect(op, `${r.method} ${r.path} is not in the OpenAPI document`).toBeDefined();
      expect(op?.['x-access'], `${r.method} ${r.path} declares no access`).toBeDefined();
    }
  });

  it('rejects anonymous callers on every non-public route with 401', async () => {
    const { doc, routes } = await apiRoutes();
    const checked: string[] = [];
    for (const r of routes) {
      const op = doc.paths[toOpenApiPath(r.path)]?.[r.method.toLowerCase()];
      if (!op || op['x-access'] === 'public') continue;
      const res = await t.client().request(r.method, concrete(r.path), r.method === 'GET' ? undefined : {});
      expect(res.status, `${r.method} ${r.path} let an anonymous caller through`).toBe(401);
      checked.push(`${r.method} ${r.path}`);
    }
    expect(checked).toContain('GET /api/me');
    expect(checked).toContain('POST /api/users');
  });

  it('only these routes are public', async () => {
    const { doc } = await apiRoutes();
    const publicOps = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => op['x-access'] === 'public')
        .map(([m]) => `${m.toUpperCase()} ${path}`),
    );
    expect(publicOps.sort()).toEqual(['GET /api/health', 'POST /api/auth/login']);
  });

  it('refuses the wrong role with 403 on every admin-only route', async () => {
    const { doc, routes } = await apiRoutes();
    const student = await t.signedIn(['student']);
    for (const r of routes) {
      const access = doc.paths[toOpenApiPath(r.path)]?.[r.method.toLowerCase()]?.['x-access'] as
        | { roles?: string[] }
        | undefined;
      if (!access?.roles || access.roles.includes('student')) continue;
      const res = await student.request(r.method, concrete(r.path), r.method === 'GET' ? undefined : {});
      expect(res.status, `${r.method} ${r.path} let a student through`).toBe(403);
    }
  });
});

describe('OpenAPI document', () => {
  it('is OpenAPI 3 and is generated from the request schemas', async () => {
    const { doc } = await apiRoutes();
    const full = doc as Doc & {
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          {
            requestBody?: {
              content: Record<string, { schema: { properties?: Record<string, unknown>; required?: string[] } }>;
            };
          }
        >
      >;
    };
    expect(full.openapi).toMatch(/^3\./);
    const login = full.paths['/api/auth/login']?.post?.requestBody?.content['application/json']?.schema;
    expect(Object.keys(login?.properties ?? {})).toEqual(['email', 'password']);
    expect(login?.required).toEqual(['email', 'password']);
  });
});
