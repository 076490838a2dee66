import { OpenAPIHono } from '@hono/zod-openapi';
import { CreateOrganisationRequest, Organisation, OrganisationPage } from '../contract/admin.js';
import { PageQuery } from '../contract/common.js';
import type { AppEnv } from '../middleware/app-env.js';
import { createOrganisation, listOrganisationsPage } from '../services/organisations-service.js';
import { defineRoute, json, jsonBody } from './define-route.js';

/** Schools and partner enterprises: admins create them; teachers pick from them when creating a cohort. */
const routesFor = <P extends string>(kind: 'school' | 'enterprise', path: P, label: string) => ({
  list: defineRoute(
    { roles: ['admin', 'teacher'] },
    {
      method: 'get',
      path,
      summary: `List and search ${label}`,
      request: { query: PageQuery },
      responses: { 200: json(OrganisationPage, `A page of ${label}`) },
    },
  ),
  create: defineRoute(
    { roles: ['admin'] },
    {
      method: 'post',
      path,
      summary: `Create a ${kind}`,
      request: jsonBody(CreateOrganisationRequest),
      responses: { 201: json(Organisation, 'Created') },
    },
  ),
});

const schools = routesFor('school', '/api/schools', 'schools');
const enterprises = routesFor('enterprise', '/api/enterprises', 'partner enterprises');

export const organisationRoutes = new OpenAPIHono<AppEnv>()
  .openapi(schools.list, async (c) =>
    c.json(await listOrganisationsPage(c.get('deps'), 'school', c.req.valid('query')), 200),
  )
  .openapi(schools.create, async (c) =>
    c.json(await createOrganisation(c.get('deps'), 'school', c.req.valid('json').name), 201),
  )
  .openapi(enterprises.list, async (c) =>
    c.json(await listOrganisationsPage(c.get('deps'), 'enterprise', c.req.valid('query')), 200),
  )
  .openapi(enterprises.create, async (c) =>
    c.json(await createOrganisation(c.get('deps'), 'enterprise', c.req.valid('json').name), 201),
  );
