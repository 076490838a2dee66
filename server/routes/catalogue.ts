import { OpenAPIHono } from '@hono/zod-openapi';
import { CertificationList, Syllabus } from '../contract/catalogue.js';
import type { AppEnv } from '../middleware/app-env.js';
import { certificationsList, syllabusTree } from '../services/catalogue-service.js';
import { defineRoute, json } from './define-route.js';

const certifications = defineRoute('signed-in', {
  method: 'get',
  path: '/api/certifications',
  summary: 'Certification exams: subjects, cut scores and mock-exam blueprints',
  responses: { 200: json(CertificationList, 'All certifications') },
});

const syllabus = defineRoute('signed-in', {
  method: 'get',
  path: '/api/syllabus',
  summary: 'The syllabus: areas and their topics',
  responses: { 200: json(Syllabus, 'The syllabus tree') },
});

export const catalogueRoutes = new OpenAPIHono<AppEnv>()
  .openapi(certifications, async (c) => c.json(await certificationsList(c.get('deps')), 200))
  .openapi(syllabus, async (c) => c.json(await syllabusTree(c.get('deps')), 200));
