import { OpenAPIHono } from '@hono/zod-openapi';
import {
  AddMentorRequest,
  CohortDetail,
  CohortPage,
  CreateCohortRequest,
  JoinCohortRequest,
  MemberParams,
} from '../contract/cohorts.js';
import { IdParam, PageQuery } from '../contract/common.js';
import { type AppEnv, currentUser } from '../middleware/app-env.js';
import {
  addMentor,
  createCohort,
  getCohort,
  joinCohort,
  listCohortsFor,
  regenerateJoinCode,
  removeCohortMember,
} from '../services/cohorts-service.js';
import { defineRoute, json, jsonBody } from './define-route.js';

const managers = { roles: ['teacher', 'admin'] } as const;

const list = defineRoute('signed-in', {
  method: 'get',
  path: '/api/cohorts',
  summary: 'Cohorts I belong to (admins: all cohorts)',
  request: { query: PageQuery },
  responses: { 200: json(CohortPage, 'A page of cohorts') },
});

const create = defineRoute(managers, {
  method: 'post',
  path: '/api/cohorts',
  summary: 'Create a cohort, optionally bound to a partner enterprise; the creating teacher joins it',
  request: jsonBody(CreateCohortRequest),
  responses: { 201: json(CohortDetail, 'Created, with its join code') },
});

const join = defineRoute(
  { roles: ['student'] },
  {
    method: 'post',
    path: '/api/cohorts/join',
    summary: 'Join a cohort with the code the teacher gave',
    request: jsonBody(JoinCohortRequest),
    responses: { 200: json(CohortDetail, 'Joined') },
  },
);

const detail = defineRoute('signed-in', {
  method: 'get',
  path: '/api/cohorts/{id}',
  summary: 'One cohort; members are listed for its teachers, mentors and admins',
  request: { params: IdParam },
  responses: { 200: json(CohortDetail, 'The cohort') },
});

const mentor = defineRoute(managers, {
  method: 'post',
  path: '/api/cohorts/{id}/mentors',
  summary: 'Attach a craftsman to the cohort as a mentor',
  request: { params: IdParam, ...jsonBody(AddMentorRequest) },
  responses: { 200: json(CohortDetail, 'The cohort with its new mentor') },
});

const remove = defineRoute(managers, {
  method: 'delete',
  path: '/api/cohorts/{id}/members/{userId}',
  summary: 'Remove a student or mentor from the cohort',
  request: { params: MemberParams },
  responses: { 200: json(CohortDetail, 'The cohort without them') },
});

const newCode = defineRoute(managers, {
  method: 'post',
  path: '/api/cohorts/{id}/join-code',
  summary: 'Replace the join code (the old one stops working)',
  request: { params: IdParam },
  responses: { 200: json(CohortDetail, 'The cohort with its new code') },
});

export const cohortRoutes = new OpenAPIHono<AppEnv>()
  .openapi(list, async (c) => c.json(await listCohortsFor(c.get('deps'), currentUser(c), c.req.valid('query')), 200))
  .openapi(create, async (c) => c.json(await createCohort(c.get('deps'), currentUser(c), c.req.valid('json')), 201))
  .openapi(join, async (c) => c.json(await joinCohort(c.get('deps'), currentUser(c), c.req.valid('json').code), 200))
  .openapi(detail, async (c) => c.json(await getCohort(c.get('deps'), currentUser(c), c.req.valid('param').id), 200))
  .openapi(mentor, async (c) =>
    c.json(await addMentor(c.get('deps'), currentUser(c), c.req.valid('param').id, c.req.valid('json').userId), 200),
  )
  .openapi(remove, async (c) => {
    const { id, userId } = c.req.valid('param');
    return c.json(await removeCohortMember(c.get('deps'), currentUser(c), id, userId), 200);
  })
  .openapi(newCode, async (c) =>
    c.json(await regenerateJoinCode(c.get('deps'), currentUser(c), c.req.valid('param').id), 200),
  );
