import { OpenAPIHono } from '@hono/zod-openapi';
import {
  AnswerRequest,
  AnswerResult,
  FlagParam,
  Goal,
  GoalRequest,
  NextItemRequest,
  NextItemResponse,
  Progress,
  ProgressQuery,
} from '../contract/practice.js';
import { type AppEnv, currentUser } from '../middleware/app-env.js';
import { answerItem, nextItem, setFlag, setGoal } from '../services/practice-service.js';
import { progress } from '../services/progress-service.js';
import { defineRoute, json, jsonBody } from './define-route.js';

const next = defineRoute('signed-in', {
  method: 'post',
  path: '/api/practice/next',
  summary: 'The next item to practise in a mode, without its key or explanation (null with a reason when none)',
  request: jsonBody(NextItemRequest),
  responses: { 200: json(NextItemResponse, 'The item, or why there is none') },
});

const answer = defineRoute('signed-in', {
  method: 'post',
  path: '/api/practice/answers',
  summary:
    'Answer an item: graded, logged and learned from in one transaction. Idempotent by clientAnswerId: a retry returns the first result.',
  request: jsonBody(AnswerRequest),
  responses: { 200: json(AnswerResult, 'The grade, the key and explanation, and what changed') },
});

const flag = defineRoute('signed-in', {
  method: 'put',
  path: '/api/practice/flags/{id}',
  summary: 'Flag an item to come back to',
  request: { params: FlagParam },
  responses: { 204: { description: 'Flagged' } },
});

const unflag = defineRoute('signed-in', {
  method: 'delete',
  path: '/api/practice/flags/{id}',
  summary: 'Remove a flag',
  request: { params: FlagParam },
  responses: { 204: { description: 'Not flagged' } },
});

const goal = defineRoute('signed-in', {
  method: 'put',
  path: '/api/practice/goal',
  summary: 'The certification the student prepares for, and the exam date when known',
  request: jsonBody(GoalRequest),
  responses: { 200: json(Goal, 'The goal') },
});

const progressRoute = defineRoute('signed-in', {
  method: 'get',
  path: '/api/progress',
  summary: 'Pass probability with its interval and trend, mastery per topic, reviews due, and what to do next',
  request: { query: ProgressQuery },
  responses: { 200: json(Progress, 'Where the student stands') },
});

export const practiceRoutes = new OpenAPIHono<AppEnv>()
  .openapi(next, async (c) => c.json(await nextItem(c.get('deps'), currentUser(c), c.req.valid('json')), 200))
  .openapi(answer, async (c) => c.json(await answerItem(c.get('deps'), currentUser(c), c.req.valid('json')), 200))
  .openapi(flag, async (c) => {
    await setFlag(c.get('deps'), currentUser(c), c.req.valid('param').id, true);
    return c.body(null, 204);
  })
  .openapi(unflag, async (c) => {
    await setFlag(c.get('deps'), currentUser(c), c.req.valid('param').id, false);
    return c.body(null, 204);
  })
  .openapi(goal, async (c) => c.json(await setGoal(c.get('deps'), currentUser(c), c.req.valid('json')), 200))
  .openapi(progressRoute, async (c) =>
    c.json(await progress(c.get('deps'), currentUser(c), c.req.valid('query')), 200),
  );
